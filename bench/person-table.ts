/**
 * Bench part (a): the CSV limit's 8-column person table (id, first, last, email, phone, dob,
 * city, state) as a Rowforge schema, with the generators a user would pick for it and no NULLs,
 * so Rowforge and the byte-writer limit write the same shape of row.
 */
export const PERSON_DDL = `CREATE TABLE person (
  id INT PRIMARY KEY,
  first VARCHAR(40) NOT NULL,
  last VARCHAR(40) NOT NULL,
  email VARCHAR(120) NOT NULL,
  phone VARCHAR(20) NOT NULL,
  dob DATE NOT NULL,
  city VARCHAR(60) NOT NULL,
  state CHAR(2) NOT NULL
);`;

const PERSON_COLUMNS: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  id: { generator: 'sequence', start: 1, step: 1 },
  first: { generator: 'firstName' },
  last: { generator: 'lastName' },
  email: { generator: 'email' },
  phone: { generator: 'phone' },
  dob: { generator: 'birthDate', minAge: 18, maxAge: 90 },
  city: { generator: 'address', field: 'city' },
  state: { generator: 'address', field: 'state' },
};

/** `plan` (from planFor) with the person table's columns set as above. */
export function personPlan(plan: unknown): unknown {
  const p = plan as { tables: Record<string, { columns: Record<string, unknown> }> };
  const person = p.tables['person'];
  if (!person) throw new Error('the person plan has no table "person"');
  return { ...p, tables: { ...p.tables, person: { ...person, columns: { ...PERSON_COLUMNS } } } };
}
