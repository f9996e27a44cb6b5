import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '@rowforge/core';
import { CLEVER_COLUMNS, CLEVER_EXTENDED } from './out/clever-columns.js';
import { ONEROSTER_COLUMNS } from './out/oneroster-columns.js';
import type { RosterOptions } from './options/roster-options.js';
import { directoryDigest } from './testing/directory-digest.js';
import { writeRoster } from './write-roster.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-k12-write-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const small: RosterOptions = { districts: 2, schoolsPerDistrict: 3, studentsPerSchool: 120, idMode: 'alphanumeric', format: 'clever', schoolYear: '2026-2027', seed: 1 };
let n = 0;
const fresh = (): string => join(root, `run-${n++}`);

const header = (file: string): string => readFileSync(file, 'utf8').split('\n')[0] ?? '';
const lines = (file: string): string[] => readFileSync(file, 'utf8').trimEnd().split('\n').slice(1);

describe('writeRoster, Clever', () => {
  it("lays districts out as seed 000 does, with seed 000's columns", async () => {
    const out = fresh();
    const summary = await writeRoster({ ...small, out });
    expect(readdirSync(out).sort()).toEqual(['NorthCharter_Data', 'WestCharter_Data', 'roster.json']);
    for (const [file, cols] of Object.entries(CLEVER_COLUMNS)) expect(header(join(out, 'WestCharter_Data', `${file}.csv`))).toBe(cols.join(','));
    expect(lines(join(out, 'NorthCharter_Data', 'schools.csv')).every((l) => l.includes(',NY,'))).toBe(true);
    expect(summary.totals.students).toBe(720);
    expect(JSON.parse(readFileSync(join(out, 'roster.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(summary)));
  });

  it('adds the optional columns with --clever-extended', async () => {
    const out = fresh();
    await writeRoster({ ...small, out, cleverExtended: true });
    expect(header(join(out, 'WestCharter_Data', 'students.csv'))).toBe([...CLEVER_COLUMNS.students, ...CLEVER_EXTENDED.students].join(','));
    expect(header(join(out, 'WestCharter_Data', 'sections.csv'))).toBe([...CLEVER_COLUMNS.sections, ...CLEVER_EXTENDED.sections].join(','));
  });

  it('is byte-identical for a seed and different for another', async () => {
    const [a, b, c] = [fresh(), fresh(), fresh()];
    await writeRoster({ ...small, out: a });
    await writeRoster({ ...small, out: b });
    await writeRoster({ ...small, seed: 2, out: c });
    expect(directoryDigest(a)).toBe(directoryDigest(b));
    expect(directoryDigest(a)).not.toBe(directoryDigest(c));
  });

  it('uses safe contact data: 555-01xx phones and example.org mail', async () => {
    const out = fresh();
    await writeRoster({ ...small, out });
    const schools = lines(join(out, 'WestCharter_Data', 'schools.csv'));
    expect(schools.every((l) => /,\d{3}-555-01\d\d$/.test(l))).toBe(true);
    expect(lines(join(out, 'WestCharter_Data', 'teachers.csv')).every((l) => l.includes('@westcharter.example.org'))).toBe(true);
  });
});

describe('writeRoster, OneRoster', () => {
  it.each(['oneroster-1.1', 'oneroster-1.2'] as const)('writes one %s bulk export in spec column order', async (format) => {
    const out = fresh();
    await writeRoster({ ...small, format, idMode: 'sequential', out });
    const users = format === 'oneroster-1.1' ? ONEROSTER_COLUMNS.users11 : ONEROSTER_COLUMNS.users12;
    expect(header(join(out, 'users.csv'))).toBe(users.join(','));
    expect(header(join(out, 'enrollments.csv'))).toBe(ONEROSTER_COLUMNS.enrollments.join(','));
    expect(lines(join(out, 'manifest.csv'))).toContain(`oneroster.version,${format.slice(-3)}`);
    expect(existsSync(join(out, 'roles.csv'))).toBe(format === 'oneroster-1.2');
    const orgs = lines(join(out, 'orgs.csv'));
    expect(orgs.filter((l) => l.includes(',district,'))).toHaveLength(2);
    expect(orgs.filter((l) => l.includes(',school,'))).toHaveLength(6);
  });

  it('gives dual-role teachers a secondary role in 1.2', async () => {
    const out = fresh();
    await writeRoster({ ...small, format: 'oneroster-1.2', dualRoleShare: 0.5, out });
    const roles = lines(join(out, 'roles.csv'));
    expect(roles.filter((l) => l.includes(',secondary,')).length).toBeGreaterThan(5);
  });
});

describe('writeRoster, errors', () => {
  it('refuses bad options with K12_OPTIONS_INVALID and writes nothing', async () => {
    const out = fresh();
    const e: unknown = await writeRoster({ ...small, studentsPerSchool: [500, 100], out }).catch((x: unknown) => x);
    expect(isRowforgeError(e, 'K12_OPTIONS_INVALID')).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses to replace an existing output without overwrite, and replaces it with', async () => {
    const out = fresh();
    await writeRoster({ ...small, out });
    writeFileSync(join(out, 'marker'), 'x');
    const e: unknown = await writeRoster({ ...small, out }).catch((x: unknown) => x);
    expect(isRowforgeError(e, 'OUTPUT_EXISTS')).toBe(true);
    await writeRoster({ ...small, out, overwrite: true });
    expect(existsSync(join(out, 'marker'))).toBe(false);
    expect(readdirSync(root).filter((f) => f.includes('k12-staging') || f.includes('k12-old'))).toEqual([]);
  });
});
