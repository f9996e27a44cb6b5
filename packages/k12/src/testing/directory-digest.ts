import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** SHA-256 over every file name and content under `dir`, in name order: equal digests, equal trees. */
export function directoryDigest(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string): void => {
    for (const f of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (f.isDirectory()) walk(join(d, f.name)); else h.update(f.name).update(readFileSync(join(d, f.name)));
    }
  };
  walk(dir);
  return h.digest('hex');
}
