import { beforeAll, describe, expect, it } from 'vitest';
import { planFor } from '../plan/index.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { tableColumns } from './testing/table-columns.js';

const USERS = `CREATE TABLE users (
  id int PRIMARY KEY,
  full_name VARCHAR(100) NOT NULL,
  gender VARCHAR(12) NOT NULL CHECK (gender IN ('female', 'male', 'non-binary')),
  title VARCHAR(10) NOT NULL
);`;

const ROWS = 3000;
const FEMALE_ONLY = new Set(['Ms.', 'Mrs.']);

describe("a gender CHECK IN on a text column follows the row's sex", () => {
  let column: (name: string) => Value[] = () => [];
  beforeAll(async () => {
    column = await tableColumns(USERS, ROWS);
  });

  it('is planned as the gender generator, not an independent enum', () => {
    const plan = planFor(parseSchema(USERS).schema, { rows: 10 });
    expect(plan.tables['users']?.columns['gender']).toEqual({ generator: 'gender' });
  });

  it("draws only the CHECK's labels, spelled as the CHECK spells them", () => {
    expect(new Set(column('gender'))).toEqual(new Set(['female', 'male', 'non-binary']));
  });

  it('agrees with the honorific: no man is Ms. or Mrs., no woman Mr., a non-binary person is Mx.', () => {
    const gender = column('gender');
    const title = column('title');
    const pairs = gender.map((g, i) => [g, title[i]] as const);
    expect(pairs.filter(([g, t]) => g === 'male' && FEMALE_ONLY.has(String(t)))).toEqual([]);
    expect(pairs.filter(([g, t]) => g === 'female' && t === 'Mr.')).toEqual([]);
    const nonBinary = pairs.filter(([g]) => g === 'non-binary');
    expect(nonBinary.length).toBeGreaterThan(10);
    expect(new Set(nonBinary.map(([, t]) => t))).toEqual(new Set(['Mx.']));
  });

  it('keeps title case where the CHECK has it, and leaves a label the column cannot hold out', async () => {
    await loadParsers();
    const ddl = "CREATE TABLE p (id int PRIMARY KEY, sex VARCHAR(6) NOT NULL CHECK (sex IN ('Female', 'Male', 'Non-binary')));";
    const sex = (await tableColumns(ddl, 500))('sex');
    expect(new Set(sex)).toEqual(new Set(['Female', 'Male']));
  });
});
