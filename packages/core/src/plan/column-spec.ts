import { z } from 'zod';
import { isCalendarDate } from '../util/index.js';
import { VOCABULARY_NAME_LIST } from './vocabulary-names.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine(isCalendarDate, 'not a calendar day');
const common = {
  /** Share of rows that are NULL (nullable columns only). */
  nullRate: z.number().min(0).max(1).optional(),
  /** Draw values by a bijection of the row index so no two rows collide. */
  unique: z.boolean().optional(),
  /**
   * The value is NULL unless `column` (another column of the row, such as a status) holds one of
   * `in`: a `shipped_at` present only on shipped and delivered orders. Nullable columns only.
   */
  presentWhen: z.object({ column: z.string().min(1), in: z.array(z.union([z.string(), z.number()])).min(1) }).optional(),
};
const vocabularyNames = VOCABULARY_NAME_LIST;
const textKinds = ['description', 'comment', 'review', 'biography', 'notes', 'instructions', 'goals', 'sentence'] as const;
/** What a review or description is about (its voice); absent: any. `project`: a project's or task's description (descriptions only). */
const reviewSubjects = ['product', 'restaurant', 'project', 'employee'] as const;
const addressFields = ['street', 'city', 'state', 'stateName', 'zip', 'country', 'full', 'secondary'] as const;
const identifierKinds = ['isbn13', 'isbn10', 'licenseNumber', 'sku', 'token', 'uuid', 'ipv4', 'passwordHash', 'slug', 'documentNumber'] as const;
const networkKinds = ['inet', 'cidr', 'macaddr'] as const;
const epochUnits = ['epochSeconds', 'epochMillis'] as const;
/**
 * One term of a formula's sum: `column`, times `times` (quantity × unit price), times (1 − `lessRate`)
 * (a discount rate: a fraction 0…1, or 0…100 with `ratePercent`), times a constant `factor`
 * (`subtotal * 1.2`), taken away with `minus`.
 */
const formulaTerm = z.object({
  column: z.string().min(1),
  times: z.string().min(1).optional(),
  factor: z.number().finite().optional(),
  lessRate: z.string().min(1).optional(),
  ratePercent: z.boolean().optional(),
  minus: z.boolean().optional(),
});
/** Share of `of` a formula draws: `min`…`max`, both within 0…1. */
const formulaFraction = z.object({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) });
const formulaLabels = z.array(z.union([z.string(), z.number()])).min(1).optional();
/**
 * A share that follows the row's status (`column`): all of `of` on the `whole` labels, none on the
 * `zero` ones, a part strictly between on the `part` ones (drawn in `fraction`); other labels and
 * NULL keep the `wholeRate`/`zeroRate` mix.
 */
const formulaByStatus = z.object({ column: z.string().min(1), whole: formulaLabels, zero: formulaLabels, part: formulaLabels });
/** Instants written as a number (Unix seconds or milliseconds) in an integer column; absent: a date or timestamp value. */
const unit = z.enum(epochUnits).optional();

/** Times of day drawn on whole minutes, every `minuteStep` minutes from the hour (15: :00, :15, :30, :45); absent: to the second. */
const minuteStep = z.number().int().min(1).max(60).optional();
/**
 * When a `timestamp` falls in the day (all optional; none: uniform over the window, to the second):
 * `hours` the hours of the day it starts in (08–17 for appointments, 6, 14, 22 for shifts),
 * `minuteStep` as for times, `weekdayRate` the share of values on Monday–Friday (the rest on weekends).
 */
const workingHours = {
  hours: z.array(z.number().int().min(0).max(23)).min(1).refine((h) => new Set(h).size === h.length, 'an hour is listed twice').optional(),
  minuteStep,
  weekdayRate: z.number().min(0).max(1).optional(),
};

/** One generator per column. `generator` names it; the rest are its parameters. */
export const ColumnSpecSchema = z.discriminatedUnion('generator', [
  z.object({ generator: z.literal('sequence'), start: z.number().int().default(1), step: z.number().int().default(1), /** Largest value allowed (e.g. by a CHECK). */ max: z.number().int().optional(), ...common }),
  z.object({ generator: z.literal('int'), min: z.number(), max: z.number(), skew: z.enum(['uniform', 'small']).default('uniform'), ...common }),
  z.object({
    generator: z.literal('number'), min: z.number(), max: z.number(), style: z.enum(['uniform', 'price', 'amount', 'rating']).default('uniform'),
    /** Values are whole multiples of `step` (a CHECK equality whose result must come out exact: whole prices for an integer total). */
    step: z.number().positive().finite().optional(),
    ...common,
  }),
  z.object({ generator: z.literal('boolean'), trueRate: z.number().min(0).max(1).default(0.5), ...common }),
  z.object({ generator: z.literal('enum'), values: z.array(z.union([z.string(), z.number()])).min(1), weights: z.array(z.number().min(0)).optional(), ...common }),
  z.object({ generator: z.literal('firstName'), ...common }),
  z.object({ generator: z.literal('lastName'), ...common }),
  z.object({ generator: z.literal('middleName'), ...common }),
  z.object({ generator: z.literal('fullName'), ...common }),
  z.object({ generator: z.literal('gender'), ...common }),
  /** `Mr.`, `Ms.`, `Mrs.`, `Dr.`, … agreeing with the row's sex (as its first names do), among those that fit the column. */
  z.object({ generator: z.literal('honorific'), ...common }),
  z.object({ generator: z.literal('email'), firstColumn: z.string().optional(), lastColumn: z.string().optional(), domain: z.string().optional(), ...common }),
  z.object({ generator: z.literal('username'), firstColumn: z.string().optional(), lastColumn: z.string().optional(), ...common }),
  z.object({ generator: z.literal('phone'), ...common }),
  z.object({ generator: z.literal('address'), field: z.enum(addressFields), ...common }),
  /** `fromColumn`: the named column's value of the row as a display name (`orders.read` → `Orders Read`), drawn from the vocabulary where it is NULL. */
  z.object({ generator: z.literal('vocabulary'), name: z.enum(vocabularyNames), fromColumn: z.string().optional(), ...common }),
  z.object({
    generator: z.literal('identifier'),
    kind: z.enum(identifierKinds),
    /** `documentNumber`: the letters before the number (`INV` → `INV-004513`); absent: digits alone. */
    prefix: z.string().max(16).optional(),
    ...common,
  }),
  /** Text matching a SQL LIKE pattern: literals kept, `_` one symbol, `%` a run of symbols (`unique`: the first `%`, or the `_`s, hold a token of the row). */
  z.object({ generator: z.literal('pattern'), like: z.string().min(1), ...common }),
  /** Text matching a regular expression a CHECK requires (`~`, `REGEXP`), in the subset `regexShape` reads. */
  z.object({ generator: z.literal('regex'), pattern: z.string().min(1), ...common }),
  z.object({ generator: z.literal('url'), fromColumn: z.string().optional(), ...common }),
  z.object({
    generator: z.literal('text'),
    kind: z.enum(textKinds).default('sentence'),
    maxLength: z.number().int().positive().optional(),
    /** `review`: the tone follows this column's rating (low negative, middle mixed, high positive). */
    ratingColumn: z.string().min(1).optional(),
    /** `review`, `description`: what the text is about (a restaurant's descriptions describe dishes). */
    subject: z.enum(reviewSubjects).optional(),
    ...common,
  }),
  z.object({ generator: z.literal('date'), from: isoDate, to: isoDate, ...common }),
  z.object({ generator: z.literal('birthDate'), minAge: z.number().int().min(0).max(120).default(18), maxAge: z.number().int().min(0).max(120).default(90), ...common }),
  z.object({ generator: z.literal('timestamp'), from: isoDate, to: isoDate, unit, ...workingHours, ...common }),
  z.object({ generator: z.literal('time'), fromHour: z.number().min(0).max(24).default(0), toHour: z.number().min(0).max(24).default(24), minuteStep, ...common }),
  z.object({
    generator: z.literal('after'),
    /** The column this one follows; the value is that column's value plus a gap. */
    column: z.string(),
    minGap: z.number().min(0).default(0),
    maxGap: z.number().min(0),
    /** Gap unit: days for dates and timestamps, plain units for numbers. */
    strict: z.boolean().default(false),
    /** Values are Unix seconds or milliseconds (the gap still in days), as the column followed is. */
    unit,
    /** The gap is a whole number of steps (in the gap's unit: a quarter hour is 0.010417 days), read to whole seconds for timestamps and times; absent: any. */
    step: z.number().positive().optional(),
    ...common,
  }),
  /**
   * Arithmetic of other numeric columns of the row, rounded to the column's scale. Either `sum`:
   * the terms added (`line_total` = quantity × unit_price; `total` = subtotal + tax − discount;
   * `total` = subtotal × 1.2), with a constant `plus` and rounded to `round` decimals if fewer, or
   * `of`: a share of that column (`tax` = subtotal × 0.05…0.1; `amount_paid` at most `amount_due`),
   * drawn in `fraction` (default 0…1), all of it on `wholeRate` of rows, none on `zeroRate`; it is
   * rounded down, so it never passes the column; with `byStatus`, the share follows the row's status
   * (a paid invoice all, a void one none). A NULL operand gives NULL in a nullable column, else counts as 0.
   */
  z.object({
    generator: z.literal('formula'),
    sum: z.array(formulaTerm).min(1).optional(),
    /** A constant added to the sum (`gross = net + 5`). */
    plus: z.number().finite().optional(),
    /** Decimals the sum is rounded to (a CHECK's `ROUND(…, 2)`), where fewer than the column's scale. */
    round: z.number().int().min(0).max(15).optional(),
    of: z.string().min(1).optional(),
    fraction: formulaFraction.optional(),
    wholeRate: z.number().min(0).max(1).optional(),
    zeroRate: z.number().min(0).max(1).optional(),
    byStatus: formulaByStatus.optional(),
    ...common,
  }),
  z.object({ generator: z.literal('uuid'), ...common }),
  z.object({ generator: z.literal('json'), ...common }),
  /** An IPv4 host address (`inet`), an IPv4 /8…/28 network (`cidr`) or a MAC address (`macaddr`), from a bijection of the row. */
  z.object({ generator: z.literal('network'), kind: z.enum(networkKinds), ...common }),
  /** A small well-formed XML document, `<root id="…">…</root>` (the id is the row number, so values are distinct). */
  z.object({ generator: z.literal('xml'), ...common }),
  z.object({ generator: z.literal('bytes'), length: z.number().int().positive().default(16), ...common }),
  /**
   * An array of `minLength`…`maxLength` elements, each drawn as `element` names (`int`, `number`, `date`, `timestamp`,
   * `time`, `boolean`, `uuid`, `json`, `bytes`, `enum` from `values`, `code`: CHAR(n) codes, `word`, `inet`, `cidr`, `macaddr`, `xml`) within the element
   * type: integers inside its width (and `min`/`max`), decimals inside its precision and scale, text inside its length.
   */
  z.object({
    generator: z.literal('array'),
    element: z.string(),
    minLength: z.number().int().min(0).default(0),
    maxLength: z.number().int().min(0).default(4),
    /** The labels `enum` elements are drawn from (the element type's labels when absent). */
    values: z.array(z.union([z.string(), z.number()])).min(1).optional(),
    /** Bounds of `int` and `number` elements (a domain's CHECK); the element type bounds them too. */
    min: z.number().optional(),
    max: z.number().optional(),
    ...common,
  }),
  z.object({ generator: z.literal('constant'), value: z.union([z.string(), z.number(), z.boolean(), z.null()]), ...common }),
  z.object({ generator: z.literal('foreignKey'), ...common }),
  /**
   * A key of another table (`table`'s single-column key `column`) where the schema declares no
   * foreign key (`departments.manager_id` beside `employees(employee_id)`): drawn from that
   * table's rows as a foreign key is, no constraint added.
   */
  z.object({ generator: z.literal('reference'), table: z.string().min(1), column: z.string().min(1), ...common }),
]);

export type ColumnSpec = z.infer<typeof ColumnSpecSchema>;
export type GeneratorName = ColumnSpec['generator'];
/** One term of a `formula` generator's sum. */
export type FormulaTerm = z.infer<typeof formulaTerm>;
/** How a `formula` share follows the row's status. */
export type FormulaByStatus = z.infer<typeof formulaByStatus>;
export type VocabularyName = (typeof vocabularyNames)[number];
export type TextKind = (typeof textKinds)[number];
export type ReviewSubject = (typeof reviewSubjects)[number];
export type AddressField = (typeof addressFields)[number];
export type IdentifierKind = (typeof identifierKinds)[number];
export type NetworkKind = (typeof networkKinds)[number];
/** How an integer column writes an instant: Unix seconds or Unix milliseconds. */
export type EpochUnit = (typeof epochUnits)[number];
export const VOCABULARY_NAMES: readonly VocabularyName[] = vocabularyNames;
