import { keyword, type Token } from '../../text/sql-lexer.js';

/** String types MySQL lets `BINARY` follow (a binary collation, not a binary type). */
const STRING_TYPES = new Set([
  'CHAR', 'CHARACTER', 'VARCHAR', 'VARYING', 'NCHAR', 'NVARCHAR', 'TINYTEXT', 'TEXT', 'MEDIUMTEXT', 'LONGTEXT', 'ENUM', 'SET',
]);

const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

function openingParen(tokens: readonly Token[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (punct(tokens[k], ')')) depth++;
    if (punct(tokens[k], '(') && --depth === 0) return k;
  }
  return -1;
}

/** Index of the type word before `BINARY` at `k`, past `(len)` and `CHARACTER SET x`/`CHARSET x`. */
function typeWordBefore(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  if (keyword(tokens[j - 2]) === 'CHARACTER' && keyword(tokens[j - 1]) === 'SET') j -= 3;
  else if (keyword(tokens[j - 1]) === 'CHARSET') j -= 2;
  return punct(tokens[j], ')') ? openingParen(tokens, j) - 1 : j;
}

/**
 * MySQL `VARCHAR(40) BINARY` / `TEXT CHARACTER SET latin1 BINARY` (Sakila's staff.password):
 * the attribute picks the charset's binary collation and the column stays a string, which
 * sqlparser-rs rejects. Returns the `BINARY` tokens' [start, end) to blank. `BINARY(16)`, the
 * type, and the `BINARY expr` operator are left alone.
 */
export function binaryAttributeRanges(tokens: readonly Token[]): [number, number][] {
  return tokens.flatMap((t, k): [number, number][] => {
    if (keyword(t) !== 'BINARY' || punct(tokens[k + 1], '(')) return [];
    return STRING_TYPES.has(keyword(tokens[typeWordBefore(tokens, k)])) ? [[t.start, t.end]] : [];
  });
}
