import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryDigest } from './testing/directory-digest.js';
import { writeRoster } from './write-roster.js';

/**
 * Golden digests of roster generator v2: a change here changes every user's roster for a seed.
 * Update them only on purpose, with a new generator version in roster.json.
 * v2 (2026-11): conflict-free master schedule (elective blocks, no teacher in two sections of one period).
 */
const GOLDEN = {
  clever: '99ede318d22fa3ec77e95832f38dbb7d43561174e62b389b752d4b76c0de5d57',
  'oneroster-1.1': '387354dd5cb8f7dbc33ffb22a6266c4dd0eb58baf4abc6593c22cc6dfd9a7325',
  'oneroster-1.2': '6afd46859ed19a95de2f6f23da3d6c9fe1b90dbf9f53fc967e02a1ce90a4470e',
} as const;

const root = mkdtempSync(join(tmpdir(), 'rowforge-k12-golden-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('roster generator v2 golden output', () => {
  it.each(Object.entries(GOLDEN))('%s bytes are unchanged', async (format, expected) => {
    const out = join(root, format);
    await writeRoster({
      districts: 1, schoolsPerDistrict: 3, studentsPerSchool: 40, idMode: 'alphanumeric', format: format as keyof typeof GOLDEN,
      schoolYear: '2026-2027', seed: 'golden', cleverExtended: true, out,
    });
    expect(directoryDigest(out)).toBe(expected);
  });
});
