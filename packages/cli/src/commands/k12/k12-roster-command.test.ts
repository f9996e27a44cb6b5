import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../main.js';
import type { Io } from '../../io.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-k12-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function captured(): Io & { outLines: string[]; errLines: string[] } {
  const outLines: string[] = [];
  const errLines: string[] = [];
  return { outLines, errLines, out: (l) => outLines.push(l), err: (l) => errLines.push(l), now: () => 0 };
}

describe('rowforge k12 roster', () => {
  it('writes a roster and says what it wrote', async () => {
    const io = captured();
    const out = join(root, 'r1');
    const code = await main(['k12', 'roster', '--districts', '1', '--schools-per-district', '2', '--students-per-school', '50', '--id-mode', 'sequential', '--out', out], io);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['WestCharter_Data', 'roster.json']);
    expect(io.outLines[0]).toMatch(/^wrote 1 district\(s\), 2 schools, 100 students, .* \(clever, sequential IDs, seed 1\)/);
  });

  it.each([
    [['--id-mode', 'hex'], /--id-mode must be one of alphanumeric, sequential/],
    [['--students-per-school', 'lots'], /--students-per-school expects N or MIN-MAX/],
    [['--districts', '0'], /--districts expects a whole number from 1 to 500/],
    [['--co-teaching-share', '2'], /--co-teaching-share expects a share from 0 to 1/],
    [['--school-year', '2026-2028'], /--school-year expects YYYY-YYYY/],
  ])('rejects %j with one line and exit 2', async (args, message) => {
    const io = captured();
    const out = join(root, 'bad');
    expect(await main(['k12', 'roster', ...args, '--out', out], io)).toBe(2);
    expect(io.errLines).toHaveLength(1);
    expect(io.errLines[0]).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses an existing --out with exit 5', async () => {
    const io = captured();
    const out = join(root, 'r1');
    expect(await main(['k12', 'roster', '--out', out, '--districts', '1'], io)).toBe(5);
    expect(io.errLines[0]).toMatch(/already exists/);
  });
});
