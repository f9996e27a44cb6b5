import { findColumn, UNIX_TIMESTAMP_DAYS } from '../../schema/index.js';
import { addYearsIso, daysFromIso, isoFromDays } from '../../util/index.js';
import type { ColumnSpec, EpochUnit } from '../column-spec.js';
import { columnContext, type ColumnContext } from './column-context.js';
import { endsIn2038, epochUnitOf, instantKey } from './epoch-names.js';
import { pairedEarlier, windowFor, withNullStandIn, type PairScope } from './infer-date.js';
import { specDays, withinUnixTime, type DayRange, type UnixTimeEnv } from './unix-time-window.js';

type Window = Extract<ColumnSpec, { generator: 'timestamp' }>;

/** Pairs chained further than this are not followed (as for dates). */
const MAX_CHAIN = 8;

/** The table's other integer columns that hold instants in the same unit, matched by their instant words (`updated_ts` → updated). */
function epochScope(ctx: ColumnContext, unit: EpochUnit): PairScope {
  const columns = ctx.table.columns.filter((c) => c.name !== ctx.column.name && epochUnitOf(ctx.table, c) === unit);
  return { key: instantKey(ctx.column.name), columns, keyOf: (c) => instantKey(c.name) };
}

function windowSpec(ctx: ColumnContext, unit: EpochUnit): Window {
  const [a, b] = windowFor([instantKey(ctx.column.name)]);
  return { generator: 'timestamp', from: addYearsIso(ctx.referenceDate, a), to: addYearsIso(ctx.referenceDate, b), unit };
}

/** A window, or (not for a key, whose values must differ) the gap after the earlier instant its name pairs with. */
function namedEpoch(ctx: ColumnContext, unit: EpochUnit): ColumnSpec {
  const pair = ctx.unique ? undefined : pairedEarlier(ctx, epochScope(ctx, unit));
  if (pair) return { generator: 'after', column: pair.column, minGap: pair.minGap, maxGap: pair.maxGap, strict: false, unit };
  return windowSpec(ctx, unit);
}

/** A window starting before 1970 starts on 1970-01-02 (Unix time counts from 1970). */
function sinceEpoch(spec: ColumnSpec): ColumnSpec {
  if (spec.generator !== 'timestamp') return spec;
  const from = Math.max(daysFromIso(spec.from), UNIX_TIMESTAMP_DAYS[0]);
  return { ...spec, from: isoFromDays(from), to: isoFromDays(Math.max(daysFromIso(spec.to), from)) };
}

function unixEnv(ctx: ColumnContext, unit: EpochUnit, depth: number): UnixTimeEnv {
  return { referenceDate: ctx.referenceDate, earlierDays: (name) => earlierDays(ctx, name, depth + 1), fallback: () => windowSpec(ctx, unit) };
}

/** The days an earlier instant column's inferred values fall on. */
function earlierDays(ctx: ColumnContext, name: string, depth: number): DayRange | undefined {
  const column = findColumn(ctx.table, name);
  const unit = column && epochUnitOf(ctx.table, column);
  if (!column || !unit || depth > MAX_CHAIN) return undefined;
  const sub = columnContext(ctx.table, column, ctx.referenceDate, ctx.rows);
  const days = specDays(epochSpec(sub, unit, depth), unixEnv(sub, unit, depth));
  return days && withNullStandIn(ctx, column, days);
}

/** The spec of an instant column: kept within 1970…2038 for 32-bit types, after 1970 otherwise; a key's seconds distinct. */
function epochSpec(ctx: ColumnContext, unit: EpochUnit, depth: number): ColumnSpec {
  const spec = namedEpoch(ctx, unit);
  const fitted = endsIn2038(ctx.column) ? withinUnixTime(spec, unixEnv(ctx, unit, depth)) : sinceEpoch(spec);
  return ctx.unique && fitted.generator === 'timestamp' ? { ...fitted, unique: true } : fitted;
}

/**
 * The generator of an integer column that holds Unix time ({@link epochUnitOf}): a timestamp
 * window written as seconds or milliseconds (`unit`), or the gap after an earlier instant of the
 * same unit as timestamp pairs have (`updated_at` after `created_at`); undefined for other columns.
 *
 * @example
 * ```ts
 * inferEpoch(ctxOf('created_at INTEGER')) // { generator: 'timestamp', from: '2018-01-01', to: '2026-01-01', unit: 'epochSeconds' }
 * ```
 */
export function inferEpoch(ctx: ColumnContext): ColumnSpec | undefined {
  const unit = epochUnitOf(ctx.table, ctx.column);
  return unit && epochSpec(ctx, unit, 0);
}
