import { CellProblem } from './sql-value.js';

const UUID_TEXT = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Length of a string in characters (Unicode code points, as databases count them). */
export function charLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
  }
  return n;
}

/**
 * Checks a char/varchar cell against its declared length in characters.
 *
 * @example
 * ```ts
 * checkStringCell('héllo', 5, 'varchar') // 'héllo'
 * checkStringCell('toolong', 3, 'char')  // CellProblem('length', ...)
 * ```
 */
export function checkStringCell(text: string, length: number | undefined, variant: string): string | CellProblem {
  if (length === undefined || text.length <= length) return text;
  const chars = charLength(text);
  if (chars <= length) return text;
  return new CellProblem('length', `${chars} characters exceed ${variant}(${length})`);
}

/**
 * Checks canonical 8-4-4-4-12 hex uuid syntax.
 *
 * @example
 * ```ts
 * parseUuidCell('123e4567-e89b-12d3-a456-426614174000') // same text
 * ```
 */
export function parseUuidCell(text: string): string | CellProblem {
  return UUID_TEXT.test(text) ? text : new CellProblem('type', `"${text}" is not a uuid (8-4-4-4-12 hex)`);
}

/**
 * Checks that a cell is JSON text.
 *
 * @example
 * ```ts
 * parseJsonCell('{"a":1}') // '{"a":1}'
 * parseJsonCell('{a:1}')   // CellProblem
 * ```
 */
export function parseJsonCell(text: string): string | CellProblem {
  try {
    JSON.parse(text);
    return text;
  } catch (e) {
    return new CellProblem('type', `not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Checks enum membership (labels compare exactly).
 *
 * @example
 * ```ts
 * checkEnumCell('red', new Set(['red', 'green'])) // 'red'
 * ```
 */
export function checkEnumCell(text: string, labels: ReadonlySet<string>): string | CellProblem {
  if (labels.has(text)) return text;
  const list = [...labels].slice(0, 10).join(', ');
  return new CellProblem('enum', `"${text}" is not one of the enum labels (${list}${labels.size > 10 ? ', …' : ''})`);
}
