import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, validatePlan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

const fixture = (name: string): Schema =>
  parseSchema(readFileSync(resolve(import.meta.dirname, '../../../../../shared/fixtures/ddl', name), 'utf8')).schema;

/** Sentences only a negative / a positive performance review says. */
const NEGATIVE = /Below expectations|Did not meet|missed|Needs to improve|Must improve|improvement plan|Rework|Errors in/i;
const POSITIVE = /exceeds expectations|goes beyond|go-to person|trusted resource|role model|promotion|more responsibility|improved noticeably|improved measurably/i;
/** What goods, restaurants and school goals say. */
const ELSEWHERE = /shipping|would recommend|delicious|server|spring break|homework|study|note-taking|grades|assignments/i;

describe('performance reviews', () => {
  beforeAll(async () => { await loadParsers(); });

  it('plans company_employee Performance_Reviews: comments by rating about an employee, goals at work', () => {
    const columns = planFor(fixture('company_employee.ddl'), { rows: 10 }).tables['Performance_Reviews']?.columns;
    expect(columns?.['comments']).toMatchObject({ generator: 'text', kind: 'review', ratingColumn: 'rating', subject: 'employee' });
    expect(columns?.['goals_set']).toMatchObject({ generator: 'text', kind: 'goals', subject: 'employee' });
  });

  it('writes comments whose tone follows the rating and goals of work', () => {
    const schema = fixture('company_employee.ddl');
    const data = generate(schema, planFor(schema, { rows: 1500, seed: 5 }));
    const ratings = columnValues(data, 'Performance_Reviews', 'rating');
    const comments = columnValues(data, 'Performance_Reviews', 'comments');
    const goals = columnValues(data, 'Performance_Reviews', 'goals_set').filter((g) => g !== null).map(String);
    comments.forEach((c, i) => {
      if (c === null) return;
      if (Number(ratings[i]) <= 2) expect(String(c)).not.toMatch(POSITIVE);
      if (Number(ratings[i]) >= 4) expect(String(c)).not.toMatch(NEGATIVE);
      expect(String(c)).not.toMatch(ELSEWHERE);
    });
    expect(comments.filter((c, i) => c !== null && Number(ratings[i]) === 1).some((c) => NEGATIVE.test(String(c)))).toBe(true);
    expect(goals.length).toBeGreaterThan(1000);
    expect(goals.some((g) => ELSEWHERE.test(g))).toBe(false);
  });

  it('refuses subject "employee" on a description and "project" on goals', () => {
    const schema = parseSchema('CREATE TABLE appraisals (id INT PRIMARY KEY, notes TEXT, goals TEXT);').schema;
    const plan = planFor(schema, { rows: 10 });
    const withSpec = (column: string, spec: object) => ({ ...plan, tables: { appraisals: { ...plan.tables['appraisals']!, columns: { ...plan.tables['appraisals']!.columns, [column]: spec } } } });
    expect(() => validatePlan(schema, withSpec('notes', { generator: 'text', kind: 'description', subject: 'employee' }))).toThrow(/subject "employee" applies to kind "review" or "goals"/);
    expect(() => validatePlan(schema, withSpec('goals', { generator: 'text', kind: 'goals', subject: 'project' }))).toThrow(/subject "project" applies to kind "description"/);
  });
});
