import type { Expr } from '../../schema/index.js';
import type { FormulaTerm } from '../column-spec.js';
import type { FormulaSpec } from '../formula-operands.js';
import { columnName, numberOf, rateFactor, type RateFactor } from './linear-terms.js';

/** A formula in the order the database evaluates it: `target = sum`. */
interface Ordered {
  readonly target: string;
  readonly spec: FormulaSpec;
}

type Factor = { readonly column: string } | { readonly constant: number } | { readonly rate: RateFactor };

/** The factors of a left-deep product (`q * p * (1 - r)`: q, p, the rate), or undefined. */
function factorsOf(e: Expr): Factor[] | undefined {
  const rate = rateFactor(e);
  if (rate) return [{ rate }];
  const column = columnName(e);
  if (column !== undefined) return [{ column }];
  const n = numberOf(e);
  if (n !== undefined) return [{ constant: n }];
  if (e.kind !== 'binary' || e.op !== '*') return undefined;
  const [l, r] = [factorsOf(e.left), factorsOf(e.right)];
  return l && r && r.length === 1 ? [...l, ...r] : undefined;
}

const isColumn = (f: Factor | undefined): f is { column: string } => f !== undefined && 'column' in f;

/**
 * A product as a term the engine computes in the same order (`k × a × b × (1 − rate)`, left to
 * right): a constant first (or second after a lone column: `a * k`), then one or two columns, then
 * the rate; undefined for any other order (`a * b * k` rounds differently in binary floating point).
 */
function orderedTerm(e: Expr, minus: boolean): FormulaTerm | undefined {
  const fs = factorsOf(e);
  if (!fs) return undefined;
  const swapped = fs.length === 2 && isColumn(fs[0]) && 'constant' in fs[1]! ? [fs[1], fs[0]] : fs;
  const k = 'constant' in swapped[0]! ? swapped[0].constant : 1;
  const rest = 'constant' in swapped[0]! ? swapped.slice(1) : swapped;
  const last = rest.at(-1);
  const rate = last && 'rate' in last ? last.rate : undefined;
  const columns = rate ? rest.slice(0, -1) : rest;
  if (columns.length < 1 || columns.length > 2 || !columns.every(isColumn) || k === 0) return undefined;
  const [c, times] = columns as { column: string }[];
  const sign = minus !== k < 0;
  const extra = { ...(times ? { times: times.column } : {}), ...(Math.abs(k) === 1 ? {} : { factor: Math.abs(k) }), ...(rate ? { lessRate: rate.rate, ...(rate.percent ? { ratePercent: true } : {}) } : {}) };
  return { column: c!.column, ...extra, ...(sign ? { minus: true } : {}) };
}

/** The signed operands of a left-deep chain of `+` and `−` (`a - b + c`), in order. */
function chainOf(e: Expr, minus = false): { e: Expr; minus: boolean }[] {
  if (e.kind === 'binary' && (e.op === '+' || e.op === '-') && !rateFactor(e)) return [...chainOf(e.left, minus), { e: e.right, minus: minus !== (e.op === '-') }];
  return [{ e, minus }];
}

/** A side as the engine's sum (a constant only first or second: `plus` is added first), or undefined. */
function orderedSum(e: Expr): Omit<FormulaSpec, 'generator'> | undefined {
  const chain = chainOf(e);
  const at = chain.findIndex((x) => numberOf(x.e) !== undefined);
  if (at > 1 || chain.filter((x) => numberOf(x.e) !== undefined).length > (at < 0 ? 0 : 1)) return undefined;
  const plus = at < 0 ? 0 : (chain[at]!.minus ? -1 : 1) * numberOf(chain[at]!.e)!;
  const sum = chain.filter((_, i) => i !== at).map((x) => orderedTerm(x.e, x.minus));
  if (sum.length === 0 || sum.some((t) => t === undefined)) return undefined;
  return { sum: sum as FormulaTerm[], ...(plus === 0 ? {} : { plus }) };
}

const reads = (s: Omit<FormulaSpec, 'generator'>, name: string): boolean =>
  (s.sum ?? []).some((t) => [t.column, t.times, t.lessRate].some((c) => c?.toLowerCase() === name.toLowerCase()));

function alone(target: Expr, other: Expr): Ordered | undefined {
  const name = columnName(target);
  const s = name === undefined ? undefined : orderedSum(other);
  return name !== undefined && s && !reads(s, name) ? { target: name, spec: { generator: 'formula', ...s } } : undefined;
}

/** `X − c = 0` (or `X + c = 0`): `c` is exactly `X` (`−X`), since a difference of floats is 0 only between equal ones. */
function lastOfZero(side: Expr, zero: Expr): Ordered | undefined {
  if (numberOf(zero) !== 0 || side.kind !== 'binary' || (side.op !== '-' && side.op !== '+') || rateFactor(side)) return undefined;
  const name = columnName(side.right);
  const s = name === undefined ? undefined : orderedSum(side.left);
  if (name === undefined || !s || reads(s, name)) return undefined;
  const sum = side.op === '-' ? s.sum : s.sum?.map((t) => ({ ...t, minus: t.minus ? undefined : true }));
  const plus = s.plus === undefined ? {} : { plus: side.op === '-' ? s.plus : -s.plus };
  return { target: name, spec: { generator: 'formula', sum: (sum ?? []).map(({ minus, ...t }) => (minus ? { ...t, minus } : t)), ...plus } };
}

/**
 * The formulas an equality over binary floating-point columns allows exactly: only a column alone
 * on one side, computed from the other side in the order the database evaluates it
 * (`total - subtotal = tax`: tax = total − subtotal, not total = subtotal + tax), or the last
 * operand of a side equal to 0 (`total - subtotal - tax = 0`: tax = total − subtotal). A form
 * that rearranges or distributes (`(subtotal + shipping) * 1.2`) gives none: rounding would differ.
 */
export function floatFormulas(left: Expr, right: Expr): Ordered[] {
  const found = [alone(left, right), alone(right, left), lastOfZero(left, right), lastOfZero(right, left)];
  return found.filter((f): f is Ordered => f !== undefined);
}
