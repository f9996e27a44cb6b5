import type { Column, Expr, Table } from '../schema/index.js';

/** SQL's three truth values, and `any` where the row's other columns decide. */
type Truth = 'true' | 'false' | 'null' | 'any';
/** What a sub-expression is worth: NULL, a known literal, some non-NULL value, or anything. */
type Val = { readonly kind: 'null' } | { readonly kind: 'lit'; readonly v: string | number | boolean } | { readonly kind: 'some' } | { readonly kind: 'any' };

/** A row in part: the status holds `label`, the column is NULL or not, every other column is unknown. */
interface PartRow { readonly status: string; readonly label: string; readonly column: string; readonly present: boolean }

const ANY: Val = { kind: 'any' };
const fromTruth = (t: Truth): Val => (t === 'null' ? { kind: 'null' } : t === 'any' ? ANY : { kind: 'lit', v: t === 'true' });

function valueOf(e: Expr, row: PartRow): Val {
  if (e.kind === 'column') {
    const name = e.name.toLowerCase();
    if (name === row.status) return { kind: 'lit', v: row.label };
    return name === row.column ? (row.present ? { kind: 'some' } : { kind: 'null' }) : ANY;
  }
  if (e.kind === 'literal') return e.value === null ? { kind: 'null' } : { kind: 'lit', v: e.value };
  if (e.kind === 'cast') return valueOf(e.operand, row);
  return fromTruth(truthOf(e, row));
}

function same(a: Val, b: Val): Truth {
  if (a.kind === 'null' || b.kind === 'null') return 'null';
  if (a.kind === 'lit' && b.kind === 'lit') return String(a.v) === String(b.v) ? 'true' : 'false';
  return 'any';
}

const not = (t: Truth): Truth => (t === 'true' ? 'false' : t === 'false' ? 'true' : t);
const and = (a: Truth, b: Truth): Truth => (a === 'false' || b === 'false' ? 'false' : a === 'true' ? b : b === 'true' ? a : a === 'null' && b === 'null' ? 'null' : 'any');
const or = (a: Truth, b: Truth): Truth => not(and(not(a), not(b)));

function isNull(v: Val): Truth {
  return v.kind === 'null' ? 'true' : v.kind === 'any' ? 'any' : 'false';
}

function inList(v: Val, values: readonly Expr[], row: PartRow): Truth {
  return values.reduce<Truth>((acc, x) => or(acc, same(v, valueOf(x, row))), 'false');
}

function truthOf(e: Expr, row: PartRow): Truth {
  switch (e.kind) {
    case 'binary':
      if (e.op === 'and') return and(truthOf(e.left, row), truthOf(e.right, row));
      if (e.op === 'or') return or(truthOf(e.left, row), truthOf(e.right, row));
      if (e.op === '=') return same(valueOf(e.left, row), valueOf(e.right, row));
      return e.op === '<>' ? not(same(valueOf(e.left, row), valueOf(e.right, row))) : 'any';
    case 'not': return not(truthOf(e.operand, row));
    case 'isNull': { const t = isNull(valueOf(e.operand, row)); return e.negated ? not(t) : t; }
    case 'in': { const t = inList(valueOf(e.operand, row), e.values, row); return e.negated ? not(t) : t; }
    case 'literal': return e.value === null ? 'null' : typeof e.value === 'boolean' ? (e.value ? 'true' : 'false') : 'any';
    default: return 'any';
  }
}

/**
 * Whether the table's CHECKs let a row whose `status` holds `label` have `column` NULL (`present`
 * false) or not NULL (`present` true): false only when some CHECK is sure to fail, whatever the
 * row's other columns hold (`(status = 'paid') = (paid_at IS NOT NULL)` lets no refunded row
 * have a `paid_at`). Reads `=`, `<>`, IN, IS [NOT] NULL, AND, OR, NOT; anything else may pass.
 *
 * @example
 * ```ts
 * checksAllow(orders, status, 'refunded', paidAt, true) // false under (status = 'paid') = (paid_at IS NOT NULL)
 * ```
 */
export function checksAllow(table: Table, status: Column, label: string, column: Column, present: boolean): boolean {
  const row: PartRow = { status: status.name.toLowerCase(), label, column: column.name.toLowerCase(), present };
  return table.checks.every((c) => truthOf(c.expr, row) !== 'false');
}
