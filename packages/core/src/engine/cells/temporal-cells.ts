import type { Value } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { daysFromIso, MS_PER_DAY } from '../../util/index.js';
import type { Rng } from '../rng.js';
import { birthDate, dateBetween, permuteIndex, timestampBetween } from '../semantic/index.js';
import { cell, type BuiltCell, type CellBuilder, type CellEnv, type Native } from './cell-env.js';
import { hasDaySlots, slotTimestampCell, steppedGaps, timeValue, type Gaps } from './slot-cells.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

export const dateCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'date'>;
  const from = daysFromIso(s.from);
  const to = daysFromIso(s.to);
  if (s.unique) return cell((ctx) => from + permuteIndex(ctx.row, to - from + 1, env.key), 'date');
  return cell((ctx) => dateBetween(ctx.rngFor(env.key), from, to), 'date');
};

export const birthDateCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'birthDate'>;
  return cell((ctx) => birthDate(ctx.rngFor(env.key), env.referenceDay, s.minAge, s.maxAge), 'date');
};

type EpochUnit = NonNullable<Spec<'timestamp'>['unit']>;

/** Milliseconds in one step of each epoch unit. */
const MS_PER_UNIT: Record<EpochUnit, number> = { epochSeconds: 1000, epochMillis: 1 };

/**
 * A timestamp in the window, whole seconds; with `unit`, the number of Unix seconds (or
 * milliseconds, drawn to the millisecond) since 1970-01-01 UTC, for an integer column; with
 * `hours`, `minuteStep` or `weekdayRate`, within those slots of the day ({@link slotTimestampCell}).
 */
export const timestampCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'timestamp'>;
  const from = daysFromIso(s.from) * MS_PER_DAY;
  const to = (daysFromIso(s.to) + 1) * MS_PER_DAY - 1000;
  if (hasDaySlots(s)) return slotTimestampCell(env, s, s.unit ? MS_PER_UNIT[s.unit] : 1);
  if (s.unit) return epochCell(env, s.unit, from, to);
  if (s.unique) return cell((ctx) => from + permuteIndex(ctx.row, (to - from) / 1000 + 1, env.key) * 1000, 'timestamp');
  return cell((ctx) => Math.floor(timestampBetween(ctx.rngFor(env.key), from, to) / 1000) * 1000, 'timestamp');
};

function epochCell(env: CellEnv, unit: EpochUnit, from: number, to: number): BuiltCell {
  const per = MS_PER_UNIT[unit];
  if (env.spec.unique) return cell((ctx) => (from + permuteIndex(ctx.row, (to - from) / 1000 + 1, env.key) * 1000) / per, 'int');
  return cell((ctx) => Math.floor(timestampBetween(ctx.rngFor(env.key), from, to) / per), 'int');
}

export const timeCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'time'>;
  return cell((ctx) => timeValue(ctx.rngFor(env.key), s), 'time');
};

const SECONDS_PER_DAY = 86_400;

/** Native form of a column for `after`: the same unit as the earlier column's values (an epoch `unit`: days of seconds or milliseconds). */
function unitOf(env: CellEnv, name: string, unit: EpochUnit | undefined): { native: Native; perGap: number } {
  if (unit) return { native: 'int', perGap: MS_PER_DAY / MS_PER_UNIT[unit] };
  const t = baseType(env.table.columns[env.indexOf(name)]?.type ?? env.column.type);
  if (t.kind === 'timestamp') return { native: 'timestamp', perGap: MS_PER_DAY };
  if (t.kind === 'date') return { native: 'date', perGap: 1 };
  if (t.kind === 'time') return { native: 'time', perGap: SECONDS_PER_DAY };
  return { native: 'number', perGap: 1 };
}

/** The last instant of the reference day in the column's form: milliseconds, days, or (epoch) `perGap` steps a day. */
function referenceEnd(env: CellEnv, native: Native, perGap: number): number {
  if (native === 'timestamp') return (env.referenceDay + 1) * MS_PER_DAY - 1000;
  return native === 'int' ? (env.referenceDay + 1) * perGap - 1 : env.referenceDay;
}

function capAtReference(env: CellEnv, native: Native, perGap: number, sub: number): (v: number, floor: number) => number {
  const ref = referenceEnd(env, native, perGap);
  const caps = /death|died|termination|terminated|return|deliver|ship|updated|modified|resolved|closed|paid|login|logged|last_?seen|last_?active|activity|visit|publish|posted|released|deleted|archived|cancel|refund|completed|approved|verified|confirmed|processed|period_?start/i.test(env.column.name);
  return caps && native !== 'number' ? (v, floor) => wrapInto(v, floor, ref, sub) : (v) => v;
}

/**
 * `v` past `ref` folded back into [floor, ref] (by its distance past `floor`), so capped values
 * stay spread, not piled on `ref` (a UNIQUE `last_login` had hundreds on one instant), in steps
 * of `sub` (whole seconds for timestamps); `floor` when the range is empty.
 */
function wrapInto(v: number, floor: number, ref: number, sub: number): number {
  if (v <= ref) return v;
  return ref > floor ? floor + Math.floor(((v - floor) % (ref - floor + 1)) / sub) * sub : Math.max(floor, ref);
}

/** The earlier value a NOT NULL column follows when the earlier one is NULL: a year before the reference date. */
function nullStandIn(env: CellEnv, native: Native, perGap: number): number {
  if (native === 'timestamp') return (env.referenceDay - 365) * MS_PER_DAY;
  if (native === 'date') return env.referenceDay - 365;
  return native === 'int' ? (env.referenceDay - 365) * perGap : 0;
}

/** A value that follows another column's value by a gap (dates: days; numbers: units). */
export const afterCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'after'>;
  const src = env.indexOf(s.column);
  const { native, perGap } = unitOf(env, s.column, s.unit);
  const sub = native === 'timestamp' ? 1000 : native === 'number' ? 0.01 : 1;
  // Steps of instants are read to whole seconds (a quarter hour written 0.010417 days is 900 s, also in epoch milliseconds).
  const grain = native === 'date' || native === 'number' ? sub : perGap / SECONDS_PER_DAY;
  const gaps = s.step === undefined ? plainGaps(env, native, perGap, sub) : steppedGaps(s, s.step, perGap, grain);
  const cap = native === 'time' ? (v: number) => Math.min(v, SECONDS_PER_DAY - 1) : capAtReference(env, native, perGap, gaps.sub);
  const fallback = nullStandIn(env, native, perGap);
  return cell((ctx) => {
    const value: Value = ctx.values[src] ?? null;
    if (typeof value !== 'number' && env.column.nullable) return null;
    const base = typeof value === 'number' ? value : fallback;
    return cap(base + gaps.draw(ctx.rngFor(env.key)), base + gaps.lowest);
  }, native, [src]);
};

/** Any gap from `minGap` to `maxGap` in whole `sub` (timestamps: seconds; a strict one at least a step). */
function plainGaps(env: CellEnv, native: Native, perGap: number, sub: number): Gaps {
  const s = env.spec as Spec<'after'>;
  const step = native === 'number' ? (baseType(env.column.type).kind === 'int' ? 1 : 0.01) : native === 'int' || native === 'time' ? 1 : perGap;
  // A gap of a fraction of a day (an appointment's quarter hour) in whole steps: seconds, not milliseconds.
  const lead = native === 'timestamp' || native === 'time' ? Math.round((s.minGap * perGap) / sub) * sub : s.minGap * perGap;
  const minGap = Math.max(lead, s.strict ? step : 0);
  return { lowest: minGap, sub, draw: (rng: Rng) => minGap + Math.floor(rng.float() * (s.maxGap * perGap - minGap + sub) / sub) * sub };
}
