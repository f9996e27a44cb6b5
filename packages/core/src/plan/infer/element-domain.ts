import type { Expr, LogicalType } from '../../schema/index.js';
import { baseType, domainChecks } from '../../schema/index.js';
import { conjuncts } from '../compile-checks.js';

/** What an array element's domain CHECKs allow, in the terms of the array generator. */
export interface ElementLimits {
  min?: number;
  max?: number;
  values?: (string | number)[];
}

type Op = '<' | '<=' | '>' | '>=' | '=';
const FLIP: Record<Op, Op> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };

function numberOf(e: Expr): number | undefined {
  if (e.kind === 'literal' && typeof e.value === 'number') return e.value;
  if (e.kind === 'negate') { const n = numberOf(e.operand); return n === undefined ? undefined : -n; }
  return e.kind === 'cast' ? numberOf(e.operand) : undefined;
}

const isValue = (e: Expr): boolean => e.kind === 'value' || (e.kind === 'cast' && isValue(e.operand));

/** The smallest step between values: 1 for integers, 10^-scale for decimals, 0 otherwise. */
function stepOf(t: LogicalType): number {
  const b = baseType(t);
  return b.kind === 'int' ? 1 : b.kind === 'decimal' ? 10 ** -b.scale : 0;
}

function bound(out: ElementLimits, op: Op, n: number, step: number): void {
  if (op === '>' || op === '>=' || op === '=') out.min = Math.max(out.min ?? -Infinity, op === '>' ? n + step : n);
  if (op === '<' || op === '<=' || op === '=') out.max = Math.min(out.max ?? Infinity, op === '<' ? n - step : n);
}

function compare(out: ElementLimits, op: Op, left: Expr, right: Expr, step: number): void {
  const [l, r] = [numberOf(left), numberOf(right)];
  if (isValue(left) && r !== undefined) bound(out, op, r, step);
  else if (isValue(right) && l !== undefined) bound(out, FLIP[op], l, step);
}

const choiceOf = (v: Expr): string | number | undefined => (v.kind === 'literal' && typeof v.value === 'string' ? v.value : numberOf(v));

function literals(values: readonly Expr[]): (string | number)[] | undefined {
  const out = values.map(choiceOf).filter((v) => v !== undefined);
  return out.length === values.length && out.length > 0 ? out : undefined;
}

function apply(out: ElementLimits, e: Expr, step: number): void {
  if (e.kind === 'binary' && ['<', '<=', '>', '>=', '='].includes(e.op)) compare(out, e.op as Op, e.left, e.right, step);
  else if (e.kind === 'between' && !e.negated) {
    compare(out, '>=', e.operand, e.low, step);
    compare(out, '<=', e.operand, e.high, step);
  } else if (e.kind === 'in' && !e.negated && isValue(e.operand)) {
    const values = literals(e.values);
    if (values) out.values = values;
  }
}


/**
 * The range and the choices an array element's domain CHECKs give (`CHECK (VALUE BETWEEN 1
 * AND 5)`: min 1, max 5; `CHECK (VALUE IN ('a', 'b'))`: values a, b), so elements are drawn
 * inside them; the engine redraws (or leaves out) elements that still fail a CHECK.
 *
 * @example
 * ```ts
 * elementLimits(scoreDomain) // { min: 1, max: 5 }
 * ```
 */
export function elementLimits(element: LogicalType): ElementLimits {
  const out: ElementLimits = {};
  const step = stepOf(element);
  for (const e of domainChecks(element).flatMap(conjuncts)) apply(out, e, step);
  return out;
}
