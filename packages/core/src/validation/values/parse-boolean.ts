import { CellProblem } from './sql-value.js';

const TRUE_WORDS = new Set(['true', 't', '1']);
const FALSE_WORDS = new Set(['false', 'f', '0']);

/**
 * Parses a boolean cell: `true`/`false`, `t`/`f` or `1`/`0` (any case), whatever the target.
 *
 * @example
 * ```ts
 * parseBooleanCell('t')   // true
 * parseBooleanCell('yes') // CellProblem
 * ```
 */
export function parseBooleanCell(text: string): boolean | CellProblem {
  const word = text.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new CellProblem('type', `"${text}" is not a boolean (true/false, t/f or 1/0)`);
}
