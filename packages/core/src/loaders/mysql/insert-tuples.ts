import { RowforgeError } from '../../errors/index.js';

const QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN = 0x28;
const CLOSE = 0x29;

function malformed(table: string, at: number): RowforgeError {
  return new RowforgeError('INTERNAL', `the INSERT statements of "${table}" are not in the shape the MySQL encoder writes (at character ${at})`, { table });
}

/** Index just past the MySQL string literal whose opening quote is at `at` (`''` and backslash escapes stay inside). */
function stringEnd(sql: string, at: number): number {
  for (let i = at + 1; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE && sql.charCodeAt(++i) !== QUOTE) return i;
  }
  return sql.length;
}

/** Index just past the parenthesised tuple that opens at `at`, or -1 if it never closes. */
function tupleEnd(sql: string, at: number): number {
  let depth = 0;
  for (let i = at; i < sql.length; i++) {
    const c = sql.charCodeAt(i);
    if (c === QUOTE) i = stringEnd(sql, i) - 1;
    else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth === 0) return i + 1;
  }
  return -1;
}

/** Pushes the tuples of the statement whose rows start at `at` onto `out`; returns where the next statement starts. */
function statementTuples(sql: string, at: number, out: string[], table: string): number {
  for (let start = at; ; ) {
    const end = sql.charCodeAt(start) === OPEN ? tupleEnd(sql, start) : -1;
    if (end < 0) throw malformed(table, start);
    out.push(sql.slice(start, end));
    const separator = sql.slice(end, end + 2);
    if (separator === ';\n') return end + 2;
    if (separator !== ',\n') throw malformed(table, end);
    start = end + 2;
  }
}

/**
 * The row tuples `(…)` of MySQL INSERT statements as the SQL sink writes them (`head`, then
 * tuples separated by `,\n`, then `;\n`, statement after statement), in order. Quote-aware
 * (`''`, backslash escapes), so a value holding `),\n(` or `;\n` stays in its row; text in any
 * other shape is an INTERNAL error, never a guess.
 *
 * @example
 * ```ts
 * insertTuples("INSERT INTO `t` (`a`) VALUES\n(1),\n('x');\n", 'INSERT INTO `t` (`a`) VALUES\n', 't') // ['(1)', "('x')"]
 * ```
 */
export function insertTuples(sql: string, head: string, table: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < sql.length; ) {
    if (!sql.startsWith(head, at)) throw malformed(table, at);
    at = statementTuples(sql, at + head.length, out, table);
  }
  return out;
}
