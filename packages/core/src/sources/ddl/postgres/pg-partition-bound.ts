import type { Node, PartitionBoundSpec, PartitionSpec } from 'libpg-query';
import type { LiteralValue } from '../../../schema/index.js';
import { lastString } from './pg-context.js';

/** One value of a RANGE bound: a constant, or MINVALUE / MAXVALUE (that side is open). */
export type BoundDatum = { readonly kind: 'value'; readonly value: LiteralValue } | { readonly kind: 'minvalue' } | { readonly kind: 'maxvalue' };

/** A partition's `FOR VALUES ...` (or DEFAULT), as far as Rowforge reads it. */
export type PgBound =
  | { readonly kind: 'default' }
  | { readonly kind: 'hash'; readonly modulus: number; readonly remainder: number }
  | { readonly kind: 'list'; readonly values: readonly LiteralValue[] }
  | { readonly kind: 'range'; readonly lower: readonly BoundDatum[]; readonly upper: readonly BoundDatum[] }
  | { readonly kind: 'unreadable' };

/** A parent's `PARTITION BY strategy (key, ...)`; `columns` holds undefined for an expression key. */
export interface PgPartitionKey {
  readonly strategy: 'range' | 'list' | 'hash';
  readonly columns: readonly (string | undefined)[];
  /** Byte location of the PARTITION BY clause. */
  readonly location: number | undefined;
}

const STRATEGIES: Readonly<Record<string, PgPartitionKey['strategy']>> = {
  PARTITION_STRATEGY_RANGE: 'range', PARTITION_STRATEGY_LIST: 'list', PARTITION_STRATEGY_HASH: 'hash',
};

/** `PARTITION BY RANGE (logdate)` → { strategy: 'range', columns: ['logdate'] }. */
export function readPartitionKey(spec: PartitionSpec): PgPartitionKey {
  const strategy = STRATEGIES[spec.strategy ?? ''] ?? 'hash';
  const elems = (spec.partParams ?? []).flatMap((n) => ('PartitionElem' in n ? [n.PartitionElem] : []));
  return { strategy, columns: elems.map((e) => (e.expr === undefined ? e.name : undefined)), location: spec.location };
}

/** A constant of a bound (casts fold away); undefined when it is an expression. */
function constant(n: Node | undefined): { value: LiteralValue } | undefined {
  if (n !== undefined && 'TypeCast' in n) return constant(n.TypeCast.arg);
  if (n === undefined || !('A_Const' in n)) return undefined;
  const c = n.A_Const;
  if (c.isnull === true) return { value: null };
  if (c.ival) return { value: c.ival.ival ?? 0 };
  if (c.sval) return { value: c.sval.sval ?? '' };
  if (c.boolval) return { value: c.boolval.boolval ?? false };
  const f = Number(c.fval?.fval);
  return Number.isFinite(f) && (!Number.isInteger(f) || Number.isSafeInteger(f)) ? { value: f } : undefined;
}

function datum(n: Node): BoundDatum | undefined {
  const word = 'ColumnRef' in n && (n.ColumnRef.fields ?? []).length === 1 ? lastString(n.ColumnRef.fields)?.toLowerCase() : undefined;
  if (word === 'minvalue' || word === 'maxvalue') return { kind: word };
  const c = constant(n);
  return c && { kind: 'value', value: c.value };
}

function all<T>(items: readonly (T | undefined)[]): T[] | undefined {
  return items.every((x) => x !== undefined) ? (items as T[]) : undefined;
}

function rangeBound(b: PartitionBoundSpec): PgBound {
  const lower = all((b.lowerdatums ?? []).map(datum));
  const upper = all((b.upperdatums ?? []).map(datum));
  return lower && upper ? { kind: 'range', lower, upper } : { kind: 'unreadable' };
}

/** Reads a PartitionBoundSpec (`FOR VALUES FROM ... TO ...`, `IN (...)`, `WITH (...)`, DEFAULT). */
export function readPartitionBound(b: PartitionBoundSpec): PgBound {
  if (b.is_default === true) return { kind: 'default' };
  if (b.strategy === 'h') return { kind: 'hash', modulus: b.modulus ?? 1, remainder: b.remainder ?? 0 };
  if (b.strategy === 'r') return rangeBound(b);
  const consts = all((b.listdatums ?? []).map(constant));
  return b.strategy === 'l' && consts ? { kind: 'list', values: consts.map((c) => c.value) } : { kind: 'unreadable' };
}
