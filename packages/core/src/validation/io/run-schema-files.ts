import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8 } from './byte-source.js';
import { readZipDirectory, zipEntrySource, type ZipEntry } from './zip-archive.js';

/** The schema a run's directory carries: where it was read from, and its text. */
export interface RunSchemaFiles {
  /** `schema.json`, or `schema.sql` with `constraints.sql`, as paths (`out/data.zip:schema.sql` inside a ZIP). */
  readonly paths: readonly string[];
  /** Their text, joined by a newline. */
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

async function fromZip(zip: string): Promise<RunSchemaFiles | undefined> {
  const entries = (await readZipDirectory(zip)).filter((e) => !e.name.includes('/'));
  const chosen = pick(entries.map((e) => e.name)).map((n) => entries.find((e) => e.name === n) as ZipEntry);
  if (chosen.length === 0) return undefined;
  const texts = await Promise.all(chosen.map((e) => entryText(zip, e)));
  return { paths: chosen.map((e) => `${zip}:${e.name}`), text: texts.join('\n') };
}

/**
 * The schema files `generate` (or a server export) left in a run's directory, read from the
 * directory or from its ZIP archive (`--format zip`); undefined when there are none (SQL
 * output, or a directory that is not a run's).
 *
 * @example
 * ```ts
 * const files = await runSchemaFiles('out')
 * files?.paths // ['out/schema.sql', 'out/constraints.sql']
 * ```
 */
export async function runSchemaFiles(dir: string): Promise<RunSchemaFiles | undefined> {
  const names = existsSync(dir) ? readdirSync(dir) : [];
  const chosen = pick(names).map((n) => join(dir, n));
  if (chosen.length > 0) return { paths: chosen, text: chosen.map((p) => readFileSync(p, 'utf8')).join('\n') };
  const zip = names.find((n) => n.toLowerCase().endsWith('.zip'));
  return zip === undefined ? undefined : fromZip(join(dir, zip));
}
