import type { ColumnSpec } from '../../plan/index.js';
import type { Value } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { RowContext } from '../row-context.js';
import { cell, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';

type Formula = Extract<ColumnSpec, { generator: 'formula' }>;
type Term = NonNullable<Formula['sum']>[number];

/** A row's operand: its number, or NULL (text that is no number counts as NULL). */
type Read = (ctx: RowContext) => number | null;

/** Decimals the column keeps: its scale (0 for integers); undefined for floating point, which keeps every digit. */
function decimalsOf(env: CellEnv): number | undefined {
  const t = baseType(env.column.type);
  return t.kind === 'decimal' ? t.scale : t.kind === 'int' ? 0 : undefined;
}

/** `x` at `decimals`, by `round` on its digits (`toPrecision` first drops binary noise: 1.005 × 100 is 100.49999…). */
function fitted(x: number, decimals: number | undefined, round: (n: number) => number): number {
  if (decimals === undefined) return x;
  const f = 10 ** decimals;
  const digits = Number((Math.abs(x) * f).toPrecision(15));
  return (Math.sign(x) * round(digits)) / f;
}

function reader(env: CellEnv, name: string): { read: Read; index: number } {
  const index = env.indexOf(name);
  return {
    index,
    read: (ctx) => {
      const v: Value = ctx.values[index] ?? null;
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : typeof v === 'boolean' ? Number(v) : NaN;
      return Number.isNaN(n) ? null : n;
    },
  };
}

/** A term's value, or null when an operand is NULL and the column takes NULL (else a NULL counts as 0). */
function termFn(env: CellEnv, t: Term, deps: number[]): Read {
  const parts = [t.column, t.times].filter((c): c is string => c !== undefined).map((n) => reader(env, n));
  const rate = t.lessRate === undefined ? undefined : reader(env, t.lessRate);
  deps.push(...parts.map((p) => p.index), ...(rate ? [rate.index] : []));
  const per = t.ratePercent ? 100 : 1;
  const sign = (t.minus ? -1 : 1) * (t.factor ?? 1);
  const nullable = env.column.nullable;
  return (ctx) => {
    let product = sign;
    for (const p of parts) { const v = p.read(ctx); if (v === null && nullable) return null; product *= v ?? 0; }
    if (!rate) return product;
    const r = rate.read(ctx);
    return r === null && nullable ? null : product * (1 - (r ?? 0) / per);
  };
}

/** The decimals a sum keeps: the column's, or fewer where the formula rounds to fewer (`round`). */
function sumDecimals(env: CellEnv, round: number | undefined): number | undefined {
  const own = decimalsOf(env);
  return round === undefined ? own : Math.min(round, own ?? round);
}

function sumCell(env: CellEnv, s: Formula): BuiltCell {
  const deps: number[] = [];
  const fns = (s.sum ?? []).map((t) => termFn(env, t, deps));
  const decimals = sumDecimals(env, s.round);
  const plus = s.plus ?? 0;
  const f = s.fraction;
  return cell((ctx) => {
    let total = plus;
    for (const fn of fns) { const v = fn(ctx); if (v === null) return null; total += v; }
    if (!f) return fitted(total, decimals, Math.round);
    return fitted(total * (f.min + ctx.rngFor(env.key).float() * (f.max - f.min)), decimals, Math.trunc);
  }, 'number', deps);
}

type Share = 'whole' | 'zero' | 'part';

/** The share the row's status sets (`byStatus`), or undefined (the mix) for another label or NULL. */
function statusShare(env: CellEnv, s: Formula, deps: number[]): (ctx: RowContext) => Share | undefined {
  const by = s.byStatus;
  if (!by) return () => undefined;
  const index = env.indexOf(by.column);
  deps.push(index);
  const shares = new Map<string, Share>();
  for (const k of ['part', 'zero', 'whole'] as const) for (const l of by[k] ?? []) shares.set(String(l), k);
  return (ctx) => { const v = ctx.values[index]; return v === null || v === undefined ? undefined : shares.get(String(v)); };
}

/** `part` of `whole`, moved strictly between 0 and it (one step of `decimals` in from the end it reached) where the scale leaves room. */
function strictPart(part: number, whole: number, decimals: number | undefined): number {
  if (whole <= 0 || (part > 0 && part < whole)) return part;
  if (decimals === undefined) return whole / 2;
  const step = 10 ** -decimals;
  if (whole < 1.5 * step) return part;
  return part <= 0 ? step : fitted(whole - step, decimals, Math.round);
}

function shareCell(env: CellEnv, s: Formula, of: string): BuiltCell {
  const { read, index } = reader(env, of);
  const deps = [index];
  const byStatus = statusShare(env, s, deps);
  const { min, max } = s.fraction ?? { min: 0, max: 1 };
  const whole = s.wholeRate ?? 0;
  const none = s.zeroRate ?? 0;
  const decimals = decimalsOf(env);
  const drawn = (u: number): number => (u < whole ? 1 : u < whole + none ? 0 : min + ((u - whole - none) / Math.max(1e-12, 1 - whole - none)) * (max - min));
  return cell((ctx) => {
    const v = read(ctx);
    if (v === null && env.column.nullable) return null;
    const u = ctx.rngFor(env.key).float();
    const set = byStatus(ctx);
    if (set !== 'part') return fitted((v ?? 0) * (set === 'whole' ? 1 : set === 'zero' ? 0 : drawn(u)), decimals, Math.trunc);
    return strictPart(fitted((v ?? 0) * (min + u * (max - min)), decimals, Math.trunc), v ?? 0, decimals);
  }, 'number', deps);
}

/**
 * Arithmetic of the row's other columns (`formula`): the sum of its terms (each times its constant
 * `factor`) and `plus`, rounded half away from zero to the column's scale or `round`'s fewer
 * decimals (an integer column to a whole number, floating point kept as is), or with a
 * `fraction` a share of that sum drawn in it (rounded towards zero: a tax of 5–10 % of the line), or
 * a share of `of` rounded towards zero, so it never passes that column: all or none of it where
 * `byStatus` says so for the row's status, strictly part of it on its `part` labels. The operands
 * (and the status) are its dependencies, computed first; only the share draws at random.
 */
export const formulaCell: CellBuilder = (env) => {
  const s = env.spec as Formula;
  return s.of === undefined ? sumCell(env, s) : shareCell(env, s, s.of);
};
