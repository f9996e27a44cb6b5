import { CellProblem, type CellParser, type SqlValue } from './sql-value.js';
import { parseJsonArray, parsePgArray, type ArrayText } from './parse-pg-array.js';

/** Which array syntax a cell must use: PostgreSQL literal, JSON text, or either. */
export type ArrayStyle = 'postgres' | 'json' | 'any';

function readArrayText(text: string, style: ArrayStyle): ArrayText | CellProblem {
  const t = text.trimStart();
  const pg = t.startsWith('{');
  if (style === 'postgres' && !pg) return new CellProblem('type', 'not a PostgreSQL array literal ({…})');
  if (style === 'json' && pg) return new CellProblem('type', 'not a JSON array ([…])');
  try {
    return pg ? parsePgArray(t) : parseJsonArray(t);
  } catch (e) {
    return new CellProblem('type', `not a valid array: ${(e as Error).message}`);
  }
}

function parseElements(items: ArrayText, element: CellParser, path: string): SqlValue[] | CellProblem {
  const out: SqlValue[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const where = `${path}[${i + 1}]`;
    const v = item === null ? null : typeof item === 'string' ? element(item) : parseElements(item, element, where);
    if (v instanceof CellProblem) return new CellProblem(v.rule, `element ${where}: ${v.message}`);
    out.push(v);
  }
  return out;
}

/**
 * Builds a parser for array cells whose elements are checked with `element`.
 *
 * @example
 * ```ts
 * const p = arrayCellParser((t) => Number(t), 'postgres')
 * p('{1,2,NULL}') // [1, 2, null]
 * ```
 */
export function arrayCellParser(element: CellParser, style: ArrayStyle): CellParser {
  return (text) => {
    const items = readArrayText(text, style);
    return items instanceof CellProblem ? items : parseElements(items, element, '');
  };
}
