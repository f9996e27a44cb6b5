/**
 * The CSV-writing limit: an 8-column person-like table (id, first, last, email, phone, dob, city,
 * state) whose values come from small fixed arrays picked by a counter hash, formatted straight
 * into one reused byte Buffer and written to a file. No escaping, no types, no per-value strings:
 * the physical ceiling of writing CSV from one Node.js thread on this machine
 * (method: ../shared/reference/perf-scale.md §3.1 "byte writer, to a file" and §3.6).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface LimitResult {
  readonly rows: number;
  readonly bytes: number;
  readonly seconds: number;
}

const FIRST = words('James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Donald Ashley Steven Kimberly');
const LAST = words('Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young');
const FIRST_LC = FIRST.map((b) => Buffer.from(b.toString('latin1').toLowerCase(), 'latin1'));
const LAST_LC = LAST.map((b) => Buffer.from(b.toString('latin1').toLowerCase(), 'latin1'));
const DOMAINS = words('@example.com @example.org @example.net @mail.test @corp.test @school.test @home.test @web.test');
const PLACES = [
  ['Springfield', 'IL'], ['Columbus', 'OH'], ['Austin', 'TX'], ['Portland', 'OR'], ['Madison', 'WI'],
  ['Denver', 'CO'], ['Raleigh', 'NC'], ['Tucson', 'AZ'], ['Albany', 'NY'], ['Boise', 'ID'],
  ['Fresno', 'CA'], ['Omaha', 'NE'], ['Tampa', 'FL'], ['Reno', 'NV'], ['Salem', 'MA'], ['Dayton', 'OH'],
] as const;
const CITIES = PLACES.map(([city]) => Buffer.from(`${city},`, 'latin1'));
const STATES = PLACES.map(([, state]) => Buffer.from(`${state}\n`, 'latin1'));
const DATES = dateTable(1950, 2005);
const HEADER = Buffer.from('id,first,last,email,phone,dob,city,state\n', 'latin1');
const BUFFER_SIZE = 4 * 1024 * 1024;
const MAX_ROW = 512;

function words(text: string): Buffer[] {
  return text.split(' ').map((w) => Buffer.from(w, 'latin1'));
}

/** Every day of the given years as pre-encoded `YYYY-MM-DD,` bytes. */
function dateTable(fromYear: number, toYear: number): Buffer[] {
  const out: Buffer[] = [];
  for (let t = Date.UTC(fromYear, 0, 1); t < Date.UTC(toYear + 1, 0, 1); t += 86_400_000) {
    out.push(Buffer.from(`${new Date(t).toISOString().slice(0, 10)},`, 'latin1'));
  }
  return out;
}

/** Wellons' lowbias32: a cheap, well-mixed 32-bit integer hash. */
function h32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** cell(seed, column, row) as in perf-scale.md §3.6. */
function cell(seed: number, col: number, row: number): number {
  return h32(h32(row ^ Math.imul(col, 0x9e3779b9)) ^ seed);
}

function pick<T>(items: readonly T[], h: number): T {
  return items[h % items.length] as T;
}

/** Copies pre-encoded bytes (TypedArray#set: cheaper than Buffer#copy for a few bytes). */
function put(buf: Buffer, pos: number, src: Buffer): number {
  buf.set(src, pos);
  return pos + src.length;
}

/** Writes the decimal digits of an integer in [0, 2^31); returns the new position. */
function writeUint(buf: Buffer, pos: number, n: number): number {
  let digits = 1;
  for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
  for (let i = pos + digits - 1, x = n; i >= pos; i--) {
    const q = (x / 10) | 0;
    buf[i] = 48 + x - q * 10;
    x = q;
  }
  return pos + digits;
}

/** Writes exactly `width` digits of n (zero-padded). */
function writeFixed(buf: Buffer, pos: number, n: number, width: number): number {
  for (let i = pos + width - 1; i >= pos; i--) {
    const q = (n / 10) | 0;
    buf[i] = 48 + n - q * 10;
    n = q;
  }
  return pos + width;
}

function writeRow(buf: Buffer, pos: number, row: number, seed: number): number {
  const id = row + 1;
  pos = writeUint(buf, pos, id);
  buf[pos++] = 44;
  const fi = cell(seed, 1, row) % FIRST.length;
  const li = cell(seed, 2, row) % LAST.length;
  pos = put(buf, pos, FIRST[fi]!);
  buf[pos++] = 44;
  pos = put(buf, pos, LAST[li]!);
  buf[pos++] = 44;
  pos = put(buf, pos, FIRST_LC[fi]!);
  buf[pos++] = 46;
  pos = put(buf, pos, LAST_LC[li]!);
  pos = writeUint(buf, pos, id);
  pos = put(buf, pos, pick(DOMAINS, cell(seed, 3, row)));
  buf[pos++] = 44;
  const phone = cell(seed, 4, row);
  pos = writeFixed(buf, pos, 200 + (phone % 800), 3);
  buf[pos++] = 45;
  pos = writeFixed(buf, pos, 200 + ((phone >>> 10) % 800), 3);
  buf[pos++] = 45;
  pos = writeFixed(buf, pos, (phone >>> 20) % 10_000, 4);
  buf[pos++] = 44;
  pos = put(buf, pos, pick(DATES, cell(seed, 5, row)));
  const place = cell(seed, 6, row) % CITIES.length;
  pos = put(buf, pos, CITIES[place]!);
  return put(buf, pos, STATES[place]!);
}

/** Writes `rows` rows to `file` and times it (open to close, no fsync, like any CSV sink). */
export function measureCsvLimit(dir: string, rows: number, seed = 1): LimitResult {
  const file = path.join(dir, 'people.csv');
  const buf = Buffer.allocUnsafe(BUFFER_SIZE);
  const start = process.hrtime.bigint();
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  let pos = HEADER.copy(buf, 0);
  for (let row = 0; row < rows; row++) {
    if (pos > BUFFER_SIZE - MAX_ROW) {
      bytes += fs.writeSync(fd, buf, 0, pos);
      pos = 0;
    }
    pos = writeRow(buf, pos, row, seed);
  }
  bytes += fs.writeSync(fd, buf, 0, pos);
  fs.closeSync(fd);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { rows, bytes, seconds };
}
