import { baseType, isUnixTimestamp, type Column, type LogicalType } from '../../schema/index.js';
import { addYearsIso, daysFromIso } from '../../util/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { columnContext, findColumn, wordsOf, type ColumnContext } from './column-context.js';
import { withDaySlots } from './day-slots.js';
import { firstByAlternatives, sameStemSibling } from './earlier-sibling.js';
import { lifecycleEarlier, type Earlier } from './lifecycle-chain.js';
import { shortSpan } from './short-span.js';
import { specDays, withinUnixTime, type DayRange, type UnixTimeEnv } from './unix-time-window.js';

type Window = readonly [number, number];
/** [later-name pattern, earlier-name pattern, min gap, max gap] in days. */
type Pair = readonly [RegExp, RegExp, number, number];

/** Suffixes a point-in-time column name may end in (`created_at`, `order_date`, `ShippedDate`). */
const AT = '(_?(date|at|on|time|timestamp|dt))?$';
const CREATED = `(^|_)(created|inserted|added|create|creation|joined|registered|signed_?up)${AT}`;

export const DATE_PAIRS: readonly Pair[] = [
  [/^(end|ends|finish|completion|completed|ended|end_?time)(_?(date|at|on|time))?$|_end_date$|^end_/, /^(start|begin|started|starts|start_?time)(_?(date|at|on|time))?$|_start_date$|^start_/, 1, 365],
  [/death|died|deceased/, /birth|^dob$|born/, 40 * 365, 95 * 365],
  [/termination|terminated|leave_?date|separation|resign/, /hire|hired|join|joined|employment_?start|start_?date/, 60, 3650],
  [/ship(ped|ping)?_?(date|at|on)?$/, /^(order(ed)?|placed)_?(date|at|on)?$|purchase|created_?at/, 0, 5],
  [/deliver(y|ed)_?(date|at|on)?$/, /ship(ped|ping)?_?(date|at|on)?$/, 1, 7],
  [/deliver(y|ed)_?(date|at|on)?$/, /^(order(ed)?|placed)_?(date|at|on)?$/, 1, 7],
  [/^required(_?(date|at|on|by))?$/, /^(order(ed)?|placed)_?(date|at|on)?$/, 7, 42],
  [/^due(_?(date|at|on))?$/, /loan|borrow|checkout|check_?out|issue|invoice|order/, 14, 21],
  [/return(ed)?_?(date|at|on)?$/, /loan|borrow|checkout|check_?out|rental|issue/, 1, 30],
  [new RegExp(`(updated|modified|changed|last_?update|last_?updated|last_?modified)${AT}`), new RegExp(CREATED), 0, 365],
  [/^(published|posted|released|went_?live)_?at$/, new RegExp(CREATED), 0, 30],
  [/expir|valid_?(until|to)|expires/, /issue|valid_?from|effective|start|created|purchase/, 365, 1825],
  [/paid|payment_?date|settled/, /invoice|billed|order|created/, 0, 45],
  [/(resolved|closed)(_?(at|on|date))?$/, /(opened|reported|created)(_?(at|on|date))?$/, 0, 30],
  [new RegExp(`^(deleted|archived|closed|cancell?ed|deactivated|last_?(login|logged_?in|seen|active|activity|visit|visited|sign_?in))${AT}`), new RegExp(CREATED), 0, 730],
  [/(^|_)(to|until|thru|through)(_?(date|at|on|time))?$|^date_?(to|until)$/, /(^|_)(from|since)(_?(date|at|on|time))?$|^date_?from$|^effective/, 1, 730],
  // A billing period's start (`current_period_start`) within a month of the subscription's: never before it.
  [/(^|_)period_?(start|begin)s?(_?(date|at|on|time))?$/, /^(started|start|subscribed|activated|subscription_?start(ed)?)(_?(date|at|on|time))?$/, 0, 30],
  // Its end a month on (a CHECK that orders the two still decides where there is one).
  [/(^|_)period_?ends?(_?(date|at|on|time))?$/, /(^|_)period_?(start|begin)s?(_?(date|at|on|time))?$/, 28, 31],
  [/check_?out/, /check_?in/, 1, 14],
  [/arriv/, /depart/, 0, 2],
];

/** Years before (negative) or after the reference date a column's window starts and ends, by its name's words (`published_date` of a book reaches back 75 years; a post's `published_at` does not). */
export function windowFor(words: readonly string[]): Window {
  const key = words.join('_');
  if (/publi|release|copyright/.test(key) && !/_at$/.test(key)) return [-75, 0];
  if (/hire|join|employment|enrol|registration|registered|member_?since|signup|created|opened|established|founded/.test(key)) return [-8, 0];
  if (/expir|valid_?until|renewal|due|scheduled|appointment/.test(key)) return [0, 2];
  if (/order|purchase|review|loan|borrow|payment|invoice|transaction|visit|login|event|shipment/.test(key)) return [-2, 0];
  return [-5, 0];
}

export type { Earlier } from './lifecycle-chain.js';

const gapAfter = (column: Column, [, , minGap, maxGap]: Pair): Earlier => ({ column: column.name, minGap, maxGap });

/** What pairing reads: the column's own words, the columns it may follow, and the words each of those is matched by. */
export interface PairScope {
  readonly key: string;
  readonly columns: readonly Column[];
  readonly keyOf: (c: Column) => string;
}

/** The date and timestamp columns besides this one, matched by their names' words. */
function temporalScope(ctx: ColumnContext): PairScope {
  const columns = ctx.table.columns.filter((c) => c.name !== ctx.column.name && isTemporal(c.type.kind));
  return { key: ctx.words.join('_'), columns, keyOf: (c) => wordsOf(c.name).join('_') };
}

/**
 * The earlier column this one must follow, with the gap in days: the nearest earlier stage of
 * an order's lifecycle ({@link lifecycleEarlier}: `shipped_at` after `paid_at` after
 * `ordered_at`), else the sibling of the same stem (`date_to` → `date_from`) when a pair names
 * both, else the first column by the earlier pattern's alternatives. `scope` defaults to the
 * table's other date and timestamp columns.
 */
export function pairedEarlier(ctx: ColumnContext, scope: PairScope = temporalScope(ctx)): Earlier | undefined {
  const chained = lifecycleEarlier(scope.key, ctx.column.nullable, scope.columns, scope.keyOf);
  if (chained) return chained;
  const pairs = DATE_PAIRS.filter(([later]) => later.test(scope.key));
  const stem = sameStemSibling(ctx.column.name, scope.columns);
  const own = stem && pairs.find(([, earlier]) => earlier.test(scope.keyOf(stem)));
  if (stem && own) return gapAfter(stem, own);
  for (const pair of pairs) {
    const found = firstByAlternatives(pair[1], scope.columns, scope.keyOf);
    if (found) return gapAfter(found, pair);
  }
  return undefined;
}

function isTemporal(kind: string): boolean {
  return kind === 'date' || kind === 'timestamp' || kind === 'domain';
}

function windowSpec(ctx: ColumnContext, kind: 'date' | 'timestamp'): Extract<ColumnSpec, { generator: 'date' | 'timestamp' }> {
  const [a, b] = windowFor(ctx.words);
  return { generator: kind, from: addYearsIso(ctx.referenceDate, a), to: addYearsIso(ctx.referenceDate, b) };
}

function namedTemporal(ctx: ColumnContext, kind: 'date' | 'timestamp'): ColumnSpec {
  const key = ctx.words.join('_');
  const paired = pairedEarlier(ctx);
  const pair = paired && shortSpan(ctx, paired);
  if (pair) return { generator: 'after', column: pair.column, minGap: pair.minGap, maxGap: pair.maxGap, strict: false, ...(pair.step === undefined ? {} : { step: pair.step }) };
  if (/birth|^dob$|born/.test(key)) return { generator: 'birthDate', minAge: 18, maxAge: 90 };
  const spec = windowSpec(ctx, kind);
  return spec.generator === 'timestamp' ? withDaySlots(ctx, spec) : spec;
}

/** Pairs chained further than this (delivered after shipped after ordered …) are not followed. */
const MAX_CHAIN = 8;

function temporalKind(t: LogicalType): 'date' | 'timestamp' | undefined {
  const b = baseType(t);
  return b.kind === 'date' || b.kind === 'timestamp' ? b.kind : undefined;
}

function unixEnv(ctx: ColumnContext, kind: 'date' | 'timestamp', depth: number): UnixTimeEnv {
  return { referenceDate: ctx.referenceDate, earlierDays: (name) => earlierDays(ctx, name, depth + 1), fallback: () => windowSpec(ctx, kind) };
}

/** The engine's stand-in for a NULL earlier value of a NOT NULL column is a year before the reference date. */
export function withNullStandIn(ctx: ColumnContext, earlier: Column, [lo, hi]: DayRange): DayRange {
  if (ctx.column.nullable || !earlier.nullable) return [lo, hi];
  const standIn = daysFromIso(ctx.referenceDate) - 365;
  return [Math.min(lo, standIn), Math.max(hi, standIn)];
}

/** The days an earlier column's inferred values fall on; a unique DATE reaches back a day a row. */
function earlierDays(ctx: ColumnContext, name: string, depth: number): DayRange | undefined {
  const column = findColumn(ctx.table, name);
  const kind = column ? temporalKind(column.type) : undefined;
  if (!column || !kind || depth > MAX_CHAIN) return undefined;
  const sub = columnContext(ctx.table, column, ctx.referenceDate, ctx.rows);
  const spec = inferTemporal(sub, kind, depth);
  const days = specDays(spec, unixEnv(sub, kind, depth));
  if (!days) return undefined;
  const lo = sub.unique && spec.generator === 'date' ? Math.min(days[0], days[1] - ctx.rows + 1) : days[0];
  return withNullStandIn(ctx, column, [lo, days[1]]);
}

/**
 * Infers a date or timestamp generator: birth dates, plausible windows, ordered pairs. A MySQL
 * TIMESTAMP is kept within 1970…2038 ({@link withinUnixTime}). `depth` counts the pairs followed.
 */
export function inferTemporal(ctx: ColumnContext, kind: 'date' | 'timestamp', depth = 0): ColumnSpec {
  const spec = namedTemporal(ctx, kind);
  return isUnixTimestamp(ctx.column.type) ? withinUnixTime(spec, unixEnv(ctx, kind, depth)) : spec;
}
