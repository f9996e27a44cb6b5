import { RowforgeError } from '../errors/index.js';
import type { Column, Expr, Table } from '../schema/index.js';
import { baseType, checkLabel, columnsOf, findColumn, flipComparison, intRange, UNIX_TIMESTAMP_DAYS, type OrderOp } from '../schema/index.js';
import { daysFromIso, intervalMs, isoFromDays, MS_PER_DAY } from '../util/index.js';
import type { ColumnSpec } from './column-spec.js';
import { applyTextRules } from './apply-text-rules.js';
import { numbersForCastText } from './cast-bounds.js';
import { enumComparisonsAsLists, enumLabelsOf } from './enum-order.js';
import { isoDatesForText } from './iso-text-dates.js';
import { fittingLabels, listSpec } from './list-spec.js';
import { applyJsonCheck, jsonCheckedColumn } from './json-checks.js';
import { CLOCK_LOWER_AHEAD_DAYS, clockUpperBound, nowAsReference } from './now-bounds.js';
import { settlePairedBounds } from './paired-literal-bounds.js';
import { temporalKind } from './temporal-kind.js';
import { unlessNull } from './null-guard.js';
import { FALLBACK_REFERENCE_DATE } from './reference-date.js';
import { caseFunctionOf, collectTextRule, inCase, type TextRules } from './text-checks.js';

type Specs = Record<string, ColumnSpec>;
type Cmp = OrderOp;

/** Splits a CHECK into its top-level AND conjuncts. */
export function conjuncts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'and' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

function literalOf(e: Expr): number | string | undefined {
  if (e.kind === 'literal' && (typeof e.value === 'number' || typeof e.value === 'string')) return e.value;
  if (e.kind === 'negate' && e.operand.kind === 'literal' && typeof e.operand.value === 'number') return -e.operand.value;
  if (e.kind === 'cast') return literalOf(e.operand);
  return undefined;
}

function columnOf(e: Expr, self?: string): string | undefined {
  if (e.kind === 'column') return e.name;
  if (e.kind === 'value') return self;
  return e.kind === 'cast' ? columnOf(e.operand, self) : undefined;
}

/**
 * The column of `UPPER(col) IN ('SC', 'VC')` (AdventureWorks) when every value is already in that
 * case: drawing the values themselves passes the CHECK.
 */
function foldedInColumn(e: Expr, values: readonly Expr[], self?: string): string | undefined {
  const textCase = caseFunctionOf(e);
  const col = textCase && e.kind === 'call' ? columnOf(e.args[0] as Expr, self) : undefined;
  const lits = values.map(literalOf);
  return col && textCase && lits.every((v) => typeof v === 'string' && inCase(v, textCase) === v) ? col : undefined;
}

interface Bound { lo: number; hi: number }
interface Ctx {
  readonly table: Table; readonly specs: Specs; readonly label: string; readonly self?: string;
  readonly bounds: Map<string, Bound>; readonly textRules: TextRules;
  /** Columns an IN-list (or their type) already limits to an enum's values: a later list narrows them further. */
  readonly listed: Set<string>;
  /** Literal bounds (epoch days) on date and timestamp columns, over all CHECKs: settled at the end for columns that follow another (`settlePairedBounds`). */
  readonly dayBounds: Map<string, Bound>;
}

function unsatisfiable(ctx: Ctx, col: string): never {
  throw new RowforgeError('CHECK_UNSATISFIABLE', `no value of "${ctx.table.name}.${col}" satisfies ${ctx.label}`, {
    table: ctx.table.name, column: col, constraint: ctx.label, hint: 'fix the CHECK so that some value passes it',
  });
}

/** Records `col <op> literal` as a hard bound; bounds are applied once all conjuncts are read. */
function applyBound(ctx: Ctx, col: string, op: Cmp, lit: number | string): void {
  const given = ctx.specs[col];
  const column = findColumn(ctx.table, col);
  if (!given || !column) return;
  const spec = isoDatesForText(column, given, lit, op === '>' || op === '>=' ? 'after' : 'before') ?? given;
  if (spec !== given) ctx.specs[col] = spec;
  const temporal = spec.generator === 'date' || spec.generator === 'timestamp' || (spec.generator === 'after' && temporalKind(column) !== undefined);
  const v = temporal && typeof lit === 'string' ? daysFromIso(lit.slice(0, 10)) : Number(lit);
  if (Number.isNaN(v)) return;
  const step = temporal ? 1 : stepOf(column);
  const b = ctx.bounds.get(column.name) ?? { lo: -Infinity, hi: Infinity };
  if (op === '>' || op === '>=' || op === '=') b.lo = Math.max(b.lo, op === '>' ? v + step : v);
  if (op === '<' || op === '<=' || op === '=') b.hi = Math.min(b.hi, op === '<' ? v - step : v);
  ctx.bounds.set(column.name, b);
}

function stepOf(column: Column): number {
  const t = baseType(column.type);
  if (t.kind === 'int') return 1;
  if (t.kind === 'decimal') return 10 ** -t.scale;
  return 1e-6;
}

/**
 * Keeps the inferred range where it fits the CHECK; otherwise the CHECK's own range wins. With
 * `signed`, on the inferred range's side of zero where the CHECK allows: ages under 18 are
 * 0…17, not −55…17 (a lone upper bound no longer reaches below zero for a range above it).
 */
function fitRange(min: number, max: number, lo: number, hi: number, signed = false): [number, number] {
  const a = Math.max(min, lo);
  const b = Math.min(max, hi);
  if (a <= b) return [a, b];
  const width = Math.max(1, max - min);
  const floor = signed && min >= 0 && hi > 0 ? 0 : -Infinity;
  const ceiling = signed && max <= 0 && lo < 0 ? 0 : Infinity;
  return Number.isFinite(lo) ? [lo, Math.min(hi, lo + width, ceiling)] : [Math.max(lo, hi - width, floor), hi];
}

function narrowSequence(spec: Extract<ColumnSpec, { generator: 'sequence' }>, lo: number, hi: number): ColumnSpec {
  const start = Math.max(spec.start, Math.ceil(lo));
  const max = Math.min(spec.max ?? Infinity, Math.floor(hi));
  return { ...spec, start, ...(Number.isFinite(max) ? { max } : {}) };
}

function narrow(spec: ColumnSpec, lo: number, hi: number): ColumnSpec | undefined {
  if (spec.generator === 'sequence') return narrowSequence(spec, lo, hi);
  if (spec.generator === 'int' || spec.generator === 'number') {
    const [min, max] = fitRange(spec.min, spec.max, lo, hi, true);
    return { ...spec, min, max };
  }
  if (spec.generator === 'date' || spec.generator === 'timestamp') {
    const [from, to] = fitRange(daysFromIso(spec.from), daysFromIso(spec.to), lo, hi);
    return { ...spec, from: isoFromDays(from), to: isoFromDays(to) };
  }
  return undefined;
}

/**
 * The values a column's type can hold: SMALLINT −32768…32767, DECIMAL(5,2) ±999.99, MySQL
 * TIMESTAMP's days 1970-01-02…2038-01-18 (else unbounded).
 */
function typeRange(column: Column | undefined): readonly [number, number] {
  const t = column ? baseType(column.type) : undefined;
  if (t?.kind === 'int') return intRange(t);
  if (t?.kind === 'timestamp' && t.unix === true) return UNIX_TIMESTAMP_DAYS;
  if (t?.kind === 'decimal') { const top = 10 ** (t.precision - t.scale) - 10 ** -t.scale; return [-top, top]; }
  return [-Infinity, Infinity];
}

/** An int, number or date range cut to what the type holds (the CHECK's range is fitted first, so a lone upper bound keeps its values near it). */
function clampToType(spec: ColumnSpec, [min, max]: readonly [number, number]): ColumnSpec {
  if (spec.generator === 'date' || spec.generator === 'timestamp') {
    return { ...spec, from: isoFromDays(Math.max(daysFromIso(spec.from), min)), to: isoFromDays(Math.min(daysFromIso(spec.to), max)) };
  }
  if (spec.generator !== 'int' && spec.generator !== 'number') return spec;
  return { ...spec, min: Math.max(spec.min, min), max: Math.min(spec.max, max) };
}

/**
 * A column that follows another (`m BETWEEN n AND 10`) keeps its literal top: the column it
 * follows is kept at or below it, and the gap within half the room left, so most draws pass and
 * the engine's redraws take the rest (the bound had been dropped: CHECK_REDRAW_EXHAUSTED).
 */
function narrowAfter(ctx: Ctx, spec: Extract<ColumnSpec, { generator: 'after' }>, hi: number): ColumnSpec | undefined {
  const earlier = ctx.specs[spec.column];
  if (!Number.isFinite(hi) || (earlier?.generator !== 'int' && earlier?.generator !== 'number')) return undefined;
  const max = Math.min(earlier.max, hi);
  const min = Math.min(earlier.min, max);
  ctx.specs[spec.column] = { ...earlier, min, max };
  return { ...spec, maxGap: Math.min(spec.maxGap, Math.max(0, (hi - min) / 2)) };
}

/** Keeps a date or timestamp column's literal bound for `settlePairs`. */
function keepDayBound(ctx: Ctx, column: Column | undefined, { lo, hi }: Bound): void {
  if (!column || !temporalKind(column)) return;
  const had = ctx.dayBounds.get(column.name) ?? { lo: -Infinity, hi: Infinity };
  ctx.dayBounds.set(column.name, { lo: Math.max(had.lo, lo), hi: Math.min(had.hi, hi) });
}

/** Literal bounds on columns generated `after` another, settled once every CHECK is read (`settlePairedBounds`). */
function settlePairs(table: Table, specs: Specs, dayBounds: Map<string, Bound>): void {
  for (const [col, bound] of dayBounds) {
    const column = findColumn(table, col);
    const kind = column ? temporalKind(column) : undefined;
    if (!column || !kind || specs[col]?.generator !== 'after') continue;
    settlePairedBounds(specs, col, bound, kind, (c) => dayBounds.get(c));
    const spec = specs[col];
    if (spec && spec.generator !== 'after') specs[col] = clampToType(spec, typeRange(column));
  }
}

function applyBounds(ctx: Ctx): void {
  for (const [col, { lo, hi }] of ctx.bounds) {
    const type = typeRange(findColumn(ctx.table, col));
    if (Math.max(lo, type[0]) > Math.min(hi, type[1])) unsatisfiable(ctx, col);
    keepDayBound(ctx, findColumn(ctx.table, col), { lo, hi });
    const spec = ctx.specs[col];
    if (spec?.generator === 'after') { const next = narrowAfter(ctx, spec, hi); if (next) ctx.specs[col] = next; continue; }
    const next = spec ? narrow(spec, lo, hi) : undefined;
    if (next) ctx.specs[col] = clampToType(next, type);
  }
  ctx.bounds.clear();
}

/**
 * The values an IN-list leaves a column: those of its enum type or an earlier list that the list
 * has; for an enum inferred from the column's name or default, those it shares with the list
 * when they are two or more, else the list (`status DEFAULT 'active'`'s guess of
 * active/inactive had left `IN ('draft', 'active', 'retired')` one value).
 */
function choices(ctx: Ctx, column: Column, allowed: readonly (string | number)[]): (string | number)[] {
  const spec = ctx.specs[column.name];
  if (spec?.generator !== 'enum') return [...allowed];
  const kept = spec.values.filter((v) => allowed.some((a) => String(a) === String(v)));
  const narrowing = ctx.listed.has(column.name) || baseType(column.type).kind === 'enum';
  return narrowing || kept.length >= 2 ? kept : [...allowed];
}

/** `col IN (a, b, c)` becomes an enum choice over those that fit the column (a gender column keeps its generator: `listSpec`). */
function applyIn(ctx: Ctx, col: string, values: readonly Expr[]): void {
  const lits = values.map(literalOf);
  const column = findColumn(ctx.table, col);
  if (lits.some((v) => v === undefined) || !ctx.specs[col] || !column || baseType(column.type).kind === 'boolean') return;
  const spec = ctx.specs[col];
  const kept = fittingLabels(column, choices(ctx, column, lits as (string | number)[]));
  if (kept.length === 0) unsatisfiable(ctx, col);
  ctx.listed.add(column.name);
  ctx.specs[col] = listSpec(spec, kept);
}

/** `later > earlier` between two columns: the later one follows the earlier. */
function applyOrder(ctx: Ctx, later: string, earlier: string, strict: boolean): void {
  const spec = ctx.specs[later];
  if (!spec || spec.generator === 'after' || spec.generator === 'foreignKey' || spec.generator === 'sequence') return;
  if (ctx.specs[earlier]?.generator === 'after' && (ctx.specs[earlier] as { column: string }).column === later) return;
  const kind = spec.generator;
  const gap = kind === 'date' || kind === 'timestamp' || kind === 'birthDate' ? 365 : kind === 'int' || kind === 'number' ? Math.max(1, (spec.max - spec.min) / 2) : undefined;
  if (gap === undefined) return;
  const maxGap = kind === 'int' || kind === 'number' ? roomForGap(ctx, later, earlier, gap) : gap;
  const unit = spec.generator === 'timestamp' ? spec.unit : undefined;
  ctx.specs[later] = { generator: 'after', column: earlier, minGap: 0, maxGap, strict, ...(unit ? { unit } : {}), ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}) };
}

/**
 * Keeps `earlier + gap` within the later column's type: the gap shrinks to at most half the
 * room above the earlier column's least value, and the earlier column's top comes down to leave
 * it (`amount >= min_amt` in NUMERIC(5,2) had gone past 999.99); a unique earlier column keeps
 * its range and the gap is what is left above it. Returns the gap.
 */
function roomForGap(ctx: Ctx, later: string, earlier: string, gap: number): number {
  const top = typeRange(findColumn(ctx.table, later))[1];
  const e = ctx.specs[earlier];
  if (top === Infinity || !(e?.generator === 'int' || e?.generator === 'number')) return gap;
  if (e.unique === true) return Math.min(gap, Math.max(0, top - e.max)); // its range is its room for the rows: keep it
  const fitted = Math.min(gap, Math.max(0, (top - e.min) / 2));
  if (e.max + fitted > top) ctx.specs[earlier] = { ...e, max: Math.max(e.min, top - fitted) };
  return fitted;
}

/** `col + interval '2 hours'` (or `-`): the column and the shift in days; undefined for anything else. */
function shiftedColumn(e: Expr, self?: string): { col: string; days: number } | undefined {
  if (e.kind !== 'binary' || (e.op !== '+' && e.op !== '-')) return undefined;
  const col = columnOf(e.left, self);
  const text = literalOf(e.right);
  const ms = typeof text === 'string' ? intervalMs(text) : undefined;
  return col && ms !== undefined ? { col, days: ((e.op === '-' ? -1 : 1) * ms) / MS_PER_DAY } : undefined;
}

/**
 * `ended_at <= started_at + interval '2 hours'` on a column that follows the other (`after`):
 * the gap stays within the interval (or, with `>=`, at least it). The gap had been 1–365 days,
 * so every row was redrawn until CHECK_REDRAW_EXHAUSTED.
 */
function applyShiftedOrder(ctx: Ctx, later: string, op: Cmp, shift: { col: string; days: number }): boolean {
  const spec = ctx.specs[later];
  if (spec?.generator !== 'after' || spec.column.toLowerCase() !== shift.col.toLowerCase() || op === '=') return false;
  if (op === '<' || op === '<=') {
    if (shift.days < 0) return false;
    const maxGap = Math.min(spec.maxGap, shift.days);
    ctx.specs[later] = { ...spec, maxGap, minGap: spec.minGap <= maxGap ? spec.minGap : 0 };
  } else {
    const minGap = Math.max(spec.minGap, shift.days);
    ctx.specs[later] = { ...spec, minGap, maxGap: Math.max(spec.maxGap, minGap) };
  }
  return true;
}

function applyComparison(ctx: Ctx, op: Cmp, left: Expr, right: Expr): void {
  numbersForCastText(ctx.table, ctx.specs, left);
  numbersForCastText(ctx.table, ctx.specs, right);
  const lc = columnOf(left, ctx.self);
  const rc = columnOf(right, ctx.self);
  const rs = lc ? shiftedColumn(right, ctx.self) : undefined;
  if (lc && rs && applyShiftedOrder(ctx, lc, op, rs)) return;
  const ls = rc ? shiftedColumn(left, ctx.self) : undefined;
  if (rc && ls && applyShiftedOrder(ctx, rc, flipComparison(op), ls)) return;
  const ll = literalOf(left);
  const rl = literalOf(right);
  if (lc && rl !== undefined) applyBound(ctx, lc, op, rl);
  else if (rc && ll !== undefined) applyBound(ctx, rc, flipComparison(op), ll);
  else if (lc && rc && op !== '=') {
    if (op === '>' || op === '>=') applyOrder(ctx, lc, rc, op === '>');
    else applyOrder(ctx, rc, lc, op === '<');
  }
}

function applyConjunct(ctx: Ctx, e: Expr): void {
  const guarded = unlessNull(e, ctx.self);
  if (guarded) { guarded.forEach((c) => applyConjunct(ctx, c)); return; }
  const json = jsonCheckedColumn(e, ctx.self);
  if (json !== undefined) { applyJsonCheck(ctx.table, ctx.specs, json); return; }
  if (collectTextRule(ctx.textRules, e, ctx.self, ctx.label)) return;
  if (e.kind === 'binary' && ['<', '<=', '>', '>=', '='].includes(e.op)) applyComparison(ctx, e.op as Cmp, e.left, e.right);
  else if (e.kind === 'between' && !e.negated) {
    applyComparison(ctx, '>=', e.operand, e.low);
    applyComparison(ctx, '<=', e.operand, e.high);
  } else if (e.kind === 'in' && !e.negated) {
    const col = columnOf(e.operand, ctx.self) ?? foldedInColumn(e.operand, e.values, ctx.self);
    if (col) applyIn(ctx, col, e.values);
  } else if (e.kind === 'isNull' && e.negated) {
    const col = columnOf(e.operand, ctx.self);
    const spec = col ? ctx.specs[col] : undefined;
    if (col && spec) ctx.specs[col] = { ...spec, nullRate: 0 };
  }
}

/**
 * How far ahead of the reference date a CHECK's lower bounds set by the clock are read:
 * CLOCK_LOWER_AHEAD_DAYS, or 0 when a column it reads is also bounded by the clock from above (in
 * any CHECK of the table or a domain: `d <= CURRENT_DATE`), so both bounds are read on the same
 * day and leave values between them; another column's upper bound does not count.
 */
function lowerAhead(table: Table): (e: Expr) => number {
  const domainUpper = table.columns.filter((c) => c.type.kind === 'domain' && c.type.checks.some(clockUpperBound)).map((c) => c.name.toLowerCase());
  const upper = new Set([...domainUpper, ...table.checks.filter((c) => clockUpperBound(c.expr)).flatMap((c) => [...columnsOf(c.expr)].map((n) => n.toLowerCase()))]);
  return (e) => ([...columnsOf(e)].some((n) => upper.has(n.toLowerCase())) ? 0 : CLOCK_LOWER_AHEAD_DAYS);
}

/**
 * Compiles what it can of a table's CHECK constraints (and its columns' domain checks) into
 * generator bounds: ranges narrow min/max, IN-lists become enum choices, comparisons between
 * columns order them, comparisons of a PostgreSQL enum with a label become the labels that pass,
 * length and case rules on text shape its values (`applyTextRules`), `json_valid(col)` gives JSON,
 * `col IS NULL OR <condition>` is read as the condition, and bounds set by the clock
 * (`d <= CURRENT_DATE`, `d > CURRENT_DATE - 30`) are bounds at `referenceDate`, lower ones read
 * ahead of it (`nowAsReference`, `lowerAhead`); temporal literal bounds on a column that follows
 * another are settled last (`settlePairedBounds`). The engine still
 * evaluates every CHECK per row and redraws what fails.
 */
export function compileChecks(table: Table, specs: Specs, referenceDate = FALLBACK_REFERENCE_DATE): void {
  const textRules: TextRules = new Map();
  const listed = new Set<string>();
  const dayBounds = new Map<string, Bound>();
  const day = daysFromIso(referenceDate);
  const ahead = lowerAhead(table);
  for (const check of table.checks) {
    const ctx: Ctx = { table, specs, label: checkLabel(check), bounds: new Map(), textRules, listed, dayBounds };
    conjuncts(enumComparisonsAsLists(nowAsReference(check.expr, day, ahead(check.expr)), enumLabelsOf(table))).forEach((c) => applyConjunct(ctx, c));
    applyBounds(ctx);
  }
  for (const col of table.columns) {
    if (col.type.kind !== 'domain') continue;
    const ctx: Ctx = { table, specs, label: `domain ${col.type.name}`, self: col.name, bounds: new Map(), textRules, listed, dayBounds };
    const labelsOf = enumLabelsOf(table, col.name);
    const colAhead = ahead({ kind: 'column', name: col.name });
    col.type.checks.forEach((e) => conjuncts(enumComparisonsAsLists(nowAsReference(e, day, colAhead), labelsOf)).forEach((c) => applyConjunct(ctx, c)));
    applyBounds(ctx);
  }
  settlePairs(table, specs, dayBounds);
  applyTextRules(table, specs, textRules);
}
