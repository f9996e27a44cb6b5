import type { RosterReport } from '../roster-report.js';

/** `file:row:rule` of each finding, sorted, for exact comparison in tests. */
export function findingKeys(report: RosterReport): string[] {
  return report.findings.map((f) => `${f.file}:${f.row}:${f.rule}`).sort();
}
