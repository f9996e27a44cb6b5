import { CellProblem } from './sql-value.js';

const HEX_TEXT = /^(?:\\x|0x)?((?:[0-9a-fA-F]{2})*)$/;

/**
 * Parses bytes written as hex: `\x0aff` (PostgreSQL), `0x0aff` or bare `0aff`, and
 * checks the byte length when the column has one.
 *
 * @example
 * ```ts
 * parseBytesCell('\\x0aff')  // Uint8Array [10, 255]
 * parseBytesCell('abc')      // CellProblem (odd number of hex digits)
 * ```
 */
export function parseBytesCell(text: string, length?: number): Uint8Array | CellProblem {
  const m = HEX_TEXT.exec(text);
  if (!m) return new CellProblem('type', `"${text}" is not hex bytes (\\x… or an even number of hex digits)`);
  const hex = m[1] ?? '';
  if (length !== undefined && hex.length / 2 > length) {
    return new CellProblem('length', `${hex.length / 2} bytes exceed the column length ${length}`);
  }
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

/** Lowercase hex without prefix: the canonical key text of a bytes cell. */
export function canonicalHex(text: string): string {
  const m = HEX_TEXT.exec(text);
  return m ? (m[1] ?? '').toLowerCase() : text;
}
