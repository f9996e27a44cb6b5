import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RowforgeError } from '../../errors/index.js';
import { ManifestSchema, type Manifest } from './manifest-schema.js';

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new RowforgeError('FILE_UNREADABLE', `cannot read ${path}: ${(e as Error).message}`, { file: path }, { cause: e });
  }
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RowforgeError('FILE_UNREADABLE', `${path} is not valid JSON: ${(e as Error).message}`, { file: path });
  }
}

/**
 * Reads and checks `manifest.json` in an output directory; `undefined` when there is
 * none. Throws FILE_UNREADABLE when it is not JSON or not a Rowforge manifest.
 *
 * @example
 * ```ts
 * const manifest = await readManifest('/out') // { outputFormat: 'csv', tables: [...], ... }
 * ```
 */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const path = join(dir, 'manifest.json');
  const text = await readText(path);
  if (text === undefined) return undefined;
  const result = ManifestSchema.safeParse(parseJson(text, path));
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const at = issue?.path.join('.') || '<root>';
  throw new RowforgeError('FILE_UNREADABLE', `${path} is not a Rowforge manifest: at ${at}: ${issue?.message ?? 'invalid'}`, {
    file: path, hint: 'validate reads the directory written by `rowforge generate`',
  });
}
