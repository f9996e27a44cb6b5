import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { gradeRank } from '../rules/grade-rules.js';
import { registerId } from '../rules/reference-rules.js';
import { SCHOOLS } from './clever-specs.js';
import { scanCleverFile, type CleverDistrict, type SchoolSpan } from './clever-district.js';

/**
 * schools.csv: unique School_id, and a grade span whose low end is not above its high end.
 * An inverted span is reported once and then not used to judge grades.
 */
export async function checkCleverSchools(d: CleverDistrict): Promise<void> {
  await scanCleverFile(d, SCHOOLS, { table: d.schools, column: 'School_id' }, (row, report) => {
    const span = schoolSpan(row);
    const inverted = checkSpanOrder(row, span, report);
    registerId(row, report, 'School_id', d.schools, inverted ? {} : span);
  });
}

function schoolSpan(row: CsvRow): SchoolSpan {
  const low = gradeRank(row.get('Low_grade'));
  const high = gradeRank(row.get('High_grade'));
  return { ...(low === undefined ? {} : { low }), ...(high === undefined ? {} : { high }) };
}

/** Reports an inverted span; true when it was. */
function checkSpanOrder(row: CsvRow, span: SchoolSpan, report: FileFindings): boolean {
  if (span.low === undefined || span.high === undefined || span.low <= span.high) return false;
  const value = `${row.get('Low_grade')}-${row.get('High_grade')}`;
  report(row.row, 'school-grade-span-inverted', 'Low_grade is above High_grade', value);
  return true;
}
