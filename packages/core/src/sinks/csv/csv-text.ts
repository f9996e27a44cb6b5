import type { ByteWriter } from '../bytes/byte-writer.js';

const QUOTE = 34;
const SPECIAL = /[",\r\n]/;
/** Strings up to this length take the single-pass fast path. */
const SHORT = 64;

function isEdgeSpace(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * True when a CSV field must be quoted: it contains `,` `"` CR or LF, or starts or
 * ends with a space or tab (so trimming readers keep it). The empty string is quoted
 * too (`""`), because an empty unquoted field means NULL.
 *
 * @example
 * ```ts
 * needsCsvQuote('a,b') // true
 * needsCsvQuote('ab')  // false
 * ```
 */
export function needsCsvQuote(s: string): boolean {
  const n = s.length;
  if (n === 0 || isEdgeSpace(s.charCodeAt(0)) || isEdgeSpace(s.charCodeAt(n - 1))) return true;
  if (n > 32) return SPECIAL.test(s);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 44 || c === QUOTE || c === 10 || c === 13) return true;
  }
  return false;
}

/**
 * Copies a short plain-ASCII field that needs no quoting straight into the buffer in
 * one pass; returns false (having written nothing) for anything else.
 */
function tryWritePlainAscii(w: ByteWriter, s: string): boolean {
  const n = s.length;
  if (n === 0 || n > SHORT || isEdgeSpace(s.charCodeAt(0)) || isEdgeSpace(s.charCodeAt(n - 1))) return false;
  w.ensure(n);
  const buf = w.buf;
  let p = w.pos;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === 44 || c === QUOTE || c === 10 || c === 13) return false;
    buf[p++] = c;
  }
  w.advanceTo(p);
  return true;
}

/**
 * Writes a text field with RFC 4180 quoting (`"` doubled inside quotes).
 *
 * @example
 * ```ts
 * writeCsvText(w, 'say "hi"') // writes "say ""hi"""
 * ```
 */
export function writeCsvText(w: ByteWriter, s: string): void {
  if (tryWritePlainAscii(w, s)) return;
  if (!needsCsvQuote(s)) { w.writeText(s); return; }
  w.writeByte(QUOTE);
  w.writeText(s.includes('"') ? s.replaceAll('"', '""') : s);
  w.writeByte(QUOTE);
}
