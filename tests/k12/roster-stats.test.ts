/**
 * Acceptance c (issue 3): a 100,000-student Clever roster, measured from the written files.
 * Targets: NCES pupil/teacher 15.4 (Digest 216.30); NTPS class sizes; flat K–12 grade shares;
 * sex, race/ethnicity (Digest 216.30), ELL 10.6 %, IEP 15 % (k12.md §4.2–4.4); DOB inside the
 * state's cutoff window (±1 year for retained / early students); co-teaching and dual-role shares
 * as configured; alphanumeric IDs without runs of 5 ascending digits and unique across districts;
 * no teacher in two sections of the same period and term (Period / Term_* of the extended columns).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { birthWindow, STATES, writeRoster, type StateInfo } from '@rowforge/k12';
import { daysFromIso } from '@rowforge/core';
import { readCsv, type CsvTable } from '../support/csv.js';
import { TempDirs } from '../support/temp.js';

const temp = new TempDirs();
const FALL = 2026;
const CO = 0.05;
const DUAL = 0.03;

type Rows = Record<string, string>[];
interface District { readonly state: StateInfo; readonly files: Record<string, Rows> }

function objects(t: CsvTable): Rows {
  return t.rows.map((r) => Object.fromEntries(t.header.map((h, k) => [h, r[k] ?? ''])));
}

function readDistricts(dir: string): District[] {
  return readdirSync(dir).filter((f) => f.endsWith('_Data')).sort().map((folder) => {
    const files = Object.fromEntries(['schools', 'teachers', 'staff', 'students', 'sections', 'enrollments'].map((f) => [f, objects(readCsv(join(dir, folder, `${f}.csv`)))]));
    const code = (files['schools'] as Rows)[0]?.['School_state'];
    return { state: STATES.find((s) => s.code === code) as StateInfo, files };
  });
}

const all = (ds: District[], file: string): Rows => ds.flatMap((d) => d.files[file] as Rows);
const share = (rows: Rows, pred: (r: Record<string, string>) => boolean): number => rows.filter(pred).length / rows.length;
const pct = (x: number): number => Math.round(x * 1000) / 10;
const gradeNo = (g: string): number => (g === 'Kindergarten' ? 0 : Number(g));
const usDay = (mdy: string): number => daysFromIso(`${mdy.slice(6, 10)}-${mdy.slice(0, 2)}-${mdy.slice(3, 5)}`);

function ascendingRun(text: string): number {
  let best = 0; let run = 0; let prev = -2;
  for (const ch of text) {
    const d = ch >= '0' && ch <= '9' ? Number(ch) : -9;
    run = d < 0 ? 0 : d === prev + 1 ? run + 1 : 1;
    prev = d < 0 ? -2 : d;
    best = Math.max(best, run);
  }
  return best;
}

let ds: District[] = [];

beforeAll(async () => {
  const out = join(temp.make('k12-stats'), 'roster');
  await writeRoster({ districts: 5, schoolsPerDistrict: 20, studentsPerSchool: 1000, idMode: 'alphanumeric', format: 'clever', schoolYear: '2026-2027', seed: 'acceptance-c', cleverExtended: true, out });
  ds = readDistricts(out);
}, 120_000);

afterAll(() => temp.cleanup());

describe('a 100,000-student roster, measured from its files', () => {
  it('has 100,000 students in 5 districts mapped to states', () => {
    expect(all(ds, 'students')).toHaveLength(100_000);
    expect(ds.map((d) => d.state.code).sort()).toEqual(['CA', 'FL', 'IL', 'NY', 'TX']);
  });

  it('keeps NCES 15.4 students per teacher (±1)', () => {
    const ratio = all(ds, 'students').length / all(ds, 'teachers').length;
    expect(Math.abs(ratio - 15.4)).toBeLessThan(1);
  });

  it('keeps class sizes near NTPS (mean 19–25, 90 % of sections 15–30)', () => {
    const sizes = new Map<string, number>();
    for (const e of all(ds, 'enrollments')) sizes.set(e['Section_id'] as string, (sizes.get(e['Section_id'] as string) ?? 0) + 1);
    const list = all(ds, 'sections').map((s) => sizes.get(s['Section_id'] as string) ?? 0);
    const mean = list.reduce((a, b) => a + b, 0) / list.length;
    expect(mean).toBeGreaterThanOrEqual(19);
    expect(mean).toBeLessThanOrEqual(25);
    expect(list.filter((n) => n >= 15 && n <= 30).length / list.length).toBeGreaterThan(0.9);
  });

  it('spreads students evenly over K–12 (each grade 1/13 ±2 points)', () => {
    const students = all(ds, 'students');
    for (let g = 0; g <= 12; g++) expect(Math.abs(share(students, (s) => gradeNo(s['Grade'] as string) === g) - 1 / 13) * 100).toBeLessThan(2);
  });

  it('matches NCES sex, race/ethnicity, ELL and IEP shares (±2 points)', () => {
    const s = all(ds, 'students');
    const near = (x: number, target: number): void => { expect(Math.abs(pct(x) - target), `${pct(x)} vs ${target}`).toBeLessThan(2); };
    near(share(s, (r) => r['Gender'] === 'M'), 51.3);
    near(share(s, (r) => r['Gender'] === 'F'), 48.7);
    near(share(s, (r) => r['Hispanic_Latino'] === 'Y'), 28.5);
    const race = (letter: string): number => share(s, (r) => r['Hispanic_Latino'] === 'N' && r['Race'] === letter);
    near(race('W'), 44.8); near(race('B'), 15.0); near(race('A'), 5.5); near(race('M'), 5.0); near(race('I'), 0.9); near(race('P'), 0.4);
    near(share(s, (r) => r['Ell_status'] === 'Y'), 10.6);
    near(share(s, (r) => r['IEP_status'] === 'Y'), 15);
  });

  it('gives every student a DOB inside the cutoff window of the grade (±1 year), about 2 % retained', () => {
    let retained = 0;
    const outside: string[] = [];
    for (const d of ds) for (const s of d.files['students'] as Rows) {
      const g = gradeNo(s['Grade'] as string);
      const dob = usDay(s['DOB'] as string);
      const [first] = birthWindow(d.state, FALL, g);
      const [older] = birthWindow(d.state, FALL - 1, g);
      const [, younger] = birthWindow(d.state, FALL + 1, g);
      if (dob < older || dob > younger) outside.push(`${String(s['Student_id'])} grade ${g} DOB ${String(s['DOB'])}`);
      if (dob < first) retained++;
    }
    expect(outside).toEqual([]);
    expect(Math.abs(retained / 100_000 - 0.02)).toBeLessThan(0.005);
  });

  it("keeps every student's grade inside the school's span and schedules 1 homeroom (K–5) or 6–7 distinct subjects (6–12)", () => {
    const problems: string[] = [];
    for (const d of ds) {
      const span = new Map((d.files['schools'] as Rows).map((s) => [s['School_id'], [gradeNo(s['Low_grade'] as string), gradeNo(s['High_grade'] as string)]]));
      const sections = new Map((d.files['sections'] as Rows).map((s) => [s['Section_id'], s]));
      const schedule = new Map<string, Rows>();
      for (const e of d.files['enrollments'] as Rows) {
        const list = schedule.get(e['Student_id'] as string) ?? [];
        list.push(sections.get(e['Section_id']) as Record<string, string>);
        schedule.set(e['Student_id'] as string, list);
      }
      for (const st of d.files['students'] as Rows) {
        const g = gradeNo(st['Grade'] as string);
        const [lo, hi] = span.get(st['School_id']) ?? [99, -1];
        const mine = schedule.get(st['Student_id'] as string) ?? [];
        const subjects = new Set(mine.map((x) => x['Subject']));
        const ok = g >= (lo as number) && g <= (hi as number) && mine.every((x) => x['Grade'] === st['Grade'] && x['School_id'] === st['School_id']) &&
          subjects.size === mine.length && (g <= 5 ? mine.length === 1 && mine[0]?.['Subject'] === 'homeroom/advisory' : mine.length >= 6 && mine.length <= 7);
        if (!ok && problems.length < 5) problems.push(`${String(st['Student_id'])} grade ${g}: ${mine.length} sections`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('co-teaches the configured share of sections (±1 point) with a different teacher', () => {
    const sections = all(ds, 'sections');
    const co = sections.filter((s) => s['Teacher_2_id'] !== '');
    expect(Math.abs(co.length / sections.length - CO) * 100).toBeLessThan(1);
    expect(co.filter((s) => s['Teacher_2_id'] === s['Teacher_id'])).toEqual([]);
  });

  it('never books a teacher (Teacher_id or Teacher_2_id) into two sections of one period and term', () => {
    const twice: string[] = [];
    for (const d of ds) {
      const seen = new Set<string>();
      for (const s of d.files['sections'] as Rows) for (const t of [s['Teacher_id'], s['Teacher_2_id']]) {
        if (!t) continue;
        const key = [s['School_id'], t, s['Period'], s['Term_name'], s['Term_start'], s['Term_end']].join('|');
        if (seen.has(key) && twice.length < 5) twice.push(key);
        seen.add(key);
      }
    }
    expect(all(ds, 'sections').every((s) => /^([1-7]|HR)$/.test(s['Period'] as string) && s['Term_name'] !== '')).toBe(true);
    expect(twice).toEqual([]);
  });

  it('lists the configured share of teachers in staff.csv with the same email, name and school (±1 point)', () => {
    const teachers = all(ds, 'teachers');
    const byEmail = new Map(teachers.map((t) => [t['Teacher_email'], t]));
    const dual = all(ds, 'staff').filter((s) => byEmail.has(s['Staff_email']));
    expect(Math.abs(dual.length / teachers.length - DUAL) * 100).toBeLessThan(1);
    const differing = dual.filter((s) => {
      const t = byEmail.get(s['Staff_email']) as Record<string, string>;
      return s['First_name'] !== t['First_name'] || s['Last_name'] !== t['Last_name'] || s['School_id'] !== t['School_id'];
    });
    expect(differing).toEqual([]);
  });

  it('writes alphanumeric IDs in seed 000 shapes, without runs of 5 ascending digits, unique across districts', () => {
    const idColumns: Record<string, string[]> = {
      schools: ['School_id', 'School_number'], teachers: ['Teacher_id', 'Teacher_number', 'State_teacher_id'], staff: ['Staff_id'],
      students: ['Student_id', 'Student_number', 'State_id'], sections: ['Section_id'],
    };
    for (const [file, cols] of Object.entries(idColumns)) for (const col of cols) {
      const values = all(ds, file).map((r) => r[col] as string);
      expect(new Set(values).size, `${file}.${col} unique`).toBe(values.length);
      const bad = values.filter((v) => ascendingRun(v) >= 5 || (!/[a-f]/.test(v) && ascendingRun(v.replace(/\D/g, '')) >= 5));
      expect(bad, `${file}.${col}`).toEqual([]);
    }
    expect(all(ds, 'schools').every((s) => /^[0-9a-f]{5,6}$/.test(s['School_id'] as string))).toBe(true);
    expect(all(ds, 'students').every((s) => /^[A-Z]{2}-\d{2}-\d{8}$/.test(s['Student_id'] as string))).toBe(true);
    expect(all(ds, 'teachers').every((t) => /^[A-Z]{2}-T-\d{6,}$/.test(t['Teacher_id'] as string))).toBe(true);
  });
});
