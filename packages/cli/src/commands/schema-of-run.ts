import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadParsers, parseSchema, RowforgeError, type ParseResult, type SourceDialect } from '@rowforge/core';
import { readSchema, readText } from '../read-schema.js';

/** The schema a run's directory carries, and where it was read from (for the user). */
export interface RunSchema {
  readonly parsed: ParseResult;
  readonly source: string;
}

/**
 * The schema to validate a run's directory against when no --schema is given: `schema.json`
 * (a server export: the exact schema) or else `schema.sql` with `constraints.sql` (what
 * `generate` writes for its target: tables, keys and the CHECKs that target can take).
 */
export async function schemaOfRun(dir: string, dialect: SourceDialect | 'auto'): Promise<RunSchema> {
  const json = path.join(dir, 'schema.json');
  if (existsSync(json)) return { parsed: await readSchema(json, 'auto'), source: json };
  const sql = path.join(dir, 'schema.sql');
  if (!existsSync(sql)) throw missingSchema(dir);
  const constraints = path.join(dir, 'constraints.sql');
  const parts = existsSync(constraints) ? [sql, constraints] : [sql];
  await loadParsers();
  const text = parts.map((p) => readText(p, 'schema file')).join('\n');
  return { parsed: parseSchema(text, { dialect, file: sql }), source: parts.join(' + ') };
}

function missingSchema(dir: string): RowforgeError {
  if (!existsSync(dir)) return new RowforgeError('FILE_NOT_FOUND', `output directory ${dir} does not exist`, { file: dir });
  return new RowforgeError('USAGE', `"${dir}" holds no schema.sql or schema.json to validate against`, {
    path: dir, hint: 'pass the schema the data must satisfy: rowforge validate DIR --schema FILE',
  });
}
