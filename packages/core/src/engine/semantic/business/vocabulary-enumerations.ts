/**
 * Every distinct value some vocabulary generators draw, most common first, as an
 * {@link Enumeration}: the word lists behind a generator, or a mixed-radix product of them for
 * one that combines words ("Team" + "Annual"). The generators' draws do not read these.
 */
import { concatEnumeration, listEnumeration, productEnumeration, type Enumeration } from '../enumeration.js';
import { GENRES } from './book-data.js';
import { CATEGORIES, COLORS, COUNTRIES, CURRENCY_CODES } from './commerce-data.js';
import {
  BUSINESS_NOUNS, DEPARTMENTS, EXECUTIVE_TITLES, INDUSTRIES, JOB_TITLES, LEGAL_ENDINGS, NAME_PREFIXES, NAME_SUFFIXES, PLACE_WORDS,
} from './company-data.js';
import { ACADEMIC_PREFIXES, ACADEMIC_SUBJECTS, COURSE_LEVELS, COURSES, PRACTICAL_TEMPLATES, PRACTICAL_TOPICS, SKILLS } from './education-data.js';
import { HUB_CITIES, SALES_REGIONS, VENUE_NOUNS, VENUE_PLACES, WAREHOUSE_KINDS, WAREHOUSE_PLACES } from './events-data.js';
import { CUISINES } from './food-data.js';
import { BENEFIT_TYPES, LANGUAGES, NATIONALITIES, VEHICLE_TYPES } from './misc-data.js';
import {
  FEATURE_FAMILIES, FEATURES, GROUP_INTERESTS, GROUP_KINDS, ISSUE_LABELS, LABEL_SCOPES, MARKETING_CHANNELS, PERMISSION_ACTIONS,
  PERMISSION_RESOURCES, PLAN_TIERS, PLAN_VARIANTS, ROLES, SALES_CHANNELS, SCOPED_ROLES, TEAM_AREAS, TEAM_CODENAMES, TEAM_NOUNS, USER_GROUPS,
} from './saas-data.js';

/** Every value of a (small) enumeration, in order. */
function valuesOf(e: Enumeration): string[] {
  return Array.from({ length: e.size }, (_, i) => e.nth(i));
}

/** Distinct values of several enumerations that may share some, first occurrence order. */
const merged = (...parts: readonly Enumeration[]): Enumeration => listEnumeration(parts.flatMap(valuesOf));
const list = listEnumeration;
const product = (...parts: readonly (readonly string[])[]): Enumeration => productEnumeration(parts);

/** `planName`: the bare tiers, then the paid ones with a period or variant ("Team Annual"). */
const PLAN_NAMES = concatEnumeration(list(PLAN_TIERS), product(PLAN_TIERS.filter((t) => t !== 'Free'), PLAN_VARIANTS));

/** `feature`: features named whole, then modifier-noun ones ("Slack Integration"). */
const FEATURE_NAMES = merged(list(FEATURES), ...FEATURE_FAMILIES.map((f) => product(f.modifiers, f.nouns)));

/** `teamName`: areas, codenamed teams, then area-noun teams ("Growth Squad"). */
const TEAM_NAMES = merged(list(TEAM_AREAS), product(['Team'], TEAM_CODENAMES), product(TEAM_AREAS, TEAM_NOUNS));

/** `groupName`: groups named whole, departments, then interest groups ("Book Club"). */
const GROUP_NAMES = merged(list(USER_GROUPS), list(DEPARTMENTS), product(GROUP_INTERESTS, GROUP_KINDS));

/** `issueLabel`: labels named whole, then scoped ones ("priority: high"). */
const ISSUE_LABEL_NAMES = merged(list(ISSUE_LABELS), ...LABEL_SCOPES.map((s) => productEnumeration([[s.scope], s.values], (w) => w.join(': '))));

/** `courseName`: courses named whole, academic ones ("Calculus II", "Principles of Economics"), then practical ones ("Intro to Python"). */
const COURSE_NAMES = merged(
  list(COURSES), product(ACADEMIC_SUBJECTS, COURSE_LEVELS), product(ACADEMIC_PREFIXES, ACADEMIC_SUBJECTS),
  productEnumeration([PRACTICAL_TEMPLATES, PRACTICAL_TOPICS], ([t, topic]) => (t as string).replace('{}', topic as string)),
);

/** `companyName` without its surname forms: "Summit Health", "Brightwave Inc.", "Summit Health LLC". */
const COMPANY_NAMES = concatEnumeration(
  product(PLACE_WORDS, BUSINESS_NOUNS),
  productEnumeration([NAME_PREFIXES, NAME_SUFFIXES, LEGAL_ENDINGS], ([p, s, e]) => `${p as string}${s as string} ${e as string}`),
  product(PLACE_WORDS, BUSINESS_NOUNS, LEGAL_ENDINGS),
);

/** Enumerations of the vocabularies that have one, keyed like `VOCABULARIES`. */
export const VOCABULARY_ENUMERATIONS = Object.freeze({
  company: COMPANY_NAMES, industry: list(INDUSTRIES), department: list(DEPARTMENTS), jobTitle: list([...JOB_TITLES, ...EXECUTIVE_TITLES]),
  genre: list(GENRES), cuisine: list(CUISINES), nationality: list(NATIONALITIES), language: list(LANGUAGES),
  benefitType: list(BENEFIT_TYPES), vehicleType: list(VEHICLE_TYPES), color: list(COLORS), country: list(COUNTRIES),
  currency: list(CURRENCY_CODES), category: list(CATEGORIES),
  planName: PLAN_NAMES, roleName: list([...ROLES, ...SCOPED_ROLES]), permission: productEnumeration([PERMISSION_RESOURCES, PERMISSION_ACTIONS], (w) => w.join('.')),
  feature: FEATURE_NAMES, teamName: TEAM_NAMES, issueLabel: ISSUE_LABEL_NAMES, marketingChannel: list(MARKETING_CHANNELS),
  salesChannel: list(SALES_CHANNELS), groupName: GROUP_NAMES, salesRegion: list(SALES_REGIONS),
  venueName: product(VENUE_PLACES, VENUE_NOUNS), warehouseName: product([...new Set([...HUB_CITIES, ...WAREHOUSE_PLACES])], WAREHOUSE_KINDS),
  courseName: COURSE_NAMES, skill: list(SKILLS),
} satisfies Readonly<Record<string, Enumeration>>);
