import { createReadStream } from 'node:fs';

/** A re-openable stream of a file's bytes (a plain file or one ZIP entry). */
export interface ByteSource {
  /** Path shown in messages, relative to the validated directory (`orders.csv`, `out.zip:orders.csv`). */
  readonly name: string;
  /** Opens a fresh pass over the bytes. */
  open(): AsyncIterable<Uint8Array>;
}

/**
 * A file read in 64 KiB chunks.
 *
 * @example
 * ```ts
 * for await (const chunk of fileSource('/out/users.csv', 'users.csv').open()) { … }
 * ```
 */
export function fileSource(path: string, name: string): ByteSource {
  return { name, open: () => createReadStream(path, { highWaterMark: 1 << 16 }) };
}

/**
 * Decodes UTF-8 chunks to text chunks (a leading BOM is dropped); throws TypeError on
 * bytes that are not UTF-8.
 *
 * @example
 * ```ts
 * for await (const text of decodeUtf8(source.open())) parser.push(text)
 * ```
 */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of chunks) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}
