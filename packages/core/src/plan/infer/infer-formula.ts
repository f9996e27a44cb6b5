import type { Column, Table } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { FormulaTerm } from '../column-spec.js';
import { fixedOnRedraw } from '../fixed-on-redraw.js';
import { formulaBounds, formulaColumns, type FormulaSpec, type Range } from '../formula-operands.js';
import { checkArithmetic, type CheckedFormula } from './check-formulas.js';
import { exactSteps } from './exact-steps.js';
import { wordsOf } from './column-context.js';
import { DISCOUNT_RATE_RANGE, DISCOUNT_SHARE, FORMULA_NAMES as N, PAID_SHARE, PERCENT_NAME, TAX_SHARE } from './formula-names.js';
import { literalBounds, orderedPairs, type LiteralBound } from './literal-bounds.js';
import { paymentByStatus } from './payment-status.js';
import { typeBounds } from './type-bounds.js';

/** The range a plain (non-formula) column would be drawn in, when it is a number range. */
export type RangeOf = (column: Column) => Range | undefined;

/** The arithmetic inferred for a table's numeric columns. */
export interface TableFormulas {
  /** The formula computing each target column, by lower-case name. */
  readonly specs: ReadonlyMap<string, FormulaSpec>;
  /** Ranges operand columns are drawn in instead of their own (a discount rate 0…0.3; a price low enough that quantity × price fits the line total's type). */
  readonly ranges: ReadonlyMap<string, Range>;
  /** Steps decimal operands are drawn on so that a CHECK's equality comes out exact ({@link exactSteps}: whole prices for an integer total). */
  readonly steps: ReadonlyMap<string, number>;
}

interface Draft {
  readonly table: Table;
  readonly rangeOf: RangeOf;
  /** Numeric columns a redraw may change (no key), by lower-case name. */
  readonly columns: ReadonlyMap<string, Column>;
  /** The same, by name without separators (`line_total` → `linetotal`). */
  readonly byFlat: ReadonlyMap<string, Column>;
  readonly specs: Map<string, FormulaSpec>;
  /** Targets a CHECK computes: kept when their range passes the type or the CHECK's bounds. */
  readonly fromCheck: Set<string>;
  readonly pinned: ReadonlySet<string>;
  readonly bounds: ReadonlyMap<string, LiteralBound>;
  readonly ordered: readonly [string, string][];
  /** Ranges the formulas set for their discount rates (0…0.3, or 0…30 as a percent), before `fit` narrows operands. */
  readonly given: Map<string, Range>;
  ranges: Map<string, Range>;
}

const NUMERIC = new Set(['int', 'decimal', 'float']);
const lower = (c: Column): string => c.name.toLowerCase();

function draftOf(table: Table, rangeOf: RangeOf): Draft {
  const cols = table.columns.filter((c) => NUMERIC.has(baseType(c.type).kind) && !fixedOnRedraw(table, c, undefined));
  const byFlat = new Map<string, Column>();
  for (const c of cols) { const flat = wordsOf(c.name).join(''); if (!byFlat.has(flat)) byFlat.set(flat, c); }
  return {
    table, rangeOf, columns: new Map(cols.map((c) => [lower(c), c])), byFlat, specs: new Map(), fromCheck: new Set(),
    pinned: checkArithmetic(table).pinned, bounds: literalBounds(table), ordered: orderedPairs(table), given: new Map(), ranges: new Map(),
  };
}

/** The first column named in `names` (and not in `except`). */
function pick(d: Draft, names: readonly string[], except: readonly (Column | undefined)[] = []): Column | undefined {
  for (const n of names) { const c = d.byFlat.get(n); if (c && !except.includes(c)) return c; }
  return undefined;
}

/** The first column named in `names` that no formula computes yet and no CHECK pins. */
function pickTarget(d: Draft, names: readonly string[], except: readonly (Column | undefined)[] = []): Column | undefined {
  return pick(d, names.filter((n) => { const c = d.byFlat.get(n); return c && !d.specs.has(lower(c)) && !d.pinned.has(lower(c)); }), except);
}

/** Every column a target's value comes from, through the formulas of the columns it reads. */
function readsOf(d: Draft, name: string, seen = new Set<string>()): Set<string> {
  for (const r of formulaColumns(d.specs.get(name) ?? { generator: 'formula' }).map((c) => c.toLowerCase())) {
    if (!seen.has(r)) { seen.add(r); readsOf(d, r, seen); }
  }
  return seen;
}

function assign(d: Draft, target: string, spec: FormulaSpec): boolean {
  const operands = formulaColumns(spec).map((c) => c.toLowerCase());
  if (d.specs.has(target) || !d.columns.has(target) || operands.some((o) => o === target || !d.columns.has(o))) return false;
  d.specs.set(target, spec);
  if (readsOf(d, target).has(target)) { d.specs.delete(target); return false; }
  for (const t of spec.sum ?? []) if (t.lessRate !== undefined) d.given.set(t.lessRate.toLowerCase(), t.ratePercent ? DISCOUNT_RATE_RANGE.percent : DISCOUNT_RATE_RANGE.fraction);
  return true;
}

const term = (column: Column, extra: Partial<FormulaTerm> = {}): FormulaTerm => ({ column: column.name, ...extra });
const share = (of: Column, s: Omit<FormulaSpec, 'generator' | 'of'>): FormulaSpec => ({ generator: 'formula', of: of.name, ...s });

function fromChecks(d: Draft, formulas: readonly (readonly CheckedFormula[])[]): void {
  for (const alternatives of formulas) {
    const hit = alternatives.find((f) => assign(d, f.target.toLowerCase(), f.spec));
    if (hit) d.fromCheck.add(hit.target.toLowerCase());
  }
}

/** `total = subtotal + tax + shipping − discount`, beside a subtotal and at least one of the others. */
function sumByName(d: Draft): void {
  const subtotal = pick(d, N.subtotal);
  const target = pickTarget(d, N.sum, [subtotal]);
  const [tax, shipping, discount] = [pick(d, N.tax), pick(d, N.shipping), pick(d, N.discount)];
  if (!subtotal || !target || (!tax && !shipping && !discount)) return;
  const sum = [term(subtotal), ...[tax, shipping].flatMap((c) => (c ? [term(c)] : [])), ...(discount ? [term(discount, { minus: true })] : [])];
  assign(d, lower(target), { generator: 'formula', sum });
}

/**
 * `line_total = quantity × unit_price`, times (1 − a discount rate) when the table has one; a
 * total (not a line amount) beside no subtotal adds the row's tax and shipping and takes its
 * discount amount off ({@link chargesOf}), the tax drawn as a share of quantity × unit price.
 */
function productByName(d: Draft): void {
  const [quantity, price] = [pick(d, N.quantity), pick(d, N.price)];
  const target = pickTarget(d, N.product, [quantity, price]);
  if (!quantity || !price || !target || quantity === price) return;
  const rate = discountRate(d);
  const extra = rate ? { lessRate: rate.column.name, ...(rate.percent ? { ratePercent: true } : {}) } : {};
  const line = term(quantity, { times: price.name, ...extra });
  if (!assign(d, lower(target), { generator: 'formula', sum: [line, ...chargesOf(d, target, price)] })) return;
  const discount = d.specs.get(lower(target))?.sum?.find((t) => t.minus);
  if (discount) assign(d, discount.column.toLowerCase(), share(price, DISCOUNT_SHARE));
  const tax = pickTarget(d, N.tax, [target, price]);
  if (tax && d.specs.get(lower(target))?.sum?.some((t) => t.column === tax.name)) assign(d, lower(tax), { generator: 'formula', sum: [line], ...TAX_SHARE });
}

/**
 * What a total of quantity × price adds when the table has no subtotal: its tax and shipping,
 * less a discount amount no formula computes yet (drawn then as a share of the unit price, so
 * the total stays above 0). None for a line amount (`amount`, `line_total`).
 */
function chargesOf(d: Draft, target: Column, price: Column): FormulaTerm[] {
  if (pick(d, N.subtotal) || !(N.sum as readonly string[]).includes(wordsOf(target.name).join(''))) return [];
  const except = [target, price];
  const [tax, shipping, discount] = [pick(d, N.tax, except), pick(d, N.shipping, except), pickTarget(d, N.discount, except)];
  return [...[tax, shipping].flatMap((c) => (c ? [term(c)] : [])), ...(discount ? [term(discount, { minus: true })] : [])];
}

/** The table's discount rate: a percent by its name, else a fraction (not in an integer column, which cannot hold one). */
function discountRate(d: Draft): { column: Column; percent: boolean } | undefined {
  const column = pick(d, N.discountRate);
  if (!column) return undefined;
  const percent = PERCENT_NAME.test(wordsOf(column.name).join(''));
  return percent || baseType(column.type).kind !== 'int' ? { column, percent } : undefined;
}

/**
 * Beside a subtotal, a tax and a discount amount are shares of it; a payment is at most what is
 * due (not a balance computed from the payment itself: of `amount_due = total - amount_paid`, the
 * total), all or none of it as the row's status tells.
 */
function sharesByName(d: Draft): void {
  const subtotal = pick(d, N.subtotal);
  const tax = subtotal && pickTarget(d, N.tax);
  const discount = subtotal && pickTarget(d, N.discount);
  if (subtotal && tax) assign(d, lower(tax), share(subtotal, TAX_SHARE));
  if (subtotal && discount) assign(d, lower(discount), share(subtotal, DISCOUNT_SHARE));
  const paid = pickTarget(d, N.paid);
  const balances = paid ? N.payable.filter((n) => { const c = d.byFlat.get(n); return c && readsOf(d, lower(c)).has(lower(paid)); }) : [];
  const payable = paid && pick(d, N.payable.filter((n) => !balances.includes(n)), [paid]);
  const byStatus = paid && paymentByStatus(d.table, paid);
  if (paid && payable) assign(d, lower(paid), share(payable, { ...PAID_SHARE, ...(byStatus ? { byStatus } : {}) }));
}

const cache = new WeakMap<Table, TableFormulas>();

/**
 * The arithmetic between a table's numeric columns (not keys): equalities its CHECKs state
 * (`line_total = quantity * unit_price`), else by name: a line total from quantity × unit price
 * (× (1 − a discount rate)), plus tax and shipping less a discount for a total beside no subtotal,
 * a total from subtotal + tax + shipping − discount, tax and discount
 * as shares of the subtotal, an amount paid as at most the amount due (following the row's
 * status where its labels are known: {@link paymentByStatus}). A formula is dropped when
 * it would read itself, or its range breaks its type or its CHECK bounds (`settle`); operands are
 * narrowed so that the results fit, and drawn on steps that make a CHECK's result exact
 * ({@link exactSteps}). `rangeOf` gives a plain column's own range.
 *
 * @example
 * ```ts
 * tableFormulas(orderItems, rangeOf).specs.get('line_total') // { generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] }
 * ```
 */
export function tableFormulas(table: Table, rangeOf: RangeOf): TableFormulas {
  const known = cache.get(table);
  if (known) return known;
  const d = draftOf(table, rangeOf);
  fromChecks(d, checkArithmetic(table).formulas);
  sumByName(d);
  productByName(d);
  sharesByName(d);
  settle(d);
  const steps = exactSteps({ columns: d.columns, specs: d.specs, fromCheck: d.fromCheck, rangeOf: (n) => rangeNow(d, n) });
  const out: TableFormulas = { specs: d.specs, ranges: d.ranges, steps };
  cache.set(table, out);
  return out;
}

// --- settling: fitting operand ranges, dropping formulas that cannot hold ---

function rangeNow(d: Draft, name: string): Range | undefined {
  const column = d.columns.get(name);
  const own = d.given.get(name) ?? (column ? d.rangeOf(column) : undefined);
  return d.ranges.get(name) ?? (own && withinChecks(own, d.bounds.get(name)));
}

/** A plain column's range as its CHECK bounds leave it (as `compileChecks` will): the part inside them, else their own range of the same width. */
function withinChecks([lo, hi]: Range, b: LiteralBound | undefined): Range {
  if (!b) return [lo, hi];
  const [a, z] = [Math.max(lo, b.lo), Math.min(hi, b.hi)];
  if (a <= z) return [a, z];
  return Number.isFinite(b.lo) ? [b.lo, Math.min(b.hi, b.lo + (hi - lo))] : [Math.max(b.lo, b.hi - (hi - lo)), b.hi];
}

/** An operand narrowed below what its CHECK allows: the CHECK would widen it again past the room the formula needs. */
function outsideChecks(d: Draft, name: string): boolean {
  const r = d.ranges.get(name);
  const b = d.bounds.get(name);
  return r !== undefined && b !== undefined && (r[1] < b.lo || r[0] > b.hi);
}

function boundsOf(d: Draft, name: string): Range | undefined {
  const spec = d.specs.get(name);
  const shareOf = (n: string): FormulaSpec | undefined => { const s = d.specs.get(n.toLowerCase()); return s?.of === undefined ? undefined : s; };
  return spec ? formulaBounds(spec, (n) => boundsOf(d, n.toLowerCase()), shareOf) : rangeNow(d, name);
}

/** The least and greatest value a target may take: its type's, within its CHECK bounds (a strict bound a cent inside). */
function roomOf(d: Draft, name: string): Range {
  const [lo, hi] = typeBounds((d.columns.get(name) as Column).type);
  const b = d.bounds.get(name);
  if (!b) return [lo, hi];
  return [Math.max(lo, b.loStrict ? b.lo + 0.01 : b.lo), Math.min(hi, b.hiStrict ? b.hi - 0.01 : b.hi)];
}

/**
 * Scales the greatest value of what `name` adds up by `k` (the price of a quantity × price, not
 * the quantity). A share is not fitted by shrinking what it is a share of (a discount column that
 * holds less would cap the subtotal, one held at or below 0 zero it): it is dropped instead.
 */
function shrink(d: Draft, name: string, k: number): void {
  const spec = d.specs.get(name);
  if (spec) {
    for (const t of spec.sum ?? []) if (!t.minus) shrink(d, (t.times ?? t.column).toLowerCase(), k);
    return;
  }
  const r = rangeNow(d, name);
  const t = baseType((d.columns.get(name) as Column).type);
  const step = t.kind === 'int' ? 1 : t.kind === 'decimal' ? 10 ** -t.scale : 0.01;
  if (!r) return;
  const hi = Math.floor((r[1] * k) / step) * step;
  // A least value above the new top comes down with it, so the column keeps a range (a price of 100…400 became 82 on every row).
  const lo = r[0] <= hi ? r[0] : Math.max(Math.min(r[0], step), Math.floor((r[0] * k) / step) * step);
  d.ranges.set(name, [lo, hi]);
}

/** Lower-case columns the formulas read. */
const operandsOf = (d: Draft): Set<string> => new Set([...d.specs.values()].flatMap((s) => formulaColumns(s).map((c) => c.toLowerCase())));

function fit(d: Draft): void {
  const operands = operandsOf(d);
  d.ranges = new Map([...d.given].filter(([name]) => operands.has(name)));
  for (let pass = 0; pass < 4; pass++) {
    for (const name of d.specs.keys()) {
      const b = boundsOf(d, name);
      const top = roomOf(d, name)[1];
      if (b && b[1] > top && b[1] > 0) shrink(d, name, (top / b[1]) * 0.99);
    }
  }
}

/**
 * A formula whose range still breaks its type (or, for one inferred by name, its CHECK bounds;
 * a CHECK's own equality holds on the rows it passes), that fits only by narrowing an operand
 * past its CHECK's bounds, or whose value a CHECK orders below one it reads (the CHECK would make
 * that one follow it: a loop).
 */
function broken(d: Draft, name: string): boolean {
  const b = boundsOf(d, name);
  const [lo, hi] = d.fromCheck.has(name) ? typeBounds((d.columns.get(name) as Column).type) : roomOf(d, name);
  const outOfRoom = b !== undefined && (b[0] < lo || b[1] > hi);
  const reads = readsOf(d, name);
  const unfit = [...reads].some((o) => !d.specs.has(o) && outsideChecks(d, o));
  return outOfRoom || unfit || d.ordered.some(([greater, lesser]) => lesser === name && reads.has(greater) && !d.specs.has(greater));
}

function settle(d: Draft): void {
  for (let round = 0; round < 8; round++) {
    fit(d);
    const drop = [...d.specs.keys()].filter((n) => broken(d, n));
    if (drop.length === 0) return;
    drop.forEach((n) => d.specs.delete(n));
  }
}
