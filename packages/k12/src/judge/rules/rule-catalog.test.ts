import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JUDGE_RULES } from './rule-catalog.js';

const doc = readFileSync(new URL('../../../../../docs/k12-check.md', import.meta.url), 'utf8');
const documented = [...doc.matchAll(/^\| `([a-z-]+)` \| (\w+) \|/gm)].map((m) => [m[1], m[2]]);

describe('rule catalog', () => {
  it('uses stable kebab-case ids', () => {
    for (const rule of Object.keys(JUDGE_RULES)) expect(rule).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('is documented rule for rule, with the same groups, in docs/k12-check.md', () => {
    const catalog = Object.entries(JUDGE_RULES).map(([rule, { group }]) => [rule, group]);
    expect(documented).toEqual(catalog);
  });
});
