import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { gradeRank } from './grade-rules.js';

/** A school's grade span as ranks on the grade ladder. */
export interface GradeSpan {
  readonly low?: number;
  readonly high?: number;
}

/** Reports `grade-outside-school-span` when the row's grade lies outside its school's Low_grade–High_grade. */
export function checkGradeInSpan(row: CsvRow, report: FileFindings, span: GradeSpan | undefined): void {
  const grade = row.get('Grade');
  const rank = gradeRank(grade);
  if (rank === undefined || span === undefined) return;
  const below = span.low !== undefined && rank < span.low;
  const above = span.high !== undefined && rank > span.high;
  if (below || above) report(row.row, 'grade-outside-school-span', `Grade is outside the grade span of school '${row.get('School_id')}'`, grade);
}
