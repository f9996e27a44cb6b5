import { weightedOf, type WeightedTable } from '../internal/weighted-table.js';
import { textKindSpec as kind, type TextKindSpec } from './text-kind-spec.js';
import { EMPLOYEE_REVIEW_VOICES as E } from './employee-voices.js';

/** How a review feels: it follows the row's rating (low negative, middle mixed, high positive). */
export type ReviewTone = 'negative' | 'mixed' | 'positive';
/** What a review is about (its voice). */
export type ReviewSubject = 'product' | 'restaurant' | 'employee';

/** Review sentences that fit any positive / negative review. */
const POSITIVE_GENERAL: readonly string[] = [
  '[Would|Will] [definitely|absolutely] recommend [it to friends|it].',
  '[Five stars|Highly recommend|Exceeded my expectations].',
  '[Great|Good|Excellent] value for the price.',
];
const NEGATIVE_GENERAL: readonly string[] = [
  '[Would not|Won\'t] recommend[ it|].',
  '[Not worth the money|Very disappointing|Expected much better].',
];

/**
 * The review voices. `TEXT_KINDS.review` draws the first five (as it always has); reviews with a
 * tone or a subject (`reviewVoices`) draw the positive and negative product voices, the
 * positive restaurant voice, `negativeRestaurantFood` and the two subjects' mixed voices.
 */
export const REVIEW_VOICES = Object.freeze({
  positiveProduct: kind('positive product review', [1, 4], 'Great!|Good value|Five stars|Would buy again|Excellent|Fast shipping|Love it', [
    ...POSITIVE_GENERAL,
    '{good} {product}[, would buy again| and worth every penny|, exactly as described]!',
    '[Arrived|Delivered] [on time|early|quickly] and [works|worked] [as described|perfectly|great].',
    '[Easy to use|Easy to assemble|Very comfortable|Fits perfectly] and [looks great|feels sturdy|well made].',
    '[I\'ve been using it for|We\'ve had it for] [two weeks|a month|three months] and [no complaints|it still works great|we love it].',
    'Customer service [resolved my issue quickly|was very responsive|went above and beyond].',
  ]),
  positiveRestaurant: kind('positive restaurant review', [1, 4], 'Great!|Loved it|Delicious|Five stars|Will be back|Excellent|Great service', [
    ...POSITIVE_GENERAL,
    'The {food} was {good} and {server} [friendly|attentive|super helpful].',
    'The portions were generous and the prices are fair.',
    'Best {food} in {city}[, hands down|, no question|].',
    '[Cozy|Lively|Relaxed] atmosphere and [quick|friendly|attentive] service.',
    '[We\'ll|We will] [definitely|absolutely] be back.',
    '[Our server|The owner|The bartender] [made great recommendations|checked on us often|went above and beyond].',
  ]),
  negativeProduct: kind('negative product review', [1, 3], 'Disappointed|Broke quickly|Not worth it|Arrived late|Poor quality', [
    ...NEGATIVE_GENERAL,
    '[Disappointed|Not impressed|Not what I expected]; [shipping took too long|it stopped working after a week|it looks nothing like the photos].',
    '[Arrived|Showed up] [late|damaged|two weeks late] and [the box was crushed|parts were missing|nobody answered my emails].',
    '[Cheaply made|Flimsy|Smaller than pictured]; [returned it|asked for a refund|not worth the money].',
    'Customer service could have been more helpful.',
  ]),
  negativeRestaurant: kind('negative restaurant review', [1, 3], 'Disappointed|Too salty|Cold food|Slow service|Overpriced', [
    ...NEGATIVE_GENERAL,
    'The {food} was {bad} and {server} [rushed|not very friendly|hard to find].',
    'Portions were small and it was a little pricey.',
    'Waited [forty minutes|over an hour|too long] for [a table|our food|the check].',
    'Our order was [wrong|missing a side|cold when it arrived].',
    '[We won\'t|Won\'t] be back.',
  ]),
  mixed: kind('mixed review', [1, 3], 'Just okay|Not bad|It\'s fine|Decent|Three stars', [
    '[A bit|Slightly|Way too] {bad}, but [overall|otherwise] [good|decent|worth it].',
    'Only complaint: [the packaging|the instructions|the wait] [could be better|was confusing|was long].',
    'Decent value, though [it took a while to arrive|it runs small|the wait was long].',
    '[Three stars|It\'s okay|Not bad|Does the job].',
    '[Works fine|Tastes fine|Looks nice], nothing special.',
  ]),
  mixedProduct: kind('mixed product review', [1, 3], 'Just okay|Not bad|It\'s fine|Decent|Three stars', [
    '[A bit|Slightly] [flimsy|overpriced|smaller than expected], but [overall|otherwise] [good|decent|worth it].',
    'Only complaint: [the packaging could be better|the instructions were confusing|shipping was slow].',
    'Decent value, though [it took a while to arrive|it runs small|the battery could last longer].',
    '[Three stars|It\'s okay|Not bad|Does the job].',
    '[Works fine|Looks nice|Fits okay], nothing special.',
  ]),
  mixedRestaurant: kind('mixed restaurant review', [1, 3], 'Just okay|Not bad|It\'s fine|Decent|Three stars', [
    '[A bit|Slightly] [slow|noisy|salty|pricey], but [overall|otherwise] [good|decent|worth it].',
    'Only complaint: [the wait was long|it was a bit noisy|parking was a hassle].',
    'Decent value, though [the wait was long|the portions were small|it was a bit crowded].',
    '[Three stars|It\'s okay|Not bad|Decent enough].',
    '[Tastes fine|The {food} was fine|Service was fine], nothing special.',
  ]),
  /** `negativeRestaurant` with the food's faults its own (no "the soup was late"). */
  negativeRestaurantFood: kind('negative restaurant review', [1, 3], 'Disappointed|Too salty|Cold food|Slow service|Overpriced', [
    ...NEGATIVE_GENERAL,
    'The {food} was [cold|bland|too salty|greasy|overcooked|soggy] and {server} [rushed|not very friendly|hard to find].',
    'Portions were small and it was a little pricey.',
    'Waited [forty minutes|over an hour|too long] for [a table|our food|the check].',
    'Our order was [wrong|missing a side|cold when it arrived].',
    '[We won\'t|Won\'t] be back.',
  ]),
});

interface Voice {
  readonly spec: TextKindSpec;
  readonly tone: ReviewTone;
  readonly subject: ReviewSubject;
  readonly weight: number;
}

const V = REVIEW_VOICES;
const voice = (spec: TextKindSpec, tone: ReviewTone, subject: ReviewSubject, weight: number): Voice => ({ spec, tone, subject, weight });
/** Weights as in `TEXT_KINDS.review`: positive 36, negative 9, mixed 10 (per subject). */
const ALL: readonly Voice[] = [
  voice(V.positiveProduct, 'positive', 'product', 36), voice(V.positiveRestaurant, 'positive', 'restaurant', 36),
  voice(V.negativeProduct, 'negative', 'product', 9), voice(V.negativeRestaurantFood, 'negative', 'restaurant', 9),
  voice(V.mixedProduct, 'mixed', 'product', 10), voice(V.mixedRestaurant, 'mixed', 'restaurant', 10),
];
/** A performance review's voices (`subject: 'employee'` only: never drawn for a review of unknown subject). */
const EMPLOYEE: readonly Voice[] = [
  voice(E.positive, 'positive', 'employee', 36), voice(E.negative, 'negative', 'employee', 9), voice(E.mixed, 'mixed', 'employee', 20),
];

function tableFor(tone: ReviewTone | undefined, subject: ReviewSubject | undefined): WeightedTable<TextKindSpec> {
  const fit = (subject === 'employee' ? EMPLOYEE : ALL).filter((v) => (subject === undefined || v.subject === subject) && (tone === undefined || v.tone === tone));
  return weightedOf(fit.map((v) => [v.spec, v.weight] as const));
}

const TABLES = new Map<string, WeightedTable<TextKindSpec>>();

/**
 * The voices a review of `tone` about `subject` is drawn from (either undefined: any), weighted
 * as `TEXT_KINDS.review` weighs its voices (each subject its own mixed voice).
 *
 * @example
 * ```ts
 * reviewVoices('negative', 'restaurant').pick(rng) // REVIEW_VOICES.negativeRestaurantFood
 * ```
 */
export function reviewVoices(tone: ReviewTone | undefined, subject: ReviewSubject | undefined): WeightedTable<TextKindSpec> {
  const key = `${tone ?? ''}/${subject ?? ''}`;
  let table = TABLES.get(key);
  if (table === undefined) {
    table = tableFor(tone, subject);
    TABLES.set(key, table);
  }
  return table;
}
