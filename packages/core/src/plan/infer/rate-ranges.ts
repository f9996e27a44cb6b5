import type { ColumnContext } from './column-context.js';
import { typeBounds } from './type-bounds.js';

type Range = readonly [number, number];

/** A rate's range as a fraction (`0.0825`) and as a percent (`8.25`), by the words of its name. */
interface RateKind {
  readonly words: RegExp;
  readonly fraction: Range;
}

/** Rates that are shares of something, most specific first; a percent column gets the same range × 100. */
const RATE_KINDS: readonly RateKind[] = [
  { words: /(^|_)vat(_|$)/, fraction: [0.05, 0.25] },
  { words: /(^|_)(tax|gst|hst|sales_tax)(_|$)/, fraction: [0.03, 0.1] },
  { words: /(^|_)discount(_|$)/, fraction: [0, 0.3] },
  { words: /(^|_)(interest|apr|apy|mortgage|loan|yield|coupon|annual)(_|$)/, fraction: [0.01, 0.2] },
  { words: /(^|_)(commission|royalty|referral|affiliate)(_|$)/, fraction: [0.02, 0.15] },
  { words: /(^|_)(conversion|click|click_through|ctr)(_|$)/, fraction: [0.005, 0.15] },
  { words: /(^|_)(churn|default|error|failure|defect|return|refund|dropout|cancellation)(_|$)/, fraction: [0.005, 0.1] },
  { words: /(^|_)(bounce|open|response)(_|$)/, fraction: [0.1, 0.7] },
  { words: /(^|_)(growth|inflation)(_|$)/, fraction: [-0.05, 0.25] },
  { words: /(^|_)(retention|success|completion|attendance|occupancy|utilization|utilisation|acceptance|pass|fill|win|graduation|participation|engagement|approval|renewal)(_|$)/, fraction: [0.4, 0.99] },
];

/** Rates that are prices per unit of time or use (`hourly_rate`, `room_rate`): the price rules apply. */
const PRICE_RATE = /(^|_)(hourly|daily|nightly|weekly|monthly|pay|billing|room|base|labor|labour|flat|unit|shipping|day|hour|night|per)(_|$)/;

/** Whether a decimal type holds only values under 10 (`NUMERIC(5,4)`: a fraction such as 0.0825), or any float: then a rate is a fraction, else a percent. */
function holdsFraction(ctx: ColumnContext): boolean {
  return typeBounds(ctx.column.type)[1] < 10;
}

/**
 * The range of a decimal column named as a rate that is a share (`tax_rate`, `discount_rate`,
 * `conversion_rate`, `churn_rate`): a fraction (0.03–0.10) where its type holds only values under
 * 10 or it is a float, a percent (3–10) otherwise; undefined for other names and for prices per
 * unit (`hourly_rate`, `room_rate`), which the price rules read. Every rate was a price, 2–95.
 *
 * @example
 * ```ts
 * rateRange(ctxOf('tax_rate NUMERIC(5,4)')) // [0.03, 0.1]
 * rateRange(ctxOf('tax_rate NUMERIC(5,2)')) // [3, 10]
 * ```
 */
export function rateRange(ctx: ColumnContext, float: boolean): Range | undefined {
  const key = ctx.words.join('_');
  if (!/(^|_)rate$/.test(key) || PRICE_RATE.test(key)) return undefined;
  const kind = RATE_KINDS.find((k) => k.words.test(key));
  if (kind === undefined) return undefined;
  const [lo, hi] = kind.fraction;
  return float || holdsFraction(ctx) ? [lo, hi] : [Math.round(lo * 1000) / 10, Math.round(hi * 1000) / 10];
}
