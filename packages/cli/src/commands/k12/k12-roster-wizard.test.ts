import { describe, expect, it } from 'vitest';
import { rosterWizard } from './k12-roster-wizard.js';
import type { K12RosterFlags } from './k12-roster-flags.js';

const base: K12RosterFlags = {
  districts: 3, schoolsPerDistrict: 5, studentsPerSchool: 400, idMode: 'alphanumeric', format: 'clever',
  schoolYear: '2026-2027', seed: '1', out: 'k12-roster', overwrite: false, cleverExtended: false,
};

function scripted(answers: string[]): { ask: (q: string) => Promise<string>; asked: string[] } {
  const asked: string[] = [];
  return { asked, ask: (q) => { asked.push(q); return Promise.resolve(answers.shift() ?? ''); } };
}

describe('the roster wizard', () => {
  it("asks seed 000's questions and uses the answers", async () => {
    const s = scripted(['sequential', '2', '4', '100-200', 'oneroster-1.2', 'out-dir']);
    const flags = await rosterWizard(s.ask, base);
    expect(s.asked[0]).toMatch(/ID mode/);
    expect(s.asked[1]).toMatch(/districts/);
    expect(flags).toMatchObject({ idMode: 'sequential', districts: 2, schoolsPerDistrict: 4, studentsPerSchool: [100, 200], format: 'oneroster-1.2', out: 'out-dir' });
  });

  it('keeps defaults on Enter and asks again after a bad answer', async () => {
    const s = scripted(['', 'many', '', '7', '', '', '', '']);
    const flags = await rosterWizard(s.ask, base);
    expect(flags).toMatchObject({ idMode: 'alphanumeric', districts: 7, schoolsPerDistrict: 5, studentsPerSchool: 400, format: 'clever', out: 'k12-roster' });
    expect(s.asked.some((q) => q.includes('whole number'))).toBe(true);
  });
});
