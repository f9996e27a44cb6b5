import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DistrictInfo } from '../geo/districts.js';
import type { ResolvedOptions } from '../options/roster-options.js';
import { schoolCalendar } from '../model/school-calendar.js';
import type { SchoolRoster, Section } from '../model/roster-types.js';
import { CLEVER_FILES, cleverHeader, type CleverFile } from './clever-columns.js';
import { schoolRow, sectionRow, staffRow, studentRow, teacherRow } from './clever-rows.js';
import { CsvFile } from './csv-file.js';

/** Folder of a district in a Clever roster, as seed 000 lays it out. */
export function cleverFolder(d: DistrictInfo): string {
  return `${d.name}_Data`;
}

/** The six Clever files of one district, written school by school. */
export class CleverDistrictWriter {
  readonly #files: Record<CleverFile, CsvFile>;
  readonly #o: ResolvedOptions;
  readonly #d: DistrictInfo;
  readonly #term: { name: string; cal: ReturnType<typeof schoolCalendar> };

  constructor(dir: string, d: DistrictInfo, o: ResolvedOptions) {
    const folder = join(dir, cleverFolder(d));
    mkdirSync(folder, { recursive: true });
    this.#files = Object.fromEntries(CLEVER_FILES.map((f) => [f, new CsvFile(join(folder, `${f}.csv`), cleverHeader(f, o.cleverExtended))])) as Record<CleverFile, CsvFile>;
    this.#o = o;
    this.#d = d;
    this.#term = { name: o.schoolYear, cal: schoolCalendar(o.fallYear) };
  }

  write(s: SchoolRoster): void {
    const f = this.#files;
    const ext = this.#o.cleverExtended;
    f.schools.row(schoolRow(s, this.#d));
    for (const t of s.teachers) f.teachers.row(teacherRow(s, t));
    for (const m of s.staff) f.staff.row(staffRow(s, m));
    for (const st of s.students) f.students.row(studentRow(s, st, this.#d, ext));
    for (const sec of s.sections) f.sections.row(sectionRow(s, sec, ext, this.#term));
    for (const st of s.students) for (const k of st.sections) f.enrollments.row([s.id, (s.sections[k] as Section).id, st.id]);
  }

  close(): void {
    for (const f of Object.values(this.#files)) f.close();
  }
}
