import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../manifest/manifest-schema.js';
import type { WarningLog } from '../report/warning-log.js';

/**
 * Warns about files the manifest lists that are missing or whose size differs from
 * the recorded byte count (a truncated or edited output). For ZIP output the listed
 * paths may be archive entries, so only files present in the directory are checked.
 *
 * @example
 * ```ts
 * await checkFileSizes('/out', manifest, warnings)
 * ```
 */
export async function checkFileSizes(dir: string, manifest: Manifest, warnings: WarningLog): Promise<void> {
  for (const f of manifest.files) {
    const size = await stat(join(dir, f.path)).then((s) => s.size, () => undefined);
    if (size === undefined && manifest.outputFormat === 'zip') continue;
    if (size === undefined) warnings.add(`manifest lists ${f.path}, which is missing`);
    else if (f.bytes !== undefined && size !== f.bytes) warnings.add(`${f.path} has ${size} bytes; the manifest says ${f.bytes}`);
  }
}
