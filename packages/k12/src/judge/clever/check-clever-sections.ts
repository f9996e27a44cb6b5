import type { CsvRow } from '../csv/csv-row.js';
import type { FileFindings } from '../finding-sink.js';
import { checkGradeInSpan } from '../rules/grade-span-rule.js';
import { checkReference, registerId } from '../rules/reference-rules.js';
import { compareDates, parseUsDate } from '../rules/value-formats.js';
import { CO_TEACHER_COLUMNS, SECTIONS } from './clever-specs.js';
import { schoolRef } from './check-clever-people.js';
import { scanCleverFile, type CleverDistrict } from './clever-district.js';

/** sections.csv: unique Section_id, a known school, a known primary teacher and co-teachers, a grade in span, terms in order. */
export async function checkCleverSections(d: CleverDistrict): Promise<void> {
  await scanCleverFile(d, SECTIONS, { table: d.sections, column: 'Section_id' }, (row, report) => {
    registerId(row, report, 'Section_id', d.sections, row.get('School_id'));
    checkReference(row, report, schoolRef(d));
    checkReference(row, report, { column: 'Teacher_id', table: d.teachers, rule: 'unknown-teacher', what: 'a Teacher_id in teachers.csv' });
    checkCoTeachers(d, row, report);
    checkGradeInSpan(row, report, d.schools.get(row.get('School_id')));
    checkTermOrder(row, report);
  });
}

function checkCoTeachers(d: CleverDistrict, row: CsvRow, report: FileFindings): void {
  const seen = new Set([row.get('Teacher_id')]);
  for (const column of CO_TEACHER_COLUMNS) {
    const id = row.get(column);
    if (id === '') continue;
    checkReference(row, report, { column, table: d.teachers, rule: 'unknown-co-teacher', what: 'a Teacher_id in teachers.csv' });
    if (seen.has(id)) report(row.row, 'co-teacher-repeated', `${column} repeats a teacher already on this section`, id);
    seen.add(id);
  }
}

function checkTermOrder(row: CsvRow, report: FileFindings): void {
  const start = parseUsDate(row.get('Term_start'));
  const end = parseUsDate(row.get('Term_end'));
  if (start && end && compareDates(start, end) > 0) {
    report(row.row, 'date-range-inverted', 'Term_start is after Term_end', `${row.get('Term_start')}-${row.get('Term_end')}`);
  }
}
