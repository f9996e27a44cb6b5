import { RowforgeError, isRowforgeError } from '@rowforge/core';
import { checkClever } from './clever/check-clever.js';
import { detectFamily } from './detect-format.js';
import { FindingSink } from './finding-sink.js';
import { checkOneRoster } from './oneroster/check-oneroster.js';
import type { RosterFormat, RosterReport } from './roster-report.js';

/**
 * Judges a Clever or OneRoster roster directory against the format's rules, independently of
 * the generator. Files are streamed; memory grows with the number of IDs, not file size.
 *
 * @example
 * ```ts
 * const report = await checkRoster('out/roster')
 * for (const f of report.findings) console.log(`${f.file}:${f.row}: ${f.rule}: ${f.message}`)
 * ```
 * @throws RowforgeError ROSTER_UNREADABLE when `dir` is not a readable roster directory.
 */
export async function checkRoster(dir: string): Promise<RosterReport> {
  try {
    return await judge(dir);
  } catch (e) {
    if (isRowforgeError(e)) throw e;
    throw new RowforgeError('ROSTER_UNREADABLE', `cannot read roster '${dir}': ${e instanceof Error ? e.message : String(e)}`, {}, { cause: e });
  }
}

async function judge(dir: string): Promise<RosterReport> {
  const sink = new FindingSink();
  let format: RosterFormat = 'clever';
  if (detectFamily(dir) === 'clever') await checkClever(dir, sink);
  else format = await checkOneRoster(dir, sink);
  return { format, filesChecked: sink.filesChecked, rowsChecked: sink.rowsChecked, findings: sink.findings, omitted: sink.omitted };
}
