/**
 * @module @rowforge/k12
 * K-12 rostering pack: Clever and OneRoster 1.1/1.2 rosters made by the Rowforge engine's
 * counter-based RNG, and the independent roster judge.
 *
 * @example
 * ```ts
 * import { writeRoster } from '@rowforge/k12'
 * await writeRoster({ districts: 3, schoolsPerDistrict: 5, studentsPerSchool: 400, idMode: 'alphanumeric',
 *   format: 'clever', schoolYear: '2026-2027', seed: 1, out: 'k12-roster' })
 * ```
 */
export * from './judge/index.js';
export { writeRoster, type WriteRosterOptions, type RosterProgress } from './write-roster.js';
export type { RosterSummary, DistrictSummary } from './roster-summary.js';
export {
  resolveOptions, RosterOptionsSchema, ROSTER_DEFAULTS, ID_MODES, ROSTER_FORMATS,
  type RosterOptions, type ResolvedOptions, type IdMode, type RosterFormat,
} from './options/roster-options.js';
export { parseStudentsPerSchool } from './options/parse-students.js';
export { CLEVER_COLUMNS, CLEVER_EXTENDED, CLEVER_FILES, cleverHeader, type CleverFile } from './out/clever-columns.js';
export { cleverFolder } from './out/write-clever.js';
export { ONEROSTER_COLUMNS } from './out/oneroster-columns.js';
export { STATES, type StateInfo, type City } from './geo/us-states.js';
export { districtInfo, type DistrictInfo } from './geo/districts.js';
export { birthWindow } from './model/birth-date.js';
export { CLEVER_SUBJECTS } from './plan/schedule.js';
export { RACE_SHARES, ELL_SHARE, IEP_SHARE } from './model/demographics.js';
export { PUPILS_PER_TEACHER } from './plan/plan-school.js';
