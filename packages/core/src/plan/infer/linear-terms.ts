import type { Expr } from '../../schema/index.js';

/** A discount factor `(1 − rate)`, or `(1 − rate / 100)` with `percent`. */
export interface RateFactor {
  readonly rate: string;
  readonly percent: boolean;
}

/** One product of a linear expression: a constant `factor` times up to two columns and a discount factor. */
export interface Monomial {
  readonly factor: number;
  readonly columns: readonly string[];
  readonly rate?: RateFactor;
}

/** Drops binary noise (1.2 × 3 is 3.5999999999999996). */
export const tidy = (x: number): number => Number(x.toPrecision(15));

export function columnName(e: Expr): string | undefined {
  if (e.kind === 'column') return e.name;
  return e.kind === 'cast' ? columnName(e.operand) : undefined;
}

/** A numeric literal (negated or cast), or undefined. */
export function numberOf(e: Expr): number | undefined {
  if (e.kind === 'literal') return typeof e.value === 'number' ? e.value : undefined;
  if (e.kind === 'negate') { const n = numberOf(e.operand); return n === undefined ? undefined : -n; }
  return e.kind === 'cast' ? numberOf(e.operand) : undefined;
}

/** `(1 - rate)` or `(1 - rate / 100)`. */
export function rateFactor(e: Expr): RateFactor | undefined {
  if (e.kind !== 'binary' || e.op !== '-' || numberOf(e.left) !== 1) return undefined;
  const plain = columnName(e.right);
  if (plain) return { rate: plain, percent: false };
  const r = e.right;
  const percent = r.kind === 'binary' && r.op === '/' && numberOf(r.right) === 100 ? columnName(r.left) : undefined;
  return percent ? { rate: percent, percent: true } : undefined;
}

const scaled = (ms: readonly Monomial[], k: number): Monomial[] => ms.map((m) => ({ ...m, factor: tidy(m.factor * k) }));

function times(a: Monomial, b: Monomial): Monomial | undefined {
  if (a.rate && b.rate) return undefined;
  const rate = a.rate ?? b.rate;
  return { factor: tidy(a.factor * b.factor), columns: [...a.columns, ...b.columns], ...(rate ? { rate } : {}) };
}

/** Every product of a monomial of `a` with one of `b`; undefined when one holds two discount factors. */
function product(a: readonly Monomial[], b: readonly Monomial[]): Monomial[] | undefined {
  const out = a.flatMap((x) => b.map((y) => times(x, y)));
  const all = out.filter((m): m is Monomial => m !== undefined);
  return all.length === out.length ? all : undefined;
}

function factorOf(e: Expr): Monomial[] | undefined {
  const rate = rateFactor(e);
  return rate ? [{ factor: 1, columns: [], rate }] : monomialsOf(e);
}

/** A divisor every dialect divides by exactly: a decimal literal (`100.0`, `2.5`), not 0; undefined otherwise (`/ 100` of an integer truncates in PostgreSQL and SQLite). */
function decimalDivisor(e: Expr): number | undefined {
  const n = numberOf(e);
  const decimal = e.kind === 'literal' ? e.decimal === true || !Number.isInteger(n) : e.kind === 'negate' && decimalDivisor(e.operand) !== undefined;
  return n !== undefined && n !== 0 && decimal ? n : undefined;
}

function binaryMonomials(e: Extract<Expr, { kind: 'binary' }>): Monomial[] | undefined {
  if (e.op === '/') { const d = decimalDivisor(e.right); const l = d === undefined ? undefined : monomialsOf(e.left); return l && scaled(l, 1 / d!); }
  const [l, r] = e.op === '*' ? [factorOf(e.left), factorOf(e.right)] : [monomialsOf(e.left), monomialsOf(e.right)];
  if (!l || !r) return undefined;
  if (e.op === '*') return product(l, r);
  return e.op === '+' ? [...l, ...r] : e.op === '-' ? [...l, ...scaled(r, -1)] : undefined;
}

/**
 * A sum of products of columns and constants as its monomials (`(subtotal + shipping) * 1.2 - 5`:
 * 1.2·subtotal, 1.2·shipping, −5), a division by a decimal literal included (`amount_cents / 100.0`:
 * 0.01·amount_cents); undefined for anything else: a call, another division (an integer divided
 * by an integer truncates in PostgreSQL and SQLite, not in MySQL).
 * A discount factor `(1 − rate)` is kept whole inside a product.
 */
export function monomialsOf(e: Expr): Monomial[] | undefined {
  const column = columnName(e);
  if (column !== undefined) return [{ factor: 1, columns: [column] }];
  const n = numberOf(e);
  if (n !== undefined) return [{ factor: n, columns: [] }];
  if (e.kind === 'negate') { const m = monomialsOf(e.operand); return m && scaled(m, -1); }
  return e.kind === 'binary' ? binaryMonomials(e) : undefined;
}

const keyOf = (m: Monomial): string => [...m.columns.map((c) => c.toLowerCase()).sort(), m.rate ? `${m.rate.rate.toLowerCase()}:${m.rate.percent}` : ''].join('\u0000');

/** Like monomials added up (`subtotal + subtotal * 0.2` is 1.2·subtotal), those that cancel dropped. */
export function merged(ms: readonly Monomial[]): Monomial[] {
  const out = new Map<string, Monomial>();
  for (const m of ms) { const k = keyOf(m); const had = out.get(k); out.set(k, had ? { ...had, factor: tidy(had.factor + m.factor) } : m); }
  return [...out.values()].filter((m) => m.factor !== 0);
}
