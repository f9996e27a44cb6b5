import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RowforgeError } from '@rowforge/core';
import { cleverDistrictFolders } from './clever/check-clever.js';

/** Which family a roster directory belongs to; the OneRoster version comes from its manifest. */
export type RosterFamily = 'clever' | 'oneroster';

/** manifest.csv → OneRoster; `*_Data/` folders → Clever; anything else is ROSTER_UNREADABLE. */
export function detectFamily(dir: string): RosterFamily {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new RowforgeError('ROSTER_UNREADABLE', `roster directory '${dir}' does not exist or is not a directory`);
  }
  if (existsSync(join(dir, 'manifest.csv'))) return 'oneroster';
  if (cleverDistrictFolders(dir).length > 0) return 'clever';
  throw new RowforgeError('ROSTER_UNREADABLE', `'${dir}' is not a roster: no manifest.csv (OneRoster) and no *_Data folders (Clever)`, {
    hint: 'point at the directory that holds manifest.csv or the <District>_Data folders',
  });
}
