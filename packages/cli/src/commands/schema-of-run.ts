import { existsSync, readdirSync, statSync } from 'node:fs';
import { isRowforgeError, loadParsers, parseSchema, RowforgeError, runSchemaFiles, type ParseResult, type RunSchemaFile, type SourceDialect } from '@rowforge/core';

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
  if (files.length === 0) throw missingSchema(dir);
  await loadParsers();
  const json = files.length === 1 && files[0]?.path.endsWith('schema.json') === true;
  return { parsed: parseJoined(files, json ? 'auto' : dialect), source: files.map((f) => f.path).join(' + ') };
}

/** The files parsed as one text (constraints.sql alters the tables of schema.sql); an error names the file its line is in. */
function parseJoined(files: readonly RunSchemaFile[], dialect: SourceDialect | 'auto'): ParseResult {
  try {
    return parseSchema(files.map((f) => f.text).join('\n'), { dialect, file: files[0]?.path ?? '' });
  } catch (e) {
    throw isRowforgeError(e) ? placed(e, files) : e;
  }
}

function placed(e: RowforgeError, files: readonly RunSchemaFile[]): RowforgeError {
  const p = e.details.position;
  if (p === undefined) return e;
  let line = p.line;
  for (const f of files) {
    const lines = f.text.split('\n').length;
    if (line <= lines) return new RowforgeError(e.code, e.message, { ...e.details, position: { ...p, file: f.path, line } }, { cause: e });
    line -= lines;
  }
  return e;
}

function missingSchema(dir: string): RowforgeError {
  if (!existsSync(dir)) return new RowforgeError('FILE_NOT_FOUND', `output directory ${dir} does not exist`, { file: dir });
  if (!statSync(dir).isDirectory()) return new RowforgeError('USAGE', `"${dir}" is not a directory`, { path: dir, hint: 'pass the output directory of rowforge generate' });
  if (readdirSync(dir).some((n) => n.toLowerCase().endsWith('.sql'))) {
    return new RowforgeError('USAGE', `"${dir}" holds SQL scripts, which validate cannot re-read`, { path: dir, hint: 'generate with --format csv|json|ndjson|zip to validate the output' });
  }
  return new RowforgeError('USAGE', `"${dir}" holds no schema.sql or schema.json to validate against`, {
    path: dir, hint: 'pass the schema the data must satisfy: rowforge validate DIR --schema FILE',
  });
}
