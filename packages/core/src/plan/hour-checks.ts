import type { Expr, Table } from '../schema/index.js';
import { findColumn } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { conjuncts } from './compile-checks.js';

/** Hours of the day a CHECK allows a column, both ends included. */
interface HourBound { readonly column: string; readonly lo: number; readonly hi: number }

/** `EXTRACT(HOUR FROM col) BETWEEN a AND b` or `… <op> n` left as raw SQL (both readers now read EXTRACT as `date_part`; kept for CHECKs written in ways they do not translate). */
const EXTRACT_HOUR = /^\s*\(?\s*extract\s*\(\s*hour\s+from\s+[`"[]?(\w+)[`"\]]?\s*\)\s*(?:between\s+(\d+)\s+and\s+(\d+)|(>=|<=|<|>|=)\s*(\d+))\s*\)?\s*$/i;

function byOp(column: string, op: string, n: number): HourBound | undefined {
  if (op === '>=' || op === '>') return { column, lo: op === '>' ? n + 1 : n, hi: 23 };
  if (op === '<=' || op === '<') return { column, lo: 0, hi: op === '<' ? n - 1 : n };
  return op === '=' ? { column, lo: n, hi: n } : undefined;
}

const FLIPPED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };

/** The column of `date_part('hour', col)`, `DATEPART(hour, col)` or MySQL `HOUR(col)`. */
function hourColumn(e: Expr): string | undefined {
  if (e.kind !== 'call') return undefined;
  const [a, b] = e.args;
  const name = e.name.toLowerCase();
  if (name === 'hour' && a?.kind === 'column' && b === undefined) return a.name;
  const unit = a?.kind === 'literal' ? String(a.value) : a?.kind === 'column' ? a.name : '';
  return (name === 'date_part' || name === 'datepart') && /^(hour|hh)$/i.test(unit) && b?.kind === 'column' ? b.name : undefined;
}

const numberOf = (e: Expr): number | undefined => (e.kind === 'literal' && typeof e.value === 'number' ? e.value : undefined);

function rawBound(sql: string): HourBound | undefined {
  const m = EXTRACT_HOUR.exec(sql);
  if (!m) return undefined;
  const column = m[1] as string;
  return m[2] !== undefined ? { column, lo: Number(m[2]), hi: Number(m[3]) } : byOp(column, m[4] as string, Number(m[5]));
}

function hourBound(e: Expr): HourBound | undefined {
  if (e.kind === 'raw') return rawBound(e.sql);
  if (e.kind === 'between' && !e.negated) {
    const column = hourColumn(e.operand);
    const [lo, hi] = [numberOf(e.low), numberOf(e.high)];
    return column && lo !== undefined && hi !== undefined ? { column, lo, hi } : undefined;
  }
  if (e.kind !== 'binary' || !(e.op in FLIPPED)) return undefined;
  const [l, r] = [hourColumn(e.left), hourColumn(e.right)];
  const n = l ? numberOf(e.right) : numberOf(e.left);
  if (n === undefined) return undefined;
  return l ? byOp(l, e.op, n) : r ? byOp(r, FLIPPED[e.op] as string, n) : undefined;
}

/** `spec`'s hours within `[lo, hi]`: those it had there, else the CHECK's own (an hour CHECK of 19–22 on an office-hours start). */
function narrowed(spec: Extract<ColumnSpec, { generator: 'timestamp' }>, lo: number, hi: number): ColumnSpec {
  const all = Array.from({ length: 24 }, (_, h) => h).filter((h) => h >= lo && h <= hi);
  const kept = (spec.hours ?? all).filter((h) => h >= lo && h <= hi);
  if (all.length === 0) return spec;
  return { ...spec, hours: kept.length > 0 ? kept : all };
}

/**
 * Reads CHECKs on a timestamp's hour into its `hours`: `EXTRACT(HOUR FROM starts_at) BETWEEN 8
 * AND 17`, `date_part('hour', t) < 18`, MySQL `HOUR(t) >= 9` (top-level AND conjuncts only). The
 * engine cannot evaluate them, so a value outside had made the load fail.
 *
 * @example
 * ```ts
 * applyHourChecks(table, specs) // starts_at: { generator: 'timestamp', …, hours: [9, …, 16] }
 * ```
 */
export function applyHourChecks(table: Table, specs: Record<string, ColumnSpec>): void {
  for (const check of table.checks) {
    for (const b of conjuncts(check.expr).map(hourBound)) {
      const name = b ? findColumn(table, b.column)?.name : undefined;
      const spec = name ? specs[name] : undefined;
      if (b && name && spec?.generator === 'timestamp') specs[name] = narrowed(spec, b.lo, b.hi);
    }
  }
}
