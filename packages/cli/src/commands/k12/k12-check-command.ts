import { ExitCodes, isRowforgeError } from '@rowforge/core';
import { checkRoster, type Finding, type RosterReport } from '@rowforge/k12';
import type { Io } from '../../io.js';

export interface K12CheckFlags {
  readonly json: boolean;
}

/**
 * `rowforge k12 check DIR`: the independent roster judge. Prints one line per finding
 * (`file:row: rule: message (value)`) and a summary, or the report as JSON with `--json`.
 * Exit 0 when clean, 1 on findings, 3 when DIR is not a readable roster.
 */
export async function k12CheckCommand(dir: string, flags: K12CheckFlags, io: Io): Promise<number> {
  let report: RosterReport;
  try {
    report = await checkRoster(dir);
  } catch (e) {
    if (!isRowforgeError(e, 'ROSTER_UNREADABLE')) throw e;
    io.err(`rowforge: ${e.oneLine()}`);
    return e.exitCode;
  }
  if (flags.json) io.out(JSON.stringify(report, null, 2));
  else printReport(report, io);
  return report.findings.length === 0 ? ExitCodes.ok : ExitCodes.validation;
}

function printReport(report: RosterReport, io: Io): void {
  for (const f of report.findings) io.out(findingLine(f));
  for (const [rule, count] of Object.entries(report.omitted)) io.out(`… ${count} more ${rule} finding(s) not listed`);
  io.out(summaryLine(report));
}

/** `file:row: rule: message (value)`. */
export function findingLine(f: Finding): string {
  const value = f.value === undefined ? '' : ` (${JSON.stringify(f.value)})`;
  return `${f.file}:${f.row}: ${f.rule}: ${f.message}${value}`;
}

function summaryLine(report: RosterReport): string {
  const total = report.findings.length + Object.values(report.omitted).reduce((a, b) => a + b, 0);
  const read = `${report.format}: ${report.filesChecked} files, ${report.rowsChecked.toLocaleString('en-US')} rows`;
  if (total === 0) return `k12 check: ${read}: no findings`;
  const rules = new Set(report.findings.map((f) => f.rule)).size;
  return `k12 check: ${read}: ${total.toLocaleString('en-US')} finding(s) across ${rules} rule(s)`;
}
