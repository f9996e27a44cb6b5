import type { Expr, LiteralValue } from '../../../schema/index.js';
import { binary, literal } from '../expr-fallback.js';
import type { BoundDatum } from './pg-partition-bound.js';
import { datumKey } from './pg-range-runs.js';

/** A CHECK body for the partition key: the tree the planner reads and its PostgreSQL text. */
export interface BoundsCheck {
  readonly expr: Expr;
  readonly sql: string;
}

/** Always quoted: a key column may be named like a keyword (`order`, `user`). */
function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function sqlLiteral(v: LiteralValue): string {
  if (v === null) return 'NULL';
  if (typeof v === 'string') return `'${v.replaceAll("'", "''")}'`;
  return typeof v === 'boolean' ? String(v).toUpperCase() : String(v);
}

interface Comparison { readonly op: '>=' | '<'; readonly value: LiteralValue }

/** `col >= lo AND col < hi`; a MINVALUE / MAXVALUE side is left open. Undefined when both are. */
export function rangeCheck(column: string, lower: BoundDatum, upper: BoundDatum): BoundsCheck | undefined {
  const parts: Comparison[] = [];
  if (lower.kind === 'value') parts.push({ op: '>=', value: lower.value });
  if (upper.kind === 'value') parts.push({ op: '<', value: upper.value });
  const col: Expr = { kind: 'column', name: column };
  const exprs = parts.map((p) => binary(p.op, col, literal(p.value)));
  const first = exprs[0];
  if (first === undefined) return undefined;
  const expr = exprs.slice(1).reduce((acc, e) => binary('and', acc, e), first);
  return { expr, sql: parts.map((p) => `${quoteIdent(column)} ${p.op} ${sqlLiteral(p.value)}`).join(' AND ') };
}

/** `col IN (...)` over the union of the lists (NULL, when listed, passes a CHECK anyway). */
export function listCheck(column: string, values: readonly LiteralValue[]): BoundsCheck {
  const distinct = [...new Map(values.filter((v) => v !== null).map((v) => [datumKey({ kind: 'value', value: v }), v])).values()];
  const col: Expr = { kind: 'column', name: column };
  if (distinct.length === 0) return { expr: { kind: 'isNull', operand: col, negated: false }, sql: `${quoteIdent(column)} IS NULL` };
  return {
    expr: { kind: 'in', operand: col, values: distinct.map(literal), negated: false },
    sql: `${quoteIdent(column)} IN (${distinct.map(sqlLiteral).join(', ')})`,
  };
}
