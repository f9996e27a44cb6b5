import type { Expr } from '../schema/index.js';
import { flipComparison, isComparison } from '../schema/index.js';

const LENGTH_FUNCTIONS = new Set(['length', 'char_length', 'character_length', 'len']);
const CASE_FUNCTIONS: Record<string, TextCase> = { upper: 'upper', lower: 'lower', ucase: 'upper', lcase: 'lower' };

export type TextCase = 'upper' | 'lower';

/** The case a one-argument `upper`/`lower`/`ucase`/`lcase` call brings its argument to; undefined for other expressions. */
export function caseFunctionOf(e: Expr): TextCase | undefined {
  return e.kind === 'call' && e.args.length === 1 ? CASE_FUNCTIONS[e.name.toLowerCase()] : undefined;
}

/** `s` in the given case. */
export const inCase = (s: string, textCase: TextCase): string => (textCase === 'upper' ? s.toUpperCase() : s.toLowerCase());

/** What a column's CHECKs ask of its text: a length range and a letter case. */
export interface TextRule {
  lo: number;
  hi: number;
  textCase?: TextCase;
  /** The label of a CHECK the rule comes from, for errors. */
  label: string;
}

/** Text rules by column name, gathered over a table's CHECKs and its columns' domain CHECKs. */
export type TextRules = Map<string, TextRule>;

function columnName(e: Expr, self: string | undefined): string | undefined {
  if (e.kind === 'column') return e.name;
  return e.kind === 'value' ? self : undefined;
}

/** The column `length(col)` (also `char_length`, `character_length`, `len`) measures. */
function measured(e: Expr, self: string | undefined): string | undefined {
  if (e.kind !== 'call' || e.args.length !== 1 || !LENGTH_FUNCTIONS.has(e.name.toLowerCase())) return undefined;
  return columnName(e.args[0] as Expr, self);
}

function intLiteral(e: Expr): number | undefined {
  if (e.kind === 'cast') return intLiteral(e.operand);
  return e.kind === 'literal' && typeof e.value === 'number' && Number.isInteger(e.value) ? e.value : undefined;
}

function ruleFor(rules: TextRules, col: string, label: string): TextRule {
  const key = col.toLowerCase();
  const rule = rules.get(key) ?? { lo: 0, hi: Infinity, label };
  rules.set(key, rule);
  return rule;
}

function bound(rules: TextRules, col: string, op: string, n: number, label: string): boolean {
  const rule = ruleFor(rules, col, label);
  if (op === '>' || op === '>=' || op === '=') rule.lo = Math.max(rule.lo, op === '>' ? n + 1 : n);
  if (op === '<' || op === '<=' || op === '=') rule.hi = Math.min(rule.hi, op === '<' ? n - 1 : n);
  return true;
}

function lengthComparison(rules: TextRules, e: Extract<Expr, { kind: 'binary' }>, self: string | undefined, label: string): boolean {
  if (!isComparison(e.op) || e.op === '<>') return false;
  const [lc, rc] = [measured(e.left, self), measured(e.right, self)];
  const [ln, rn] = [intLiteral(e.left), intLiteral(e.right)];
  if (lc !== undefined && rn !== undefined) return bound(rules, lc, e.op, rn, label);
  if (rc !== undefined && ln !== undefined) return bound(rules, rc, flipComparison(e.op), ln, label);
  return false;
}

/** `col = upper(col)`, `lower(col) = col`: the case the column's letters must have. */
function caseRule(rules: TextRules, e: Extract<Expr, { kind: 'binary' }>, self: string | undefined, label: string): boolean {
  if (e.op !== '=') return false;
  for (const [plain, other] of [[e.left, e.right], [e.right, e.left]] as const) {
    const col = columnName(plain, self);
    const textCase = col === undefined ? undefined : caseOf(other, col, self);
    if (col === undefined || textCase === undefined) continue;
    ruleFor(rules, col, label).textCase = textCase;
    return true;
  }
  return false;
}

/** The case `upper(col)` / `lower(col)` brings the column to; undefined for other expressions. */
function caseOf(e: Expr, col: string, self: string | undefined): TextCase | undefined {
  if (e.kind !== 'call' || e.args.length !== 1) return undefined;
  const same = columnName(e.args[0] as Expr, self)?.toLowerCase() === col.toLowerCase();
  return same ? caseFunctionOf(e) : undefined;
}

/**
 * Records a CHECK conjunct on a text column's length (`length(code) = 3`, `char_length(c) BETWEEN
 * 2 AND 4`, `length(x) >= 5`) or letter case (`shout = upper(shout)`); false for other conjuncts.
 * `self` is the column a domain CHECK's VALUE means.
 */
export function collectTextRule(rules: TextRules, e: Expr, self: string | undefined, label: string): boolean {
  if (e.kind === 'binary') return lengthComparison(rules, e, self, label) || caseRule(rules, e, self, label);
  if (e.kind !== 'between' || e.negated) return false;
  const col = measured(e.operand, self);
  const [lo, hi] = [intLiteral(e.low), intLiteral(e.high)];
  if (col === undefined || lo === undefined || hi === undefined) return false;
  return bound(rules, col, '>=', lo, label) && bound(rules, col, '<=', hi, label);
}
