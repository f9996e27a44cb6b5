import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../manifest/read-manifest.js';
import { decodeUtf8 } from './byte-source.js';
import { zipIn } from './table-files.js';
import { readZipDirectory, zipEntrySource, type ZipEntry } from './zip-archive.js';

/** One schema file of a run: its path (`out/data.zip:schema.sql` inside a ZIP) and text. */
export interface RunSchemaFile {
  readonly path: string;
  readonly text: string;
}

/** `schema.json` alone (a server export: the exact schema), else `schema.sql` then `constraints.sql` (what `generate` writes for its target). */
function pick(names: readonly string[]): string[] {
  const has = (n: string): boolean => names.includes(n);
  if (has('schema.json')) return ['schema.json'];
  return has('schema.sql') ? ['schema.sql', ...(has('constraints.sql') ? ['constraints.sql'] : [])] : [];
}

async function entryText(zip: string, entry: ZipEntry): Promise<string> {
  let text = '';
  for await (const chunk of decodeUtf8(zipEntrySource(zip, zip, entry).open())) text += chunk;
  return text;
}

async function fromZip(zip: string): Promise<RunSchemaFile[]> {
  const entries = (await readZipDirectory(zip)).filter((e) => !e.name.includes('/'));
  const chosen = pick(entries.map((e) => e.name)).map((n) => entries.find((e) => e.name === n) as ZipEntry);
  return Promise.all(chosen.map(async (e) => ({ path: `${zip}:${e.name}`, text: await entryText(zip, e) })));
}

const isDirectory = (dir: string): boolean => existsSync(dir) && statSync(dir).isDirectory();

/**
 * The schema files `generate` (or a server export) left in a run's directory, read from the
 * directory or from its ZIP archive (`--format zip`), in the order to parse them joined; empty
 * when there are none (SQL output, a folder that is not a run's, or not a folder).
 *
 * @example
 * ```ts
 * const files = await runSchemaFiles('out')
 * files.map((f) => f.path) // ['out/schema.sql', 'out/constraints.sql']
 * ```
 */
export async function runSchemaFiles(dir: string): Promise<RunSchemaFile[]> {
  const names = isDirectory(dir) ? readdirSync(dir) : [];
  const chosen = pick(names).map((n) => join(dir, n));
  if (chosen.length > 0) return chosen.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  const zip = zipIn(names, names.includes('manifest.json') ? await readManifest(dir) : undefined);
  return zip === undefined ? [] : fromZip(join(dir, zip));
}
