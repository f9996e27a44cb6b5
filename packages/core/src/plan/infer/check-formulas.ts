import type { Expr, Table } from '../../schema/index.js';
import { columnsOf } from '../../schema/index.js';
import type { FormulaTerm } from '../column-spec.js';
import { conjuncts } from '../compile-checks.js';
import type { FormulaSpec } from '../formula-operands.js';

/** A column a CHECK computes from others: `line_total = quantity * unit_price` gives `line_total`. */
export interface CheckedFormula {
  readonly target: string;
  readonly spec: FormulaSpec;
}

/** What a table's CHECKs say about arithmetic between its columns. */
export interface CheckArithmetic {
  /** Per equality read, the formulas it allows, likeliest first (`a = b`: `a` from `b`, else `b` from `a`). */
  readonly formulas: readonly (readonly CheckedFormula[])[];
  /** Lower-case columns in equalities with arithmetic the reader cannot follow (`total = subtotal * 1.08`): no formula is guessed for them. */
  readonly pinned: ReadonlySet<string>;
}

type Factor = { readonly column: string } | { readonly rate: string; readonly percent: boolean };

function columnName(e: Expr): string | undefined {
  if (e.kind === 'column') return e.name;
  return e.kind === 'cast' ? columnName(e.operand) : undefined;
}

const isLiteral = (e: Expr, value: number): boolean => e.kind === 'literal' && Number(e.value) === value;

/** `(1 - rate)` or `(1 - rate / 100)`. */
function rateFactor(e: Expr): Factor | undefined {
  if (e.kind !== 'binary' || e.op !== '-' || !isLiteral(e.left, 1)) return undefined;
  const plain = columnName(e.right);
  if (plain) return { rate: plain, percent: false };
  const r = e.right;
  const percent = r.kind === 'binary' && r.op === '/' && isLiteral(r.right, 100) ? columnName(r.left) : undefined;
  return percent ? { rate: percent, percent: true } : undefined;
}

function factorsOf(e: Expr, out: Factor[]): boolean {
  if (e.kind === 'binary' && e.op === '*') return factorsOf(e.left, out) && factorsOf(e.right, out);
  const column = columnName(e);
  const factor = column ? { column } : rateFactor(e);
  if (factor) out.push(factor);
  return factor !== undefined;
}

function termOf(e: Expr, minus: boolean): FormulaTerm | undefined {
  const factors: Factor[] = [];
  if (!factorsOf(e, factors)) return undefined;
  const cols = factors.flatMap((f) => ('column' in f ? [f.column] : []));
  const rates = factors.flatMap((f) => ('rate' in f ? [f] : []));
  const [column, times] = cols;
  const rate = rates[0];
  if (column === undefined || cols.length > 2 || rates.length > 1) return undefined;
  return { column, ...(times ? { times } : {}), ...(rate ? { lessRate: rate.rate, ...(rate.percent ? { ratePercent: true } : {}) } : {}), ...(minus ? { minus: true } : {}) };
}

/** `a + b * c - d` as its signed terms; false when a part is no term. */
function termsOf(e: Expr, minus: boolean, out: FormulaTerm[]): boolean {
  if (e.kind === 'binary' && (e.op === '+' || e.op === '-')) return termsOf(e.left, minus, out) && termsOf(e.right, e.op === '-' ? !minus : minus, out);
  const term = termOf(e, minus);
  if (term) out.push(term);
  return term !== undefined;
}

function formulaFrom(target: Expr, other: Expr): CheckedFormula | undefined {
  const name = columnName(target);
  const sum: FormulaTerm[] = [];
  if (!name || !termsOf(other, false, sum)) return undefined;
  return { target: name, spec: { generator: 'formula', sum } };
}

const hasArithmetic = (e: Expr): boolean => e.kind === 'binary' && ['+', '-', '*', '/', '%'].includes(e.op);

function readEquality(e: Expr, formulas: CheckedFormula[][], pinned: Set<string>): void {
  if (e.kind !== 'binary' || e.op !== '=') return;
  const found = [formulaFrom(e.left, e.right), formulaFrom(e.right, e.left)].filter((f): f is CheckedFormula => f !== undefined);
  if (found.length > 0) formulas.push(found);
  else if (hasArithmetic(e.left) || hasArithmetic(e.right)) columnsOf(e).forEach((c) => pinned.add(c.toLowerCase()));
}

/**
 * Reads the table's CHECKs for equalities that compute a column from others, as `formula`
 * sums: `line_total = quantity * unit_price`, `total = subtotal + tax - discount`,
 * `amount = qty * price * (1 - discount_rate)`. Equalities with other arithmetic pin their columns.
 *
 * @example
 * ```ts
 * checkArithmetic(invoices).formulas // [[{ target: 'total', spec: { generator: 'formula', sum: [{ column: 'subtotal' }, { column: 'tax' }] } }]]
 * ```
 */
export function checkArithmetic(table: Table): CheckArithmetic {
  const formulas: CheckedFormula[][] = [];
  const pinned = new Set<string>();
  for (const check of table.checks) conjuncts(check.expr).forEach((e) => readEquality(e, formulas, pinned));
  return { formulas, pinned };
}
