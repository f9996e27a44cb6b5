import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadParsers, parseSchema, RowforgeError, runSchemaFiles, type ParseResult, type SourceDialect } from '@rowforge/core';

/** The schema a run's directory carries, and where it was read from (for the user). */
export interface RunSchema {
  readonly parsed: ParseResult;
  readonly source: string;
}

/**
 * The schema to validate a run's directory against when no --schema is given: `schema.json`
 * (a server export: the exact schema) or else `schema.sql` with `constraints.sql` (what
 * `generate` writes for its target: tables, keys and the CHECKs that target can take), in the
 * directory or in its ZIP archive.
 */
export async function schemaOfRun(dir: string, dialect: SourceDialect | 'auto'): Promise<RunSchema> {
  const files = await runSchemaFiles(dir);
  if (files === undefined) throw missingSchema(dir);
  await loadParsers();
  const json = files.paths.length === 1 && files.paths[0]?.endsWith('schema.json') === true;
  return { parsed: parseSchema(files.text, { dialect: json ? 'auto' : dialect, file: files.paths[0] ?? dir }), source: files.paths.join(' + ') };
}

function missingSchema(dir: string): RowforgeError {
  if (!existsSync(dir)) return new RowforgeError('FILE_NOT_FOUND', `output directory ${dir} does not exist`, { file: dir });
  if (existsSync(join(dir, 'data.sql'))) {
    return new RowforgeError('USAGE', `"${dir}" holds SQL scripts, which validate cannot re-read`, { path: dir, hint: 'generate with --format csv|json|ndjson|zip to validate the output' });
  }
  return new RowforgeError('USAGE', `"${dir}" holds no schema.sql or schema.json to validate against`, {
    path: dir, hint: 'pass the schema the data must satisfy: rowforge validate DIR --schema FILE',
  });
}
