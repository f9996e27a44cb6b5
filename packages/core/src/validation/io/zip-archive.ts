import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Inflate } from 'fflate';
import { RowforgeError } from '../../errors/index.js';
import type { ByteSource } from './byte-source.js';

/** One file inside a ZIP archive, located from the central directory. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_EOCD_SEARCH = 22 + 0xffff;

function zipError(path: string, what: string): RowforgeError {
  return new RowforgeError('FILE_UNREADABLE', `${path}: ${what}`, { file: path });
}

async function readAt(path: string, offset: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buf, 0, length, offset);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function findEocd(tail: Buffer): number {
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD_SIGNATURE) return i;
  return -1;
}

function parseCentral(dir: Buffer, count: number, path: string): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw zipError(path, 'corrupt ZIP central directory');
    if (dir.readUInt16LE(p + 8) & 1) throw zipError(path, 'encrypted ZIP entries are not supported');
    const nameLength = dir.readUInt16LE(p + 28);
    entries.push({
      name: dir.toString('utf8', p + 46, p + 46 + nameLength),
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localHeaderOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}

/**
 * Lists a ZIP archive's entries from its central directory without reading the
 * entries themselves. ZIP64 archives (over 4 GiB or 65,535 entries) are not supported.
 *
 * @example
 * ```ts
 * const entries = await readZipDirectory('/out/data.zip')
 * entries.map((e) => e.name) // ['users.csv', 'orders.csv']
 * ```
 */
export async function readZipDirectory(path: string): Promise<ZipEntry[]> {
  const { size } = await stat(path);
  const tailStart = Math.max(0, size - MAX_EOCD_SEARCH);
  const tail = await readAt(path, tailStart, size - tailStart);
  const at = findEocd(tail);
  if (at < 0) throw zipError(path, 'not a ZIP archive (no end-of-central-directory record)');
  const count = tail.readUInt16LE(at + 10);
  const dirSize = tail.readUInt32LE(at + 12);
  const dirOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw zipError(path, 'ZIP64 archives are not supported; unzip it first');
  return parseCentral(await readAt(path, dirOffset, dirSize), count, path);
}

async function* inflate(raw: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  const inflater = new Inflate((data) => { pending.push(data); });
  for await (const chunk of raw) {
    inflater.push(chunk);
    yield* pending;
    pending = [];
  }
  inflater.push(new Uint8Array(0), true);
  yield* pending;
}

async function* entryBytes(path: string, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const header = await readAt(path, entry.localHeaderOffset, 30);
  const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (entry.compressedSize === 0) return;
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
  if (entry.method === 0) yield* raw;
  else if (entry.method === 8) yield* inflate(raw);
  else throw zipError(path, `entry ${entry.name} uses unsupported compression method ${entry.method}`);
}

/**
 * Streams one ZIP entry's decompressed bytes (stored or DEFLATE) straight from the
 * archive, so validating a zipped output never holds a whole file in memory.
 *
 * @example
 * ```ts
 * const src = zipEntrySource('/out/data.zip', 'data.zip', entry)
 * for await (const chunk of src.open()) { … }
 * ```
 */
export function zipEntrySource(path: string, displayName: string, entry: ZipEntry): ByteSource {
  return { name: `${displayName}:${entry.name}`, open: () => entryBytes(path, entry) };
}
