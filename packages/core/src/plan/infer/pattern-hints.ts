import { domainChecks, isAnchored, likeRegExp, maxLengthOf, regexShape, type Column, type Expr, type LogicalType, type Table } from '../../schema/index.js';
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

/** What a regex pins down: the whole value (`^…$`), its start (`^…`), its end (`…$`), or neither. */
function anchoring(pattern: string): 'whole' | 'start' | 'end' | undefined {
  const shape = regexShape(pattern);
  if (shape === undefined) return undefined;
  if (isAnchored(shape)) return 'whole';
  if (shape.kind !== 'seq') return undefined;
  const [first, last] = [shape.items[0]?.kind, shape.items[shape.items.length - 1]?.kind];
  return first === 'start' && last !== 'end' ? 'start' : first !== 'start' && last === 'end' ? 'end' : undefined;
}

/** Letters and digits between a start-only and an end-only regex joined into one. */
const JOIN_MIDDLE = '[A-Za-z0-9]*';

/**
 * The first regular expression (`~`, `REGEXP`) every value of the column must match that spells
 * the whole value (`^…$`) and that the regex generator can read (`regexShape`), from the table's
 * CHECKs and its domains'. One that pins only the start or the end (`~ '^[A-Z]{2}'`) or neither
 * (`~ '@'`) only asks for a part: the column keeps its inferred generator and rows that fail
 * are redrawn (see `partialRegex` for a column whose name suggests none).
 *
 * @example
 * ```ts
 * generableRegex(table, column) // '^[A-Z]{3}-[0-9]{4}$' for `code TEXT CHECK (code ~ '^[A-Z]{3}-[0-9]{4}$')`
 * ```
 */
export function generableRegex(table: Table, column: Column): string | undefined {
  return patternsOf(table, column, 'regex').find((p) => anchoring(p) === 'whole');
}

const endsInAny = (pattern: string): boolean => likeSegments(pattern).at(-1)?.kind === 'any';

/**
 * One LIKE pattern whose every match also matches `a` and `b`, when one ends in `%` and the
 * other starts with it: `'A%'` and `'%9'` give `'A%9'`, `'SKU-%'` and `'%-%'` give `'SKU-%-%'`.
 * Undefined when they cannot be joined that way (`'A%'` and `'___'`).
 */
export function joinLikes(a: string, b: string): string | undefined {
  if (endsInAny(a) && b.startsWith('%')) return a + b.slice(1);
  if (endsInAny(b) && a.startsWith('%')) return b + a.slice(1);
  return undefined;
}

/**
 * The LIKE pattern a generator of the column must fit: its first pattern that says what the
 * values look like (literal text not only inside `%…%`, see `isShapingLike`), joined with the
 * column's other patterns where `joinLikes` can and the result fits the column with `reserve`
 * characters to spare (a unique token's), so values match
 * them all (`code LIKE 'A%' AND code LIKE '%9'` gives `'A%9'`). A pattern its values already
 * match is not joined; one that cannot be is left to the CHECK's redraws.
 *
 * @example
 * ```ts
 * shapingLike(table, column) // 'SKU-%' for `code TEXT CHECK (code LIKE 'SKU-%')`
 * ```
 */
export function shapingLike(table: Table, column: Column, reserve = 0): string | undefined {
  const patterns = likePatterns(table, column);
  const first = patterns.find((p) => isShapingLike(likeSegments(p)));
  if (first === undefined) return undefined;
  const room = (maxLengthOf(column) ?? Infinity) - reserve;
  return patterns.reduce((joined, p) => {
    if (alreadyMet(joined, p)) return joined;
    const both = joinLikes(joined, p);
    return both !== undefined && fixedLength(both) <= room ? both : joined;
  }, first);
}

/** Characters a value of `pattern` always has: its literal text and one per `_`. */
function fixedLength(pattern: string): number {
  return likeSegments(pattern).reduce((n, s) => n + (s.kind === 'literal' ? s.text.length : s.kind === 'one' ? 1 : 0), 0);
}

/** Values of `pattern` with every wildcard filled by `c`: each `%` as 0 to `longest` of it, `_` as one. */
function samples(pattern: string, c: string, longest: number): string[] {
  const segments = likeSegments(pattern);
  return Array.from({ length: longest + 1 }, (_, n) => segments.map((s) => (s.kind === 'literal' ? s.text : s.kind === 'one' ? c : c.repeat(n))).join(''));
}

/**
 * Whether values of `joined` already match `other` (`'SKU-%'` meets `'%-%'`), judged by values
 * with its wildcards filled by a letter `other` does not spell, as short and as long as `other`
 * could tell apart: then joining would only narrow the values.
 */
function alreadyMet(joined: string, other: string): boolean {
  const re = likeRegExp(other, false);
  const c = [...'QZXJ7'].find((ch) => !other.includes(ch)) ?? '~';
  return samples(joined, c, fixedLength(other) + 1).every((v) => re.test(v));
}

/**
 * For a column whose name suggests no generator: the regexes that pin only the start
 * (`^[A-Z]{2}`) and only the end (`[0-9]{3}$`) of its values, joined into one that spells the
 * whole value with letters and digits between them (`^[A-Z]{2}[A-Za-z0-9]*[0-9]{3}$`; every
 * match matches both), or either alone widened the same way (`^T-[A-Za-z0-9]*$`). So the column
 * is not left to a generic token that rarely fits. Undefined when it has no such regex.
 */
export function partialRegex(table: Table, column: Column): string | undefined {
  const patterns = patternsOf(table, column, 'regex');
  const start = patterns.find((p) => anchoring(p) === 'start');
  const end = patterns.find((p) => anchoring(p) === 'end');
  if (start === undefined && end === undefined) return undefined;
  return `${start ?? '^'}${JOIN_MIDDLE}${end ?? '$'}`;
}
