/**
 * K-12 roster throughput: one Clever roster of at least 100,000 students (5 districts × 20 schools
 * × 1,000 students) written to a temp directory, timed end to end (plan, generation, CSV, rename).
 * `npx tsx bench/k12-roster.ts [students]` runs it alone; `bench/run.ts` calls `benchK12Roster()`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeRoster } from '@rowforge/k12';

export interface K12BenchResult {
  readonly students: number;
  readonly seconds: number;
  readonly studentsPerSecond: number;
}

/** Writes a roster of `students` (rounded up to whole 1,000-student schools, at least 100,000) and times it. */
export async function benchK12Roster(students = 100_000): Promise<K12BenchResult> {
  const schools = Math.max(100, Math.ceil(students / 1000));
  const districts = Math.max(5, Math.ceil(schools / 200));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rowforge-bench-k12-'));
  try {
    const started = process.hrtime.bigint();
    const summary = await writeRoster({
      districts, schoolsPerDistrict: Math.ceil(schools / districts), studentsPerSchool: 1000, idMode: 'alphanumeric',
      format: 'clever', schoolYear: '2026-2027', seed: 'bench', out: path.join(tmp, 'roster'),
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { students: summary.totals.students, seconds, studentsPerSecond: summary.totals.students / seconds };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await benchK12Roster(Number(process.argv[2] ?? 100_000));
  console.log(`k12 roster: ${r.students.toLocaleString('en-US')} students in ${r.seconds.toFixed(1)} s = ${Math.round(r.studentsPerSecond).toLocaleString('en-US')} students/s`);
}
