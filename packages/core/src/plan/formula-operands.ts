import type { ColumnSpec, FormulaTerm } from './column-spec.js';

/** A `formula` generator's plan entry. */
export type FormulaSpec = Extract<ColumnSpec, { generator: 'formula' }>;
/** Least and greatest value. */
export type Range = readonly [number, number];

/** The share of `of` a `formula` draws by default: any of it. */
export const WHOLE_FRACTION = { min: 0, max: 1 } as const;

/** The columns a term reads: its column, the one it is multiplied by, its discount rate. */
export function termColumns(t: FormulaTerm): string[] {
  return [t.column, t.times, t.lessRate].filter((c): c is string => c !== undefined);
}

/**
 * The columns a `formula` reads, in order (`of`, then each term's).
 *
 * @example
 * ```ts
 * formulaColumns({ generator: 'formula', sum: [{ column: 'quantity', times: 'unit_price' }] }) // ['quantity', 'unit_price']
 * ```
 */
export function formulaColumns(spec: FormulaSpec): string[] {
  return [...(spec.of === undefined ? [] : [spec.of]), ...(spec.sum ?? []).flatMap(termColumns)];
}

/**
 * The columns a generator reads in the row, which are computed before it: a formula's operands,
 * the column an `after` follows, an email's names, a review's rating, the status `presentWhen` reads.
 */
export function readColumns(spec: ColumnSpec | undefined): string[] {
  if (!spec) return [];
  const named = spec.generator === 'email' || spec.generator === 'username' ? [spec.firstColumn, spec.lastColumn] : [];
  const own = spec.generator === 'formula' ? formulaColumns(spec) : spec.generator === 'after' ? [spec.column] : [];
  const other = [spec.generator === 'url' ? spec.fromColumn : undefined, spec.generator === 'text' ? spec.ratingColumn : undefined, spec.presentWhen?.column];
  return [...own, ...named, ...other].filter((c): c is string => c !== undefined);
}

const times = ([a, b]: Range, [c, d]: Range): Range => {
  const p = [a * c, a * d, b * c, b * d];
  return [Math.min(...p), Math.max(...p)];
};

/** `1 − rate` (a percent divided by 100 first). */
const oneLess = ([lo, hi]: Range, per: number): Range => [1 - hi / per, 1 - lo / per];

function termBounds(t: FormulaTerm, rangeOf: (name: string) => Range | undefined): Range | undefined {
  const parts = [t.column, t.times].filter((c): c is string => c !== undefined).map(rangeOf);
  const rate = t.lessRate === undefined ? [1, 1] as Range : rangeOf(t.lessRate);
  if (parts.some((p) => p === undefined) || rate === undefined) return undefined;
  const k = (t.minus ? -1 : 1) * (t.factor ?? 1);
  return times((parts as Range[]).reduce(times, t.lessRate === undefined ? rate : oneLess(rate, t.ratePercent ? 100 : 1)), [k, k]);
}

/** The share a `formula` of `of` draws: its fraction, with all (`wholeRate`) and none (`zeroRate`) of it. */
export function shareBounds(spec: FormulaSpec): Range {
  const f = spec.fraction ?? WHOLE_FRACTION;
  return [(spec.zeroRate ?? 0) > 0 ? 0 : f.min, (spec.wholeRate ?? 0) > 0 ? 1 : f.max];
}

type RangeOf = (name: string) => Range | undefined;
const isPlain = (t: FormulaTerm): boolean => t.times === undefined && t.lessRate === undefined && t.factor === undefined;

/**
 * The columns of an added term a share may be taken from, each with the factor the term keeps
 * (`lo`, `hi`: the share's least and greatest): a plain column's `1 − share`; a factor of a
 * product whose other factor is at least 1 (a quantity) and itself at least 0, `1 − hi`…1
 * (q × p − share × p lies between q × p × (1 − share) and q × p).
 */
function foldable(t: FormulaTerm, rangeOf: RangeOf): string[] {
  if (t.minus || t.lessRate !== undefined || t.factor !== undefined) return [];
  if (t.times === undefined) return [t.column.toLowerCase()];
  const pairs: [string, string][] = [[t.column, t.times], [t.times, t.column]];
  return pairs.filter(([c, other]) => (rangeOf(other)?.[0] ?? 0) >= 1 && (rangeOf(c)?.[0] ?? -1) >= 0).map(([c]) => c.toLowerCase());
}

/**
 * A sum's terms with each discount that is a share of an added column (`total = subtotal − discount`,
 * `discount` a share of `subtotal`; `total = quantity × price − discount`, `discount` a share of
 * `price`) folded into that column's term ({@link foldable}): bounds taken apart would let the
 * discount pass what it is taken from. `folded` holds the factor of each term a share went into.
 */
function foldShares(sum: readonly FormulaTerm[], shareOf: ShareOf, rangeOf: RangeOf): { terms: FormulaTerm[]; folded: Map<FormulaTerm, Range> } {
  const folded = new Map<FormulaTerm, Range>();
  const terms = sum.filter((t) => {
    const share = t.minus && isPlain(t) ? shareOf(t.column) : undefined;
    const base = share?.of?.toLowerCase();
    const into = base === undefined ? undefined : sum.find((a) => !folded.has(a) && foldable(a, rangeOf).includes(base));
    if (!share || !into) return true;
    const [lo, hi] = shareBounds(share);
    folded.set(into, [1 - hi, into.times === undefined ? 1 - lo : 1]);
    return false;
  });
  return { terms, folded };
}

/** A column's formula, where it is a share of another (`of`). */
export type ShareOf = (name: string) => FormulaSpec | undefined;

/**
 * The least and greatest value a `formula` gives, from its operands' ranges (`rangeOf`);
 * undefined when an operand's range is unknown. `shareOf` tells which operands are shares of
 * others, so a discount drawn as a share of the subtotal (or unit price) it is taken from stays below it.
 * A sum with a `fraction` is that share of the sum (a tax of 5–10 % of quantity × unit price).
 *
 * @example
 * ```ts
 * formulaBounds({ generator: 'formula', sum: [{ column: 'q', times: 'p' }] }, (c) => (c === 'q' ? [1, 12] : [2, 95])) // [2, 1140]
 * ```
 */
export function formulaBounds(spec: FormulaSpec, rangeOf: RangeOf, shareOf: ShareOf = () => undefined): Range | undefined {
  if (spec.of !== undefined) { const of = rangeOf(spec.of); return of && times(of, shareBounds(spec)); }
  const { terms, folded } = foldShares(spec.sum ?? [], shareOf, rangeOf);
  const bounds = terms.map((t) => {
    const b = termBounds(t, rangeOf);
    const k = folded.get(t);
    return b && k ? times(b, k) : b;
  });
  if (bounds.length === 0 || bounds.some((t) => t === undefined)) return undefined;
  const plus = spec.plus ?? 0;
  const sum = (bounds as Range[]).reduce<Range>(([a, b], [c, d]) => [a + c, b + d], [plus, plus]);
  return spec.fraction ? times(sum, [spec.fraction.min, spec.fraction.max]) : sum;
}
