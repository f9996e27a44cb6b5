/**
 * Acceptance d (issue 3): the six Clever files of a roster, declared as a Rowforge schema with
 * their keys (PK, FK, UNIQUE, CHECK), load into PostgreSQL through core's loader
 * (`loadPostgres`: COPY, then every constraint validated) with zero violations, in both ID modes.
 * Needs PostgreSQL on 127.0.0.1:5432 (trust, db `test`); a missing server fails the suite.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CsvParser, loadOrder, loadParsers, loadPostgres, parseSchema, type GeneratedData, type Row, type Schema, type Table, type TableData, type Value } from '@rowforge/core';
import { writeRoster } from '@rowforge/k12';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { TempDirs } from '../support/temp.js';

const GRADES = `'Kindergarten','1','2','3','4','5','6','7','8','9','10','11','12'`;
const SUBJECTS = `'english/language arts','math','science','social studies','language','homeroom/advisory','interventions/online learning','technology and engineering','PE and health','arts and music','other'`;

/** The Clever roster as a schema: seed 000's columns, Clever's keys and vocabularies. */
const CLEVER_DDL = `
CREATE TABLE "schools" (
  "School_id" varchar(16) PRIMARY KEY, "School_name" varchar(120) NOT NULL, "School_number" varchar(16) NOT NULL UNIQUE,
  "Low_grade" varchar(12) NOT NULL CHECK ("Low_grade" IN (${GRADES})), "High_grade" varchar(12) NOT NULL CHECK ("High_grade" IN (${GRADES})),
  "Principal" varchar(120) NOT NULL, "Principal_email" varchar(160) NOT NULL, "School_address" varchar(160) NOT NULL, "School_city" varchar(80) NOT NULL,
  "School_state" char(2) NOT NULL, "School_zip" char(5) NOT NULL, "School_phone" varchar(16) NOT NULL
);
CREATE TABLE "teachers" (
  "School_id" varchar(16) NOT NULL REFERENCES "schools" ("School_id"), "Teacher_id" varchar(32) PRIMARY KEY,
  "Teacher_number" varchar(32) NOT NULL UNIQUE, "State_teacher_id" char(10) NOT NULL UNIQUE, "Teacher_email" varchar(160) NOT NULL UNIQUE,
  "First_name" varchar(80) NOT NULL, "Last_name" varchar(80) NOT NULL, "Title" varchar(80) NOT NULL
);
CREATE TABLE "staff" (
  "School_id" varchar(16) NOT NULL REFERENCES "schools" ("School_id"), "Staff_id" varchar(32) PRIMARY KEY, "Staff_email" varchar(160) NOT NULL UNIQUE,
  "First_name" varchar(80) NOT NULL, "Last_name" varchar(80) NOT NULL, "Department" varchar(80) NOT NULL, "Title" varchar(80) NOT NULL
);
CREATE TABLE "students" (
  "School_id" varchar(16) NOT NULL REFERENCES "schools" ("School_id"), "Student_id" varchar(32) PRIMARY KEY,
  "Student_number" varchar(32) NOT NULL UNIQUE, "State_id" char(10) NOT NULL UNIQUE, "Last_name" varchar(80) NOT NULL, "First_name" varchar(80) NOT NULL,
  "Grade" varchar(12) NOT NULL CHECK ("Grade" IN (${GRADES})), "Gender" char(1) NOT NULL CHECK ("Gender" IN ('M', 'F', 'X')),
  "DOB" date NOT NULL, "Student_email" varchar(160) NOT NULL UNIQUE
);
CREATE TABLE "sections" (
  "School_id" varchar(16) NOT NULL REFERENCES "schools" ("School_id"), "Section_id" varchar(32) PRIMARY KEY,
  "Teacher_id" varchar(32) NOT NULL REFERENCES "teachers" ("Teacher_id"), "Teacher_2_id" varchar(32) REFERENCES "teachers" ("Teacher_id"),
  "Name" varchar(160) NOT NULL, "Grade" varchar(12) NOT NULL CHECK ("Grade" IN (${GRADES})), "Subject" varchar(40) NOT NULL CHECK ("Subject" IN (${SUBJECTS})),
  CHECK ("Teacher_2_id" IS NULL OR "Teacher_2_id" <> "Teacher_id")
);
CREATE TABLE "enrollments" (
  "School_id" varchar(16) NOT NULL REFERENCES "schools" ("School_id"), "Section_id" varchar(32) NOT NULL REFERENCES "sections" ("Section_id"),
  "Student_id" varchar(32) NOT NULL REFERENCES "students" ("Student_id"), PRIMARY KEY ("Section_id", "Student_id")
);`;

/** Clever's MM/DD/YYYY as days since 1970-01-01 (core's Value for a date). */
function usDate(text: string): number {
  const [m, d, y] = text.split('/').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}

function records(file: string): (string | null)[][] {
  const p = new CsvParser();
  const out = [...p.push(readFileSync(file, 'utf8')), ...p.end()];
  const bad = out.find((r) => r.error);
  if (bad) throw new Error(`${file}:${bad.line}: ${bad.error ?? ''}`);
  return out.map((r) => r.fields);
}

/** A table's rows read back from every district's CSV file, as core's row batches. */
function csvTableData(table: Table, files: readonly string[]): TableData {
  const read = (): Row[] => files.flatMap((f) => {
    const [header, ...rows] = records(f);
    const at = table.columns.map((c) => (header ?? []).indexOf(c.name));
    if (at.some((k) => k < 0)) throw new Error(`${f}: header ${String(header)} lacks a column of ${table.name}`);
    return rows.map((r) => table.columns.map((c, i): Value => {
      const v = r[at[i] as number] ?? null;
      return v !== null && c.type.kind === 'date' ? usDate(v) : v;
    }));
  });
  const rowCount = read().length;
  return { table, rowCount, *batches() { yield read(); } };
}

function cleverData(schema: Schema, dir: string): GeneratedData {
  const folders = readdirSync(dir).filter((f) => f.endsWith('_Data')).sort();
  const order = loadOrder(schema);
  const byName = new Map(schema.tables.map((t) => [t.name, t]));
  const tables = order.tables.map((name) => csvTableData(byName.get(name) as Table, folders.map((f) => join(dir, f, `${name}.csv`))));
  return { schema, order, tables, seed: 'clever-roster', planHash: '', generatorVersion: '' };
}

const temp = new TempDirs();
let schema: Schema;

beforeAll(async () => {
  await loadParsers();
  schema = parseSchema(CLEVER_DDL, { dialect: 'postgres' }).schema;
});

afterAll(() => temp.cleanup());

describe('a Clever roster in PostgreSQL', () => {
  it('declares the six files with their keys', () => {
    expect(schema.tables.map((t) => t.name).sort()).toEqual(['enrollments', 'schools', 'sections', 'staff', 'students', 'teachers']);
    expect(loadOrder(schema).tables[0]).toBe('schools');
    expect(schema.tables.find((t) => t.name === 'sections')?.foreignKeys).toHaveLength(3);
  });

  for (const idMode of ['alphanumeric', 'sequential'] as const) {
    it(`loads a ${idMode} roster with every constraint validated and zero violations`, async () => {
      const out = join(temp.make(`k12-pg-${idMode}`), 'roster');
      const summary = await writeRoster({ districts: 3, schoolsPerDistrict: 5, studentsPerSchool: [300, 600], idMode, format: 'clever', schoolYear: '2026-2027', seed: 4, out });
      await withPgDatabase(async (db) => {
        const url = `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
        const loaded = await loadPostgres(cleverData(schema, out), { url });
        const rows = Object.fromEntries(loaded.tables.map((t) => [t.name, t.rows]));
        expect(rows).toEqual({
          schools: summary.totals.schools, teachers: summary.totals.teachers, staff: summary.totals.staff,
          students: summary.totals.students, sections: summary.totals.sections, enrollments: summary.totals.enrollments,
        });
        expect(await db.integrityProblems()).toEqual([]);
        const [fk] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'f' AND convalidated`);
        expect(fk?.n).toBe(9);
      });
    });
  }
});
