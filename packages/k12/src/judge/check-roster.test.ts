import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRowforgeError } from '@rowforge/core';
import { afterAll, describe, expect, it } from 'vitest';
import { checkRoster } from './check-roster.js';
import { FINDINGS_PER_RULE } from './finding-sink.js';
import { cleverFixture, D } from './testing/clever-fixture.js';
import { writeFixture } from './testing/roster-fixture.js';

const dirs: string[] = [];
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
const tmp = (): string => { const d = mkdtempSync(join(tmpdir(), 'rowforge-judge-')); dirs.push(d); return d; };

async function unreadable(dir: string): Promise<string> {
  const e: unknown = await checkRoster(dir).then(() => undefined, (err: unknown) => err);
  expect(isRowforgeError(e, 'ROSTER_UNREADABLE')).toBe(true);
  return isRowforgeError(e) ? e.message : '';
}

describe('checkRoster', () => {
  it('refuses a missing directory and one that is neither Clever nor OneRoster', async () => {
    expect(await unreadable(join(tmpdir(), 'rowforge-no-such-roster'))).toMatch(/does not exist/);
    const dir = tmp();
    writeFileSync(join(dir, 'roster.json'), '{}');
    mkdirSync(join(dir, 'North'));
    expect(await unreadable(dir)).toMatch(/no manifest.csv/);
  });

  it('ignores non-CSV files such as roster.json', async () => {
    const dir = writeFixture(cleverFixture());
    dirs.push(dir);
    writeFileSync(join(dir, 'roster.json'), '{"districts":1}');
    writeFileSync(join(dir, D, 'README.txt'), 'notes');
    expect((await checkRoster(dir)).findings).toEqual([]);
  });

  it('reports broken CSV quoting with its row', async () => {
    const dir = writeFixture(cleverFixture());
    dirs.push(dir);
    writeFileSync(join(dir, D, 'enrollments.csv'), 'School_id,Section_id,Student_id\nS1,C1,P1\nS1,"C2,P2\n');
    const keys = (await checkRoster(dir)).findings.map((f) => `${f.row}:${f.rule}`);
    expect(keys).toContain('2:csv-syntax');
  });

  it('caps a flood of findings per rule and counts the rest', async () => {
    const dir = writeFixture(cleverFixture());
    dirs.push(dir);
    const rows = Array.from({ length: 250 }, (_, i) => `S1,C1,X${i}`);
    writeFileSync(join(dir, D, 'enrollments.csv'), ['School_id,Section_id,Student_id', ...rows].join('\n'));
    const report = await checkRoster(dir);
    expect(report.findings.filter((f) => f.rule === 'unknown-student')).toHaveLength(FINDINGS_PER_RULE);
    expect(report.omitted['unknown-student']).toBe(250 - FINDINGS_PER_RULE);
  });
});
