import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { RowforgeError } from '@rowforge/core';
import type { Dataset, Store } from '@rowforge/store';

function assertFree(dir: string, overwrite: boolean): void {
  if (!existsSync(dir) || overwrite || readdirSync(dir).length === 0) return;
  throw new RowforgeError('OUTPUT_EXISTS', `output "${dir}" already exists`, { path: dir, hint: 'choose another --out or pass --overwrite' });
}

/**
 * Writes the rows as the store holds them: one CSV per table with a header, cells in
 * PostgreSQL's text forms, file names made safe from the table names (a table called `../../x`
 * cannot write outside `dir`). Written into a staging directory renamed onto `dir` at the end.
 * The store package (PGlite, ~0.6 s to load) is imported here, not at start-up, like `withStore`.
 */
export async function exportStoredRows(store: Store, d: Dataset, dir: string, overwrite: boolean): Promise<void> {
  assertFree(dir, overwrite);
  const staging = `${dir.replace(/[\\/]+$/, '')}.rowforge-export-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const { writeStoredRows } = await import('@rowforge/store');
    await writeStoredRows(store, d, staging);
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
}
