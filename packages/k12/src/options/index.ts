/** The roster options alone, for callers (the CLI) that must not load the generator to declare flags. */
export { resolveOptions, RosterOptionsSchema, ROSTER_DEFAULTS, ID_MODES, ROSTER_FORMATS, type RosterOptions, type ResolvedOptions, type IdMode, type RosterFormat } from './roster-options.js';
export { parseStudentsPerSchool } from './parse-students.js';
