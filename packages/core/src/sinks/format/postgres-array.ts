import type { Value } from '../../schema/index.js';

/** True when a PostgreSQL array element must be double-quoted. */
function needsArrayQuote(s: string): boolean {
  if (s.length === 0 || s.toUpperCase() === 'NULL') return true;
  return /[{}",\\\s]/.test(s);
}

function quoteArrayElement(s: string): string {
  return needsArrayQuote(s) ? `"${s.replace(/[\\"]/g, (c) => `\\${c}`)}"` : s;
}

/**
 * Compiles a PostgreSQL array-literal formatter from an element formatter:
 * `{a,"b c",NULL}`. Elements are quoted when empty, `NULL`-like, or containing braces,
 * commas, quotes, backslashes or whitespace; `nested` (element type is itself an
 * array) leaves the inner `{...}` unquoted.
 *
 * @example
 * ```ts
 * postgresArrayFormatter((v) => String(v), false)(['a', 'b c', null]) // '{a,"b c",NULL}'
 * ```
 */
export function postgresArrayFormatter(formatElement: (v: Value) => string, nested: boolean): (v: Value) => string {
  return (v) => {
    const parts = (v as readonly Value[]).map((e) => {
      if (e === null) return 'NULL';
      return nested ? formatElement(e) : quoteArrayElement(formatElement(e));
    });
    return `{${parts.join(',')}}`;
  };
}
