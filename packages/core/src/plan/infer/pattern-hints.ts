import { isAnchored, regexShape, type Column, type Expr, type LogicalType, type Table } from '../../schema/index.js';
import { conjuncts } from '../compile-checks.js';
import { isShapingLike, likeSegments } from '../like-segments.js';
import { wordsOf } from './column-context.js';

/** Words a domain's name may end in that say nothing about its values (`email_t`, `zip_domain`). */
const GENERIC_TAIL = new Set(['t', 'type', 'dom', 'domain', 'd']);

/** `us_zip_t` → `us_zip`, `zip`: the name without generic tail words, then without each leading word. */
function keysOf(name: string): string[] {
  const words = wordsOf(name);
  while (words.length > 1 && GENERIC_TAIL.has(words[words.length - 1] as string)) words.pop();
  return words.map((_, i) => words.slice(i).join('_'));
}

/** Name keys (`words_joined`) of the domains a column's type goes through, outermost first. */
export function domainKeys(type: LogicalType): string[] {
  return type.kind === 'domain' ? [...keysOf(type.name), ...domainKeys(type.base)] : [];
}

/** Whether `e` reads the column: `VALUE` in a domain's CHECK (`column` undefined), else the column by name. */
function readsColumn(e: Expr, column: string | undefined): boolean {
  const operand = e.kind === 'cast' ? e.operand : e;
  return operand.kind === 'value' ? column === undefined : operand.kind === 'column' && operand.name.toLowerCase() === column;
}

type Matcher = 'like' | 'regex';

/** `x LIKE p` (or `x ~ p`), also as `x IS NULL OR x LIKE p` (the usual form for a nullable column). */
function patternOf(e: Expr, column: string | undefined, kind: Matcher): string | undefined {
  if (e.kind === 'binary' && e.op === 'or') {
    const nullSide = (s: Expr): boolean => s.kind === 'isNull' && !s.negated && readsColumn(s.operand, column);
    if (nullSide(e.left)) return patternOf(e.right, column, kind);
    if (nullSide(e.right)) return patternOf(e.left, column, kind);
    return undefined;
  }
  if (e.kind !== kind || e.negated || e.pattern.kind !== 'literal' || typeof e.pattern.value !== 'string') return undefined;
  return readsColumn(e.operand, column) ? e.pattern.value : undefined;
}

function patternsOf(table: Table, column: Column, kind: Matcher): string[] {
  const name = column.name.toLowerCase();
  const own = table.checks.flatMap((c) => conjuncts(c.expr)).map((e) => patternOf(e, name, kind));
  const domain = domainChecks(column.type).flatMap(conjuncts).map((e) => patternOf(e, undefined, kind));
  return [...own, ...domain].filter((p): p is string => p !== undefined);
}

function domainChecks(type: LogicalType): readonly Expr[] {
  return type.kind === 'domain' ? [...type.checks, ...domainChecks(type.base)] : [];
}

/**
 * The LIKE patterns every value of a column must match: top-level conjuncts of the table's
 * CHECKs on the column and of its domains' CHECKs on VALUE.
 *
 * @example
 * ```ts
 * likePatterns(table, column) // ['%@%'] for `contact TEXT CHECK (contact LIKE '%@%')`
 * ```
 */
export function likePatterns(table: Table, column: Column): string[] {
  return patternsOf(table, column, 'like');
}

/**
 * The first regular expression (`~`, `REGEXP`) every value of the column must match that spells
 * the whole value (`^…$`) and that the regex generator can read (`regexShape`), from the table's
 * CHECKs and its domains'. An unanchored one (`~ '@'`) only asks for a part: the column keeps its
 * inferred generator and rows that fail are redrawn.
 *
 * @example
 * ```ts
 * generableRegex(table, column) // '^[A-Z]{3}-[0-9]{4}$' for `code TEXT CHECK (code ~ '^[A-Z]{3}-[0-9]{4}$')`
 * ```
 */
export function generableRegex(table: Table, column: Column): string | undefined {
  return patternsOf(table, column, 'regex').find((p) => {
    const shape = regexShape(p);
    return shape !== undefined && isAnchored(shape);
  });
}

/**
 * The first LIKE pattern of the column that says what its values look like (literal text not
 * only inside `%…%`, see `isShapingLike`): a generator must then fit the pattern itself.
 *
 * @example
 * ```ts
 * shapingLike(table, column) // 'SKU-%' for `code TEXT CHECK (code LIKE 'SKU-%')`
 * ```
 */
export function shapingLike(table: Table, column: Column): string | undefined {
  return likePatterns(table, column).find((p) => isShapingLike(likeSegments(p)));
}
