import type { Expr, Table } from '../../schema/index.js';
import { flipComparison, type OrderOp } from '../../schema/index.js';
import { conjuncts } from '../compile-checks.js';

/** What a table's CHECKs allow a column: at least `lo`, at most `hi` (`strict`: not the bound itself). */
export interface LiteralBound {
  lo: number;
  hi: number;
  loStrict: boolean;
  hiStrict: boolean;
}

const ORDER_OPS = new Set(['<', '<=', '>', '>=']);

function columnName(e: Expr): string | undefined {
  if (e.kind === 'column') return e.name;
  return e.kind === 'cast' ? columnName(e.operand) : undefined;
}

function numberOf(e: Expr): number | undefined {
  if (e.kind === 'literal' && typeof e.value === 'number') return e.value;
  if (e.kind === 'negate') { const n = numberOf(e.operand); return n === undefined ? undefined : -n; }
  return e.kind === 'cast' ? numberOf(e.operand) : undefined;
}

function record(out: Map<string, LiteralBound>, col: string, op: OrderOp, v: number): void {
  const b = out.get(col.toLowerCase()) ?? { lo: -Infinity, hi: Infinity, loStrict: false, hiStrict: false };
  if ((op === '>' || op === '>=') && v >= b.lo) { b.loStrict = op === '>' || (v === b.lo && b.loStrict); b.lo = v; }
  if ((op === '<' || op === '<=') && v <= b.hi) { b.hiStrict = op === '<' || (v === b.hi && b.hiStrict); b.hi = v; }
  out.set(col.toLowerCase(), b);
}

function readConjunct(e: Expr, out: Map<string, LiteralBound>): void {
  if (e.kind === 'between' && !e.negated) {
    const col = columnName(e.operand);
    const [lo, hi] = [numberOf(e.low), numberOf(e.high)];
    if (col && lo !== undefined) record(out, col, '>=', lo);
    if (col && hi !== undefined) record(out, col, '<=', hi);
    return;
  }
  if (e.kind !== 'binary' || !ORDER_OPS.has(e.op)) return;
  const op = e.op as OrderOp;
  const [lc, rv] = [columnName(e.left), numberOf(e.right)];
  const [rc, lv] = [columnName(e.right), numberOf(e.left)];
  if (lc && rv !== undefined) record(out, lc, op, rv);
  else if (rc && lv !== undefined) record(out, rc, flipComparison(op), lv);
}

/**
 * The numeric bounds a table's CHECKs put on its columns (`total >= 0`, `qty BETWEEN 1 AND 99`),
 * by lower-case column name.
 *
 * @example
 * ```ts
 * literalBounds(orders).get('total') // { lo: 0, hi: Infinity, loStrict: false, hiStrict: false }
 * ```
 */
export function literalBounds(table: Table): Map<string, LiteralBound> {
  const out = new Map<string, LiteralBound>();
  for (const check of table.checks) conjuncts(check.expr).forEach((e) => readConjunct(e, out));
  return out;
}

/** `[greater, lesser]` lower-case column pairs the table's CHECKs order (`paid <= due` gives `['due', 'paid']`). */
export function orderedPairs(table: Table): [string, string][] {
  const out: [string, string][] = [];
  for (const check of table.checks) {
    for (const e of conjuncts(check.expr)) {
      const [l, r] = e.kind === 'binary' && ORDER_OPS.has(e.op) ? [columnName(e.left), columnName(e.right)] : [undefined, undefined];
      if (l && r) out.push(e.kind === 'binary' && e.op.startsWith('>') ? [l.toLowerCase(), r.toLowerCase()] : [r.toLowerCase(), l.toLowerCase()]);
    }
  }
  return out;
}
