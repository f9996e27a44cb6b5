import { maxLengthOf } from '../../schema/index.js';
import type { ColumnSpec, VocabularyName } from '../../plan/index.js';
import type { Rng } from '../rng.js';
import * as S from '../semantic/index.js';
import { cell, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';
import { DISH_DESCRIPTION } from '../semantic/text/dish-description.js';
import { PROJECT_DESCRIPTION } from '../semantic/text/project-description.js';
import { EMPLOYEE_GOALS } from '../semantic/text/employee-voices.js';
import { voicedTextFitting } from '../semantic/text/text-fitting.js';
import { reviewCell } from './review-cell.js';
import { EXTRA_VOCABULARIES } from './vocabularies.js';
import { listEnumeration, VOCABULARY_ENUMERATIONS, type Enumeration } from '../semantic/vocabularies.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;
type Draw = (rng: Rng) => string;

const fromList = (list: readonly string[]): Draw => (rng) => rng.pick(list);

const VOCABULARY: Record<VocabularyName, Draw> = {
  company: S.companyName, industry: S.industry, department: S.department, jobTitle: S.jobTitle, product: S.productName,
  restaurant: S.restaurantName, cuisine: S.cuisine, menuItem: S.menuItem, bookTitle: S.bookTitle, genre: S.genre,
  publisher: S.publisherName, nationality: S.nationality, language: S.language, benefitType: S.benefitType,
  vehicleType: S.vehicleType, openingHours: S.openingHours, paymentMethod: S.paymentMethod, color: S.color,
  country: S.country, word: S.word, currency: S.currencyCode, licensePlate: S.licensePlate,
  projectName: fromList(EXTRA_VOCABULARIES.projectName), projectRole: fromList(EXTRA_VOCABULARIES.projectRole),
  edition: fromList(EXTRA_VOCABULARIES.edition), branchName: fromList(EXTRA_VOCABULARIES.branchName),
  officeLocation: fromList(EXTRA_VOCABULARIES.officeLocation), category: fromList(EXTRA_VOCABULARIES.category),
  status: fromList(EXTRA_VOCABULARIES.status), title: fromList(EXTRA_VOCABULARIES.title), mealCourse: fromList(EXTRA_VOCABULARIES.mealCourse),
  planName: S.planName, roleName: S.roleName, permission: S.permission, feature: S.feature, teamName: S.teamName,
  boardName: S.boardName, issueLabel: S.issueLabel, chatChannel: S.chatChannel, marketingChannel: S.marketingChannel,
  salesChannel: S.salesChannel, campaignName: S.campaignName, groupName: S.groupName, eventName: S.eventName,
  venueName: S.venueName, playlistName: S.playlistName, salesRegion: S.salesRegion, warehouseName: S.warehouseName,
  courseName: S.courseName, skill: S.skill, sportsTeam: S.sportsTeam,
};

/** Every distinct value of the vocabularies that can list them; the engine's own lists replace the library's. */
const ENUMERATIONS: Partial<Record<VocabularyName, Enumeration>> = {
  ...VOCABULARY_ENUMERATIONS,
  ...(Object.fromEntries(Object.entries(EXTRA_VOCABULARIES).map(([name, list]) => [name, listEnumeration(list)])) as Record<keyof typeof EXTRA_VOCABULARIES, Enumeration>),
};

/** Salt of the row permutation behind a unique vocabulary column's plain values. */
const DISTINCT_SALT = 0x5bd1e995;

/**
 * The distinct values a unique vocabulary column draws one per row from: its vocabulary's values
 * that fit the column, when they are at least as many as the table's rows; otherwise undefined
 * (the column's values then carry a row token, see `buildCell`). Depends only on the plan, the
 * column and the table's row count, so every shard decides alike.
 */
export function distinctVocabulary(env: CellEnv): Enumeration | undefined {
  const spec = env.spec;
  if (spec.generator !== 'vocabulary' || spec.unique !== true) return undefined;
  const all = ENUMERATIONS[spec.name];
  const max = maxLengthOf(env.column);
  const values = all === undefined || max === undefined ? all : all.fitting(max);
  return values !== undefined && values.size >= Math.max(env.rows, 1) ? values : undefined;
}

/**
 * One distinct value per row: a keyed permutation of the row over the first twice-the-rows
 * values (most common first), so a small table holds the common names in a shuffled order.
 */
function distinctVocabularyCell(env: CellEnv, values: Enumeration): BuiltCell {
  const span = Math.min(values.size, 2 * Math.max(env.rows, 1));
  const key = env.key ^ DISTINCT_SALT;
  return cell((ctx) => values.nth(S.permuteIndex(ctx.row, span, key)), 'string');
}

/**
 * Another column's value of the row as a display name (`roles.display_name` of `name`:
 * `billing_admin` → `Billing Admin`), cut at a word to fit; drawn from the vocabulary where that
 * value is NULL.
 */
function displayedVocabularyCell(env: CellEnv, src: number): BuiltCell {
  const draw = VOCABULARY[(env.spec as Spec<'vocabulary'>).name];
  const max = maxLengthOf(env.column) ?? Number.MAX_SAFE_INTEGER;
  return cell((ctx) => {
    const from = ctx.values[src];
    const shown = typeof from === 'string' && from.length > 0 ? S.displayName(from) : draw(ctx.rngFor(env.key));
    return S.truncateAtWord(shown, max, false);
  }, 'string', [src]);
}

/** Fewest fitting values a short column draws from whole; with fewer it keeps cutting values to fit (a `VARCHAR(5)` job title was "Chef" on every row). */
const MIN_FITTING = 3;

/**
 * The values of a listable vocabulary that fit a column too short for some of them, when at
 * least {@link MIN_FITTING} do; undefined when every value fits, too few do, or the vocabulary
 * cannot list its values.
 */
function fittingValues(name: VocabularyName, max: number): Enumeration | undefined {
  const all = ENUMERATIONS[name];
  if (all === undefined || all.longest <= max) return undefined;
  const fit = all.fitting(max);
  return fit.size >= MIN_FITTING ? fit : undefined;
}

/** Draws before a short column of a listable vocabulary takes one of its fitting values evenly. */
const FIT_ATTEMPTS = 32;

/** A value of `draw` that fits: redrawn (so the vocabulary's weights hold among those that fit), else one of `fit` evenly; never cut. */
function drawWhole(rng: Rng, draw: Draw, fit: Enumeration, max: number): string {
  for (let i = 0; i < FIT_ATTEMPTS; i++) {
    const value = draw(rng);
    if (value.length <= max) return value;
  }
  return fit.nth(rng.int(0, fit.size - 1));
}

/**
 * Vocabulary values; in a column too short for some of them, redrawn until one fits whole: for a
 * listable vocabulary always one of its values that fit (`VARCHAR(8)` departments: Sales,
 * Finance, Legal, Design, Security, Training; "Customer" cut from "Customer Service" before),
 * otherwise cut at a word as a last resort, with no full stop. A unique column whose rows its
 * vocabulary can fill gets distinct plain values (see {@link distinctVocabulary}).
 */
export const vocabularyCell: CellBuilder = (env) => {
  const from = (env.spec as Spec<'vocabulary'>).fromColumn;
  if (from !== undefined) return displayedVocabularyCell(env, env.indexOf(from));
  const distinct = distinctVocabulary(env);
  if (distinct !== undefined) return distinctVocabularyCell(env, distinct);
  const name = (env.spec as Spec<'vocabulary'>).name;
  const draw = VOCABULARY[name];
  const max = maxLengthOf(env.column);
  if (max === undefined) return cell((ctx) => draw(ctx.rngFor(env.key)), 'string');
  const fit = fittingValues(name, max);
  if (fit !== undefined) return cell((ctx) => drawWhole(ctx.rngFor(env.key), draw, fit, max), 'string');
  return cell((ctx) => S.drawFitting(ctx.rngFor(env.key), draw, max), 'string');
};

/**
 * Text of the spec's kind fitted to the column; a review with a `ratingColumn` or `subject` is
 * voiced by them (see `reviewCell`), a restaurant's description describes a dish, a project's
 * work, and an employee's goals are goals at work.
 */
export const textCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'text'>;
  const max = Math.min(s.maxLength ?? 400, maxLengthOf(env.column) ?? 4000);
  if (s.kind === 'review' && (s.ratingColumn !== undefined || s.subject !== undefined)) return reviewCell(env, s, max);
  if (s.kind === 'description' && s.subject === 'restaurant') return cell((ctx) => voicedTextFitting(ctx.rngFor(env.key), max, DISH_DESCRIPTION), 'string');
  if (s.kind === 'description' && s.subject === 'project') return cell((ctx) => voicedTextFitting(ctx.rngFor(env.key), max, PROJECT_DESCRIPTION), 'string');
  if (s.kind === 'goals' && s.subject === 'employee') return cell((ctx) => voicedTextFitting(ctx.rngFor(env.key), max, EMPLOYEE_GOALS), 'string');
  const kind = s.kind === 'sentence' ? undefined : s.kind;
  return cell((ctx) => (kind ? S.textFitting(ctx.rngFor(env.key), max, kind) : S.sentence(ctx.rngFor(env.key), max)), 'string');
};
