import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, GENERATOR_VERSION, schemaToJson, writeOutput } from '@rowforge/core';
import { writeStoredRows, type Dataset, type Store } from '@rowforge/store';
import { zipDirectory } from './zip-directory.js';

/** Where an export's rows came from: made again (same generator) or read from the store. */
export type ExportSource = 'regenerated' | 'store';

const sideFiles = (d: Dataset): Record<string, string> =>
  ({ 'schema.json': `${schemaToJson(d.schema)}\n`, 'plan.json': `${JSON.stringify(d.plan, null, 2)}\n` });

async function regenerated(d: Dataset, dir: string): Promise<string[]> {
  const summary = await writeOutput(generate(d.schema, d.plan), { dir, format: 'csv', target: 'postgres', extraFiles: sideFiles(d) });
  return summary.files.map((f) => f.path);
}

async function fromStore(store: Store, d: Dataset, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = sideFiles(d);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return [...await writeStoredRows(store, d, dir, Object.keys(files)), ...Object.keys(files)];
}

/** The rows are made again only by the generator version that made them; otherwise the stored rows are exported. */
export function exportSourceOf(d: Dataset): ExportSource {
  return d.generatorVersion === GENERATOR_VERSION ? 'regenerated' : 'store';
}

/**
 * A dataset as a ZIP of CSVs: one CSV per table (PostgreSQL conventions) with `schema.json` +
 * `plan.json`. Made by this generator version, the rows are made again from the stored schema
 * and plan (a cell is a pure function of seed, table, column and row) with `schema.sql`,
 * `constraints.sql` and `manifest.json`, so the folder passes `rowforge validate`; made by
 * another version, the rows are read from the store (PostgreSQL text forms). Files go to a
 * temporary directory removed, and `release` called, once the ZIP is sent, fails or is cancelled.
 */
export async function exportDataset(store: Store, d: Dataset, release: () => void = () => undefined): Promise<ReadableStream<Uint8Array>> {
  const root = await mkdtemp(join(tmpdir(), 'rowforge-export-'));
  const cleanup = async (): Promise<void> => { try { await rm(root, { recursive: true, force: true }); } finally { release(); } };
  try {
    const dir = join(root, 'dataset');
    const files = exportSourceOf(d) === 'regenerated' ? await regenerated(d, dir) : await fromStore(store, d, dir);
    return zipDirectory(dir, files, cleanup);
  } catch (e) {
    await cleanup();
    throw e;
  }
}
