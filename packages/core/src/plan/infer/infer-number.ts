import type { LogicalType } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { columnContext, type ColumnContext } from './column-context.js';
import { tableFormulas, type TableFormulas } from './infer-formula.js';
import { inferEpoch } from './infer-epoch.js';
import { flagSpec, headcountRange, smallDefault } from './int-hints.js';
import { typeBounds } from './type-bounds.js';
import { rateRange } from './rate-ranges.js';

export { typeBounds } from './type-bounds.js';

type Range = readonly [number, number];
type Style = 'uniform' | 'price' | 'amount' | 'rating';
type NumberRule = readonly [RegExp, Range, Style];

const NUMBER_RULES: readonly NumberRule[] = [
  [/rating|stars|score/, [1, 5], 'rating'],
  [/salary|wage|income|compensation/, [32000, 185000], 'amount'],
  [/budget|revenue|funding/, [10000, 2500000], 'amount'],
  [/coverage|insured|limit/, [5000, 500000], 'amount'],
  [/fine|penalty|late_?fee/, [0.25, 45], 'price'],
  [/subtotal|line_?total/, [4, 180], 'price'],
  [/shipping|freight|delivery_?fee|postage/, [0, 25], 'price'],
  [/total|amount|balance|payment|charge|grand/, [8, 450], 'amount'],
  [/(exchange|fx|conversion)_?rate$/, [0.5, 1.6], 'uniform'],
  [/(hourly|pay|billing|labou?r)_?rate$|hourly_?wage/, [15, 150], 'price'],
  [/price|cost|fee|fare|rate$/, [2, 95], 'price'],
  [/hours|hrs/, [1, 1600], 'uniform'],
  [/discount|percent|pct|ratio/, [0, 50], 'uniform'],
  [/lat(itude)?$/, [25, 48], 'uniform'],
  [/lon(gitude)?$|lng$/, [-123, -71], 'uniform'],
  [/weight|kg|lbs/, [0.2, 80], 'uniform'],
  [/gpa/, [1.5, 4], 'uniform'],
  [/tax/, [0, 40], 'price'],
];

type IntRule = readonly [RegExp, Range, 'uniform' | 'small'];

/** Columns named for a year, and MySQL YEAR columns whose name says nothing else. */
const YEAR_RULE: IntRule = [/year/, [1950, 2026], 'uniform'];

const INT_RULES: readonly IntRule[] = [
  // Calendar and clock fields (a store's `weekday` was 1…1000).
  [/^(weekday|week_?day|day_?of_?week|dow|day_?num)$/, [0, 6], 'uniform'],
  [/^(month|month_?num(ber)?|month_?of_?year|birth_?month)$/, [1, 12], 'uniform'],
  [/^(day_?of_?month|birth_?day|dom)$/, [1, 28], 'uniform'],
  [/^(hour|hour_?of_?day|start_?hour|end_?hour|open_?hour|close_?hour)$/, [0, 23], 'uniform'],
  [/^(minute|minute_?of_?hour)$/, [0, 59], 'uniform'],
  [/^(quarter|fiscal_?quarter|qtr)$/, [1, 4], 'uniform'],
  [/^(week|week_?num(ber)?|week_?of_?year|iso_?week)$/, [1, 52], 'uniform'],
  [/^(heart_?rate|pulse(_?rate)?|bpm|resting_?heart_?rate)$/, [50, 160], 'uniform'],
  [/^(respiratory_?rate|respiration_?rate|breathing_?rate)$/, [12, 24], 'uniform'],
  [/^(frame_?rate|fps)$/, [24, 60], 'uniform'],
  [/rating|stars|score|priority|level|grade/, [1, 5], 'uniform'],
  [/pages/, [48, 1200], 'uniform'],
  [/age$/, [18, 90], 'uniform'],
  YEAR_RULE,
  [/attempts?$|retries|retry_?count|tries$|failures$|failed_?count/, [0, 5], 'small'],
  [/available|in_?stock|on_?hand/, [0, 20], 'small'],
  [/quantity|qty|count|copies|number_of|num_|units|items/, [1, 12], 'small'],
  [/stock|inventory/, [0, 500], 'uniform'],
  [/capacity|seats/, [10, 400], 'uniform'],
  [/minutes|duration/, [5, 240], 'uniform'],
  [/hours/, [1, 60], 'uniform'],
  [/percent|pct/, [0, 100], 'uniform'],
  [/floor/, [1, 20], 'uniform'],
  [/salary|wage|income|compensation/, [32000, 185000], 'uniform'],
  [/salary|amount|price|cost|budget/, [100, 100000], 'uniform'],
];

function clampRange([lo, hi]: Range, [tlo, thi]: Range): Range {
  const a = Math.max(lo, tlo);
  const b = Math.min(hi, thi);
  return a <= b ? [a, b] : [Math.max(0, tlo), Math.min(thi, Math.max(0, tlo) + 100)];
}

function match<T extends readonly [RegExp, ...unknown[]]>(rules: readonly T[], key: string): T | undefined {
  return rules.find(([p]) => p.test(key));
}

/**
 * Infers a generator for an integer column: Unix time for an instant ({@link inferEpoch}), a
 * formula of the row's other numbers ({@link tableFormulas}), else by its name and type.
 */
export function inferInt(ctx: ColumnContext): ColumnSpec {
  const epoch = inferEpoch(ctx);
  if (epoch) return epoch;
  return formulaFor(ctx) ?? asOperand(ctx, plainInt(ctx));
}

function plainInt(ctx: ColumnContext): ColumnSpec {
  const bounds = typeBounds(ctx.column.type);
  if (ctx.unique) return uniqueInt(bounds, ctx.rows);
  const rule = intRuleFor(ctx);
  if (rule === undefined) return flagSpec(ctx, bounds) ?? unnamedInt(ctx, bounds);
  const [min, max] = clampRange(rule[1], bounds);
  return { generator: 'int', min, max, skew: rule[2] };
}

/** The rule for an integer column: a year by its type, a head count by its name and table (`headcountRange`), else by its name. */
function intRuleFor(ctx: ColumnContext): IntRule | undefined {
  if (isYear(ctx.column.type)) return YEAR_RULE;
  const headcount = headcountRange(ctx);
  return headcount ? [/./, headcount, 'small'] : match(INT_RULES, ctx.words.join('_'));
}

/** An integer the name says nothing about: a few values from a small DEFAULT up (mostly the DEFAULT), else 1…1000. */
function unnamedInt(ctx: ColumnContext, bounds: Range): ColumnSpec {
  const n = smallDefault(ctx);
  const [min, max] = clampRange(n === undefined ? [1, 1000] : [n, n + 5], bounds);
  return { generator: 'int', min, max, skew: n === undefined ? 'uniform' : 'small' };
}

/** From 1 (or the type's least value) up to ten times the rows; the type's whole range when that is too few. */
export function uniqueInt([lo, hi]: Range, rows: number): ColumnSpec {
  const start = Math.max(1, lo);
  const min = hi - start + 1 < rows ? lo : start;
  const max = Math.min(hi, Math.max(min + 999, min + rows * 10 - 1));
  return { generator: 'int', min, max, skew: 'uniform', unique: true };
}

const isYear = (t: LogicalType): boolean => { const b = baseType(t); return b.kind === 'int' && b.year === true; };

/** Infers a generator for a decimal or floating-point column: a formula of the row's other numbers ({@link tableFormulas}), else by its name. */
export function inferNumber(ctx: ColumnContext): ColumnSpec {
  return formulaFor(ctx) ?? asOperand(ctx, plainNumber(ctx));
}

function plainNumber(ctx: ColumnContext): ColumnSpec {
  const rate = rateRange(ctx, baseType(ctx.column.type).kind === 'float');
  const rule: NumberRule | undefined = rate ? [/./, rate, 'uniform'] : match(NUMBER_RULES, ctx.words.join('_'));
  const [min, max] = clampRange(rule?.[1] ?? [0, 1000], typeBounds(ctx.column.type));
  return { generator: 'number', min, max, style: rule?.[2] ?? 'uniform', ...(ctx.unique ? { unique: true } : {}) };
}

/** The table's arithmetic, its plain columns' ranges read as this file infers them. */
function formulasOf(ctx: ColumnContext): TableFormulas {
  return tableFormulas(ctx.table, (column) => {
    const c = columnContext(ctx.table, column, ctx.referenceDate, ctx.rows);
    const spec = baseType(column.type).kind === 'int' ? plainInt(c) : plainNumber(c);
    return spec.generator === 'int' || spec.generator === 'number' ? [spec.min, spec.max] : undefined;
  });
}

function formulaFor(ctx: ColumnContext): ColumnSpec | undefined {
  return ctx.unique ? undefined : formulasOf(ctx).specs.get(ctx.column.name.toLowerCase());
}

/** A column a formula reads, in the range the formula needs (a price low enough for the line total's type), on the step its CHECK needs (whole prices for an integer total). */
function asOperand(ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  if (ctx.unique || (spec.generator !== 'int' && spec.generator !== 'number')) return spec;
  const { ranges, steps } = formulasOf(ctx);
  const range = ranges.get(ctx.column.name.toLowerCase());
  const step = spec.generator === 'number' ? steps.get(ctx.column.name.toLowerCase()) : undefined;
  return { ...spec, ...(range ? { min: range[0], max: range[1] } : {}), ...(step === undefined ? {} : { step }) };
}
