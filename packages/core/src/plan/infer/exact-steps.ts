import type { Column } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import { decimalPlaces } from '../../util/index.js';
import type { FormulaTerm } from '../column-spec.js';
import type { FormulaSpec, Range } from '../formula-operands.js';
import { tidy } from './linear-terms.js';

/** What {@link exactSteps} reads of a table's inferred arithmetic (lower-case names). */
export interface StepInput {
  /** Numeric columns a redraw may change. */
  readonly columns: ReadonlyMap<string, Column>;
  readonly specs: ReadonlyMap<string, FormulaSpec>;
  /** Targets a CHECK equality computes: the database compares them with the exact result. */
  readonly fromCheck: ReadonlySet<string>;
  /** A plain column's range as the plan draws it. */
  readonly rangeOf: (name: string) => Range | undefined;
}

/** A column the step may narrow, with the largest step it may take as a power of ten ({@link capOf}); `rate`: a discount rate. */
interface Narrowable { readonly name: string; readonly places: number; readonly cap: number; readonly rate: boolean }

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Places a column's values carry: its scale (0 for integers); undefined for floating point. */
function placesOf(c: Column | undefined): number | undefined {
  const t = c ? baseType(c.type) : undefined;
  return t?.kind === 'decimal' ? t.scale : t?.kind === 'int' ? 0 : undefined;
}

/** A constant as `units × 10^-places` with units not a multiple of 10 (1.2 is 12 × 10^-1, 100 is 1 × 10^2). */
function decimalParts(k: number): { units: number; places: number } {
  let places = decimalPlaces(k) ?? 0;
  let units = Math.round(Math.abs(k) * 10 ** places);
  while (units !== 0 && units % 10 === 0) { units /= 10; places--; }
  return { units, places };
}

/** A plain decimal column no formula computes (an integer's `int` plan entry takes no step). */
function narrowable(input: StepInput, name: string, rate = false): Narrowable | undefined {
  const key = name.toLowerCase();
  const column = input.columns.get(key);
  const t = column && baseType(column.type);
  return t?.kind !== 'decimal' || input.specs.has(key) ? undefined : { name: key, places: t.scale, cap: capOf(input.rangeOf(key)), rate };
}

/** The largest step a column may take, as a power of ten: a tenth of its range, at most 1 (a price 2…95 whole values, a rate 0…0.3 hundredths). */
function capOf(range: Range | undefined): number {
  const width = range ? range[1] - range[0] : Infinity;
  return width > 0 ? Math.min(0, Math.floor(Math.log10(width / 10) + 1e-9)) : -15;
}

/** The places a term's value carries beyond the target's `scale`, and the columns that may drop them (undefined: a float, or an unknown column). */
function excessOf(input: StepInput, t: FormulaTerm, scale: number): { excess: number; units: number; free: Narrowable[] } | undefined {
  const plain = [t.column, t.times].filter((c): c is string => c !== undefined);
  const places = plain.map((c) => placesOf(input.columns.get(c.toLowerCase())));
  const rate = t.lessRate === undefined ? 0 : placesOf(input.columns.get(t.lessRate.toLowerCase()));
  if (places.some((p) => p === undefined) || rate === undefined) return undefined;
  const k = decimalParts(t.factor ?? 1);
  const excess = (places as number[]).reduce((a, b) => a + b, 0) + rate + (t.lessRate !== undefined && t.ratePercent ? 2 : 0) + k.places - scale;
  const columns = plain.map((c) => narrowable(input, c)).filter((c): c is Narrowable => c !== undefined).sort((a, b) => b.places - a.places);
  const rateColumn = t.lessRate === undefined ? undefined : narrowable(input, t.lessRate, true);
  return { excess, units: k.units, free: [...columns, ...(rateColumn ? [rateColumn] : [])] };
}

/** Steps (in units of each column's last place) whose product, times `units`, is a multiple of 10^excess. */
function stepsFor(excess: number, units: number, free: readonly Narrowable[]): Map<string, number> {
  let rest = 10 ** excess / gcd(units, 10 ** excess);
  const out = new Map<string, number>();
  for (const c of free) {
    const g = c.places + c.cap > 0 ? gcd(rest, 10 ** (c.places + c.cap)) : 1;
    if (g > 1) out.set(c.name, g);
    rest /= g;
  }
  const first = free.find((c) => !c.rate);
  if (rest > 1 && first) out.set(first.name, (out.get(first.name) ?? 1) * rest);
  return rest > 1 && !first ? new Map<string, number>() : out;
}

/** Whole multiples of a step an operand's range must hold: with fewer, every row would draw one of a handful of values (× 1.123456 needs a step of 156.25). */
export const MIN_MULTIPLES = 5;

/** True when at least {@link MIN_MULTIPLES} whole multiples of `step` lie in the range. */
function fits(range: Range | undefined, step: number): boolean {
  return range !== undefined && Math.floor(tidy(range[1] / step)) - Math.ceil(tidy(range[0] / step)) + 1 >= MIN_MULTIPLES;
}

function addSteps(input: StepInput, spec: FormulaSpec, scale: number, out: Map<string, number>): void {
  for (const t of spec.sum ?? []) {
    const e = excessOf(input, t, scale);
    if (!e || e.excess <= 0 || e.excess > 15) continue;
    for (const [name, units] of stepsFor(e.excess, e.units, e.free)) {
      const places = placesOf(input.columns.get(name)) ?? 0;
      const had = Math.round((out.get(name) ?? 10 ** -places) * 10 ** places);
      out.set(name, tidy(((had * units) / gcd(had, units)) * 10 ** -places));
    }
  }
}

/**
 * Steps that make CHECK equalities come out exact. The database compares a computed column with
 * the exact result of its CHECK (`total INT CHECK (total = price * qty)`, `total NUMERIC(12,2)
 * CHECK (total = subtotal * 1.2)`), so each term must carry no more decimals than the column
 * keeps: the rule draws the term's plain decimal operands on a step that drops the extra places,
 * the operand with the most decimals first, then a discount rate, each at most a tenth of its
 * range and at most 1 (`price` DECIMAL(10,2) 2…95 becomes whole for an integer total, a discount
 * rate 0…0.3 whole hundredths, a percent 0…30 whole percents; `subtotal` a multiple of 0.05 for
 * × 1.2); what is left goes on the first operand (`price` even for an integer total of × 1.5).
 * An integer operand takes no step (an integer total of `qty * 1.5` is left to the engine's
 * redraws), nor does one another formula computes; a `round` to the column's scale or fewer needs
 * none. A step with fewer than {@link MIN_MULTIPLES} multiples in the operand's range is dropped
 * (the equality is then left to the engine's redraws). By lower-case column name.
 *
 * @example
 * ```ts
 * exactSteps({ columns, specs, fromCheck: new Set(['total']), rangeOf }) // Map { 'price' => 1 }
 * ```
 */
export function exactSteps(input: StepInput): Map<string, number> {
  const out = new Map<string, number>();
  for (const target of input.fromCheck) {
    const spec = input.specs.get(target);
    const scale = placesOf(input.columns.get(target));
    if (!spec || scale === undefined || (spec.round !== undefined && spec.round <= scale)) continue;
    addSteps(input, spec, scale, out);
  }
  for (const [name, step] of out) if (!fits(input.rangeOf(name), step)) out.delete(name);
  return out;
}
