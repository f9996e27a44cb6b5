import type { ByteWriter } from '../bytes/byte-writer.js';

const QUOTE = 34;
const SPECIAL = /[",\r\n]/;
/** ASCII strings up to this length take the single-pass fast path. */
const SHORT = 1024;

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
 * Copies a plain-ASCII field into the buffer in one pass, quoting it when it holds a
 * comma, CR or LF or has an edge space (the bytes written so far move right by one to make
 * room for the opening quote). Returns false, having written nothing, for the empty string,
 * long or non-ASCII text and text with `"` (the general path handles those).
 */
function tryWriteAscii(w: ByteWriter, s: string): boolean {
  const n = s.length;
  if (n === 0 || n > SHORT) return false;
  w.ensure(n + 2);
  const buf = w.buf;
  const start = w.pos;
  let quoted = isEdgeSpace(s.charCodeAt(0)) || isEdgeSpace(s.charCodeAt(n - 1));
  let p = quoted ? start + 1 : start;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 || c === QUOTE) return false;
    if (!quoted && (c === 44 || c === 10 || c === 13)) {
      buf.copyWithin(start + 1, start, p);
      p++;
      quoted = true;
    }
    buf[p++] = c;
  }
  if (quoted) { buf[start] = QUOTE; buf[p++] = QUOTE; }
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
  if (tryWriteAscii(w, s)) return;
  if (!needsCsvQuote(s)) { w.writeText(s); return; }
  w.writeByte(QUOTE);
  w.writeText(s.includes('"') ? s.replaceAll('"', '""') : s);
  w.writeByte(QUOTE);
}
