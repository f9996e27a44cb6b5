import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor, type ColumnSpec } from '../plan/index.js';
import { columnContext } from '../plan/infer/column-context.js';
import { affixNullRate } from '../plan/infer/person-affixes.js';
import type { Value } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { columnValues } from './testing/column-values.js';

type Run = ReturnType<typeof run>;
let folded: Run;
let quoted: Run;

const ROWS = 400;

/** Chinook's Customer as a PostgreSQL port writes it: unquoted CamelCase, folded to lower case. */
const CUSTOMER = (quote: (n: string) => string) => `
  CREATE TABLE ${quote('Customer')} (
    ${quote('CustomerId')} serial PRIMARY KEY, ${quote('FirstName')} varchar(40) NOT NULL, ${quote('LastName')} varchar(40) NOT NULL,
    ${quote('Title')} varchar(8), ${quote('Suffix')} varchar(10),
    ${quote('BillingCity')} varchar(40), ${quote('BillingState')} varchar(40), ${quote('BillingPostalCode')} varchar(10),
    ${quote('ShipCountry')} varchar(40), ${quote('Email')} varchar(60), ${quote('Phone')} varchar(24),
    ${quote('CompanyName')} varchar(80), ${quote('PostalCode')} varchar(10));`;
const OTHERS = `
  CREATE TABLE employee (employeeid int PRIMARY KEY, firstname varchar(20) NOT NULL, lastname varchar(20) NOT NULL, title varchar(30), titleofcourtesy varchar(25));
  CREATE TABLE book (id int PRIMARY KEY, title varchar(200) NOT NULL);
  CREATE TABLE post (id int PRIMARY KEY, title varchar(10) NOT NULL, suffix varchar(10));`;

function run(ddl: string) {
  const schema = parseSchema(ddl, { dialect: 'postgres' }).schema;
  const plan = planFor(schema, { rows: ROWS });
  const data = generate(schema, plan);
  return {
    schema,
    specs: (table: string): Record<string, ColumnSpec> => plan.tables[table]?.columns ?? {},
    values: (table: string, column: string): Value[] => columnValues(data, table, column),
  };
}

beforeAll(async () => {
  await loadParsers();
  folded = run(CUSTOMER((n) => n) + OTHERS);
  quoted = run(CUSTOMER((n) => `"${n}"`));
});
const nonNull = (vs: readonly Value[]): Value[] => vs.filter((v) => v !== null);
const lower = (specs: Record<string, ColumnSpec>) => Object.fromEntries(Object.entries(specs).map(([k, v]) => [k.toLowerCase(), v]));

describe('names PostgreSQL folded to lower case', () => {
  it('get the generators their quoted CamelCase names get (before: sentences, status words and tokens)', () => {
    const specs = folded.specs('customer');
    expect(specs).toEqual(lower(quoted.specs('Customer')));
    expect(specs['billingcity']).toMatchObject({ generator: 'address', field: 'city' });
    expect(specs['billingstate']).toMatchObject({ generator: 'address', field: 'state' });
    expect(specs['billingpostalcode']).toMatchObject({ generator: 'address', field: 'zip' });
    expect(specs['shipcountry']).toMatchObject({ generator: 'address', field: 'country' });
  });

  it('write cities, state codes and ZIP codes, not prose', () => {
    const states = nonNull(folded.values('customer', 'billingstate'));
    expect(states.length).toBeGreaterThan(ROWS / 2);
    expect(states.every((s) => typeof s === 'string' && /^[A-Z]{2}$/.test(s))).toBe(true);
    expect(nonNull(folded.values('customer', 'billingpostalcode')).every((z) => /^\d{5}$/.test(String(z)))).toBe(true);
    expect(nonNull(folded.values('customer', 'billingcity')).some((c) => String(c).endsWith('.'))).toBe(false);
  });
});

describe('titles and suffixes of people', () => {
  const honorifics = ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.', 'Mx.'];

  it('a short title beside first and last names is an honorific, mostly Mr. and Ms.', () => {
    const titles = nonNull(folded.values('customer', 'title'));
    expect(new Set(titles)).toEqual(new Set(honorifics));
    expect(titles.filter((t) => t === 'Mr.' || t === 'Ms.').length).toBeGreaterThan(titles.length / 2);
    expect(nonNull(folded.values('employee', 'titleofcourtesy')).every((t) => honorifics.includes(String(t)))).toBe(true);
  });

  it("an honorific agrees with the row's sex, as its first name and gender do (before: Mr. beside a woman's name)", () => {
    const person = run('CREATE TABLE person (id serial PRIMARY KEY, first_name varchar(40) NOT NULL, gender varchar(10) NOT NULL, title varchar(8) NOT NULL);');
    const genders = person.values('person', 'gender');
    const titles = person.values('person', 'title');
    expect(person.specs('person')['title']).toEqual({ generator: 'honorific' });
    const of = (g: string): Set<Value> => new Set(titles.filter((_, i) => genders[i] === g));
    expect([...of('Female')].sort()).toEqual(['Dr.', 'Mrs.', 'Ms.', 'Mx.', 'Prof.']);
    expect([...of('Male')].sort()).toEqual(['Dr.', 'Mr.', 'Mx.', 'Prof.']);
  });

  it("a MySQL gender ENUM follows the row's sex too, so honorifics agree with it", () => {
    const schema = parseSchema("CREATE TABLE member (id INT PRIMARY KEY, first_name VARCHAR(40) NOT NULL, gender ENUM('Male','Female','Other') NOT NULL, title VARCHAR(6) NOT NULL);", { dialect: 'mysql' }).schema;
    const plan = planFor(schema, { rows: ROWS });
    expect(plan.tables['member']?.columns['gender']).toEqual({ generator: 'gender' });
    const data = generate(schema, plan);
    const genders = columnValues(data, 'member', 'gender');
    const titles = columnValues(data, 'member', 'title');
    expect(titles.filter((t, i) => genders[i] === 'Female' && t === 'Mr.')).toEqual([]);
    expect(titles.filter((t, i) => genders[i] === 'Male' && (t === 'Ms.' || t === 'Mrs.'))).toEqual([]);
    expect(new Set(genders)).toEqual(new Set(['Male', 'Female', 'Other']));
  });

  it('a suffix beside person names is Jr., Sr., II, III, IV, PhD or MD', () => {
    const suffixes = nonNull(folded.values('customer', 'suffix'));
    expect(new Set(suffixes)).toEqual(new Set(['Jr.', 'Sr.', 'II', 'III', 'IV', 'PhD', 'MD']));
  });

  it('keeps job titles, book titles and titles of tables without person names', () => {
    expect(folded.specs('employee')['title']).toEqual({ generator: 'vocabulary', name: 'jobTitle', nullRate: 0.1 });
    expect(folded.specs('book')['title']).toEqual({ generator: 'vocabulary', name: 'bookTitle' });
    expect(folded.specs('post')['title']).toEqual({ generator: 'vocabulary', name: 'title' });
    expect(folded.specs('post')['suffix']).toMatchObject({ generator: 'identifier' });
  });

  it('a nullable suffix should be mostly NULL and an honorific often NULL; other columns have no such rate', () => {
    const table = folded.schema.tables.find((t) => t.name === 'customer');
    const rate = (column: string): number | undefined => {
      const c = table?.columns.find((x) => x.name === column);
      return table && c ? affixNullRate(columnContext(table, c, '2026-01-01', ROWS)) : undefined;
    };
    expect([rate('suffix'), rate('title'), rate('firstname'), rate('billingcity')]).toEqual([0.9, 0.4, undefined, undefined]);
  });
});
