export { checkRoster } from './check-roster.js';
export { FINDINGS_PER_RULE } from './finding-sink.js';
export { JUDGE_RULES, type JudgeRule } from './rules/rule-catalog.js';
export type { Finding, RosterFormat, RosterReport } from './roster-report.js';
