import { readFileSync, statSync } from 'node:fs';
import { loadParsers, parseSchema, RowforgeError, type ParseResult, type SourceDialect } from '@rowforge/core';

export function readText(path: string, what: string): string {
  try {
    if (statSync(path).isDirectory()) throw new RowforgeError('FILE_UNREADABLE', `${what} "${path}" is a directory`, { path });
    return readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof RowforgeError) throw e;
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new RowforgeError('FILE_NOT_FOUND', `${what} "${path}" does not exist`, { path });
    throw new RowforgeError('FILE_UNREADABLE', `cannot read ${what} "${path}": ${(e as Error).message}`, { path });
  }
}

/**
 * Reads and parses a schema file (DDL in any supported dialect, or Rowforge schema JSON);
 * `omitUnsupported` leaves columns of types Rowforge cannot generate out, with a warning.
 */
export async function readSchema(path: string, dialect: SourceDialect | 'auto' = 'auto', omitUnsupported = false): Promise<ParseResult> {
  const text = readText(path, 'schema file');
  await loadParsers();
  return parseSchema(text, { dialect, file: path, omitUnsupported });
}
