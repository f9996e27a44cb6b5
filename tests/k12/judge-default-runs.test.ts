// Acceptance (issue 3, item 6a): the default roster (3 districts × 5 schools × 400 students)
// passes the independent judge with zero findings for seeds 1–5, both ID modes, all three formats.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkRoster, writeRoster } from '@rowforge/k12';
import { afterAll, describe, expect, it } from 'vitest';

const FORMATS = ['clever', 'oneroster-1.1', 'oneroster-1.2'] as const;
const ID_MODES = ['alphanumeric', 'sequential'] as const;
const SEEDS = [1, 2, 3, 4, 5] as const;
const EXPECTED_FILES = { clever: 18, 'oneroster-1.1': 8, 'oneroster-1.2': 9 } as const;

const root = mkdtempSync(join(tmpdir(), 'rowforge-judge-default-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe.each(FORMATS)('default roster, %s', (format) => {
  describe.each(ID_MODES)('%s IDs', (idMode) => {
    it.each(SEEDS)('seed %i: zero findings', async (seed) => {
      const out = join(root, `${format}-${idMode}-${seed}`);
      await writeRoster({ districts: 3, schoolsPerDistrict: 5, studentsPerSchool: 400, idMode, format, schoolYear: '2026-2027', seed, out });
      const report = await checkRoster(out);
      rmSync(out, { recursive: true, force: true });
      expect(report.findings.slice(0, 10)).toEqual([]);
      expect(report.omitted).toEqual({});
      expect(report.format).toBe(format);
      expect(report.filesChecked).toBe(EXPECTED_FILES[format]);
      // 6,000 students plus their enrollments at the very least: the judge really read the roster
      expect(report.rowsChecked).toBeGreaterThan(6000 * 3);
    });
  });
});
