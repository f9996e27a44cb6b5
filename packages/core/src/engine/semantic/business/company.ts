import type { Rng } from '../../rng.js';
import { zipfTable } from '../internal/weighted-table.js';
import { lastName } from '../person/names.js';
import {
  BRANCH_KINDS, BUSINESS_NOUNS, DEPARTMENTS, EXECUTIVE_TITLES, INDUSTRIES, JOB_TITLES, LEGAL_ENDINGS,
  NAME_PREFIXES, NAME_SUFFIXES, NEIGHBORHOODS, OFFICE_CITIES, PLACE_WORDS, PROJECT_ACTIONS,
  PROJECT_AREAS, PROJECT_CODENAMES, PROJECT_ROLES, TITLE_ADJECTIVES, TITLE_NOUNS, TITLE_TOPICS,
} from './company-data.js';

const DEPARTMENT_TABLE = zipfTable(DEPARTMENTS, 6);
const JOB_TABLE = zipfTable(JOB_TITLES, 25);
const OFFICE_TABLE = zipfTable(OFFICE_CITIES, 8);

/** A company name: "Harper Logistics", "Brightwave Inc.", "Summit Health Partners", "Lee & Moreno". */
export function companyName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 25) return `${lastName(rng)} ${rng.pick(BUSINESS_NOUNS)}`;
  if (r < 50) return `${rng.pick(NAME_PREFIXES)}${rng.pick(NAME_SUFFIXES)} ${rng.pick(LEGAL_ENDINGS)}`;
  if (r < 75) return `${rng.pick(PLACE_WORDS)} ${rng.pick(BUSINESS_NOUNS)}${rng.chance(0.5) ? ` ${rng.pick(LEGAL_ENDINGS)}` : ''}`;
  if (r < 88) return `${lastName(rng)} & ${lastName(rng)}`;
  return `${lastName(rng)} ${rng.pick(LEGAL_ENDINGS)}`;
}

/** An industry such as "Healthcare" or "Logistics & Supply Chain". */
export function industry(rng: Rng): string {
  return rng.pick(INDUSTRIES);
}

/** A department, common ones (Sales, Engineering, Operations) more often. */
export function department(rng: Rng): string {
  return DEPARTMENT_TABLE.pick(rng);
}

/** A job title, common roles more often; executives are rare (2 %). */
export function jobTitle(rng: Rng): string {
  return rng.chance(0.02) ? rng.pick(EXECUTIVE_TITLES) : JOB_TABLE.pick(rng);
}

/** A project name: "Project Atlas" or "Customer Portal Redesign". */
export function projectName(rng: Rng): string {
  if (rng.chance(0.35)) return `Project ${rng.pick(PROJECT_CODENAMES)}`;
  return `${rng.pick(PROJECT_AREAS)} ${rng.pick(PROJECT_ACTIONS)}`;
}

/** A role on a project team ("Developer", "Product Owner"). */
export function projectRole(rng: Rng): string {
  return rng.pick(PROJECT_ROLES);
}

/** A generic document/task title: "Quarterly Budget Review", "Onboarding Checklist". */
export function title(rng: Rng): string {
  const core = `${rng.pick(TITLE_TOPICS)} ${rng.pick(TITLE_NOUNS)}`;
  return rng.chance(0.45) ? `${rng.pick(TITLE_ADJECTIVES)} ${core}` : core;
}

/** A branch or site name: "Riverside Branch", "Midtown Office". */
export function branchName(rng: Rng): string {
  return `${rng.pick(NEIGHBORHOODS)} ${rng.pick(BRANCH_KINDS)}`;
}

/** An office location as "City, ST" (major office markets, larger ones more often). */
export function officeLocation(rng: Rng): string {
  return OFFICE_TABLE.pick(rng);
}
