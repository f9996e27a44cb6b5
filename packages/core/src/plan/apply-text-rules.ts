import { RowforgeError } from '../errors/index.js';
import type { Table } from '../schema/index.js';
import { baseType, findColumn, maxLengthOf } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { inCase, type TextCase, type TextRule, type TextRules } from './text-checks.js';
import { textShapeOf, type TextShape } from './text-shapes.js';

type Specs = Record<string, ColumnSpec>;

/** The shortest text the sentence generator writes within `max` characters (measured over its templates). */
function sentenceFloor(max: number): number {
  if (max >= 50) return 23;
  if (max >= 30) return 13;
  if (max >= 20) return 7;
  return max >= 5 ? 3 : 1;
}

/** Words of 3 to 8 letters for text a CHECK wants in one case (the sentences' own words would keep their capitals). */
const WORDS = [
  'the', 'new', 'team', 'plan', 'open', 'ready', 'notes', 'order', 'draft', 'final', 'store', 'review', 'update', 'report',
  'client', 'office', 'budget', 'status', 'weekly', 'annual', 'market', 'sample', 'urgent', 'project', 'meeting', 'service',
  'account', 'support', 'quality', 'schedule', 'delivery', 'customer',
];

/**
 * A regular expression for text of `lo`…`hi` characters in a case: capitals for short or unique
 * text (`^[A-Z]{3,3}$`, a code; unique forms draw from letters), words for longer text
 * (`^(the|new|…)( (the|new|…)){1,4}$`, in capitals for `upper`).
 */
export function textPattern(lo: number, hi: number, textCase: TextCase | undefined, unique = false): string {
  const fixed = `^[${textCase === 'lower' ? 'a-z' : 'A-Z'}]{${lo},${hi}}$`;
  if (hi <= 20 || unique) return fixed;
  const word = `(${WORDS.map((w) => (textCase === 'upper' ? w.toUpperCase() : w)).join('|')})`;
  const least = Math.max(0, Math.ceil((lo - 3) / 4));
  const most = Math.floor((hi - 8) / 9);
  return most >= least ? `^${word}( ${word}){${least},${most}}$` : fixed;
}

function fits(v: string | number, rule: TextRule, lo: number, hi: number): boolean {
  const s = String(v);
  const cased = rule.textCase ? inCase(s, rule.textCase) : s;
  return s.length >= lo && s.length <= hi && cased === s;
}

function common(spec: ColumnSpec): Pick<ColumnSpec, 'nullRate' | 'unique'> {
  return { ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}), ...(spec.unique === true ? { unique: true } : {}) };
}

/** The text generator kept (its length cut to `hi`) when its sentences meet the rule, else a regex that does. */
function textSpec(spec: Extract<ColumnSpec, { generator: 'text' }>, rule: TextRule, lo: number, hi: number): ColumnSpec {
  const max = Math.min(spec.maxLength ?? 400, hi);
  if (rule.textCase === undefined && spec.unique !== true && lo <= sentenceFloor(max)) {
    return max < (spec.maxLength ?? 400) ? { ...spec, maxLength: max } : spec;
  }
  return rulePattern(spec, rule, lo, hi, max);
}

/** Text of a regular expression of `lo`…`max` characters in the rule's case (up to 40 past `lo` when `max` is below it). */
function rulePattern(spec: ColumnSpec, rule: TextRule, lo: number, hi: number, max: number): ColumnSpec {
  const least = Math.max(lo, 1);
  const most = least <= max ? max : Math.min(hi, least + 40);
  return { generator: 'regex', pattern: textPattern(least, most, rule.textCase, spec.unique === true), ...common(spec) };
}

function unsatisfiable(table: Table, col: string, rule: TextRule): never {
  throw new RowforgeError('CHECK_UNSATISFIABLE', `no value of "${table.name}.${col}" satisfies ${rule.label}`, {
    table: table.name, column: col, constraint: rule.label, hint: 'fix the CHECK so that some value passes it',
  });
}

function applyRule(table: Table, specs: Specs, name: string, rule: TextRule): void {
  const column = findColumn(table, name);
  const spec = column ? specs[column.name] : undefined;
  if (!column || !spec) return;
  const lo = Math.max(rule.lo, 0);
  const hi = Math.min(rule.hi, maxLengthOf(column) ?? Infinity);
  if (lo > hi) unsatisfiable(table, column.name, rule);
  if (spec.generator === 'enum') {
    const kept = spec.values.map((v, i) => [v, spec.weights?.[i]] as const).filter(([v]) => fits(v, rule, lo, hi));
    if (kept.length === 0) unsatisfiable(table, column.name, rule);
    if (kept.length === spec.values.length) return;
    const weights = spec.weights ? { weights: kept.map(([, w]) => w ?? 1) } : {};
    specs[column.name] = { ...spec, values: kept.map(([v]) => v), ...weights };
  } else if (baseType(column.type).kind === 'string' && hi >= 1) {
    const next = spec.generator === 'text' ? textSpec(spec, rule, lo, hi) : semanticSpec(spec, rule, lo, hi, maxLengthOf(column));
    if (next) specs[column.name] = next;
  }
}

/** Generators of text with a meaning (names, codes, addresses…) that a length or case rule may replace. */
const SEMANTIC_TEXT = new Set<ColumnSpec['generator']>([
  'firstName', 'lastName', 'middleName', 'fullName', 'gender', 'honorific', 'email', 'username', 'phone', 'address', 'vocabulary', 'identifier', 'url', 'network',
]);

function shapeFits(shape: TextShape | undefined, rule: TextRule, lo: number, hi: number): boolean {
  if (!shape) return false;
  const cased = rule.textCase === undefined || shape.textCase === rule.textCase || shape.textCase === 'none';
  return cased && lo <= shape.min && hi >= shape.max;
}

/**
 * A semantic generator kept when its values are known to meet the rule (a `state char(2)` with
 * `length(state) = 2` stays states), else text of a regular expression that does: a token or
 * SKU under `length(code) = 3` becomes `^[A-Z]{3,3}$`. Undefined when the rule asks nothing.
 */
function semanticSpec(spec: ColumnSpec, rule: TextRule, lo: number, hi: number, maxLength: number | undefined): ColumnSpec | undefined {
  if (!SEMANTIC_TEXT.has(spec.generator)) return undefined;
  const asks = lo > 1 || hi < (maxLength ?? Infinity) || rule.textCase !== undefined;
  if (!asks || shapeFits(textShapeOf(spec, maxLength), rule, lo, hi)) return undefined;
  return rulePattern(spec, rule, lo, hi, Math.min(hi, 400));
}

/**
 * Makes text columns meet what their CHECKs ask of length and case (see `collectTextRule`):
 * an enum keeps the values that pass; free text is cut to the longest length allowed, or, when
 * its sentences would be too short or need one case, becomes text of a regular expression that
 * passes (`length(code) = 3` → `^[A-Z]{3,3}$`); a semantic generator (names, codes, vocabularies)
 * stays when its values are known to pass (`textShapeOf`), else becomes such text too. Other
 * generators are left to the engine's redraws.
 */
export function applyTextRules(table: Table, specs: Specs, rules: TextRules): void {
  for (const [name, rule] of rules) applyRule(table, specs, name, rule);
}
