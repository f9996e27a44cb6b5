/**
 * Realism on the published fixtures (CSV, 1000 rows, seed 42): emails built from the row's own
 * names; city/state/ZIP/area code that agree (USPS prefixes and area codes from
 * shared/reference/k12.md §4.6–4.7, cities from the USPS database in `zipcodes`); dates in
 * plausible windows and paired dates in order; text that fits its column; enum weights from an
 * edited plan honoured within ±3 points over 10,000 rows.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnValues, hasColumn, readCsv, type CsvTable } from '../support/csv.js';
import { manifestTable, tableFile } from '../support/manifest.js';
import { readSimpleMysqlDdl } from '../support/mysql-ddl.js';
import { fixturesDir } from '../support/paths.js';
import { patchPlanColumn, planColumn } from '../support/plan-edit.js';
import { generate, outPath, printPlan, type Generated } from '../support/rowforge.js';
import { TempDirs } from '../support/temp.js';
import { areaCodeOf, AREA_CODES, stateAbbreviation, zipMatchesState } from '../support/us-geo.js';
import { cityInState } from '../support/zipcodes.js';

const FIXTURES = ['restaurants.ddl', 'library_mgm.ddl', 'company_employee.ddl'] as const;
const ROWS = 1000;
const SEED = 42;
const REFERENCE_YEAR = 2026;

const temps = new TempDirs();
afterAll(() => temps.cleanup());

interface LoadedTable { readonly name: string; readonly csv: CsvTable }
interface Output { readonly generated: Generated; readonly tables: readonly LoadedTable[] }

/** Each fixture is generated once, on first use, so a failure fails each test (never skips it). */
const outputs = new Map<string, Promise<Output>>();
function output(fixture: string): Promise<Output> {
  let p = outputs.get(fixture);
  if (!p) {
    p = generate({
      schema: path.join(fixturesDir, fixture), dialect: 'mysql', rows: ROWS, seed: SEED, format: 'csv', target: 'postgres',
      out: outPath(temps.make('realism')),
    }).then((g) => ({ generated: g, tables: g.manifest.tables.map((t) => ({ name: t.name, csv: readCsv(tableFile(g.dir, t)) })) }));
    outputs.set(fixture, p);
  }
  return p;
}

async function tables(fixture: string): Promise<readonly LoadedTable[]> {
  return (await output(fixture)).tables;
}

async function withColumns(fixture: string, ...cols: string[]): Promise<LoadedTable[]> {
  return (await tables(fixture)).filter((t) => cols.every((c) => hasColumn(t.csv, c)));
}

/** Lower-case ASCII letters only, diacritics folded ("José O'Neil" → "joseoneil"). */
function lettersOnly(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** Rows of `t` as objects (column name → value). */
function rows(t: LoadedTable): Record<string, string | null>[] {
  return t.csv.rows.map((r) => Object.fromEntries(t.csv.header.map((h, k) => [h.toLowerCase(), r[k] ?? null])));
}

function report(problems: string[], total: number): string {
  return `${problems.length} of ${total} rows fail, e.g.\n${problems.slice(0, 10).join('\n')}`;
}

const US = new Set(['us', 'usa', 'united states', 'united states of america', 'u.s.', 'u.s.a.']);
const PHONE_COLUMNS = ['phone_number', 'contact_phone', 'phone'];

describe.each(FIXTURES)('realism of %s', (fixture) => {
  it('emails are made from the same row\'s names: the local part\'s letters are first+last, an initial and a name, or one name', async () => {
    const found = await withColumns(fixture, 'first_name', 'last_name', 'email');
    expect(found.length, 'tables with first_name, last_name and email').toBeGreaterThan(0);
    for (const t of found) {
      const all = rows(t).filter((r) => r['email'] !== null);
      const bad = all.filter((r) => {
        const local = lettersOnly((r['email'] ?? '').split('@')[0] ?? '');
        const f = lettersOnly(r['first_name'] ?? '');
        const l = lettersOnly(r['last_name'] ?? '');
        const derived = [f + l, l + f, f.slice(0, 1) + l, f + l.slice(0, 1), l + f.slice(0, 1), f, l];
        return !derived.includes(local);
      }).map((r) => `${String(r['first_name'])} ${String(r['last_name'])} <${String(r['email'])}>`);
      expect(bad, `${t.name}: ${report(bad, all.length)}`).toEqual([]);
      expect(all.every((r) => /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(r['email'] ?? '')), `${t.name}: emails look like x@y.z`).toBe(true);
    }
  });

  it('city, state, ZIP and phone area code agree (USPS ranges, §4.6/§4.7)', async () => {
    const found = await withColumns(fixture, 'state', 'zip_code');
    expect(found.length, 'tables with state and zip_code').toBeGreaterThan(0);
    for (const t of found) {
      const phoneCol = PHONE_COLUMNS.find((c) => hasColumn(t.csv, c));
      const all = rows(t).filter((r) => r['state'] !== null && (r['country'] == null || US.has(r['country'].toLowerCase())));
      expect(all.length, `${t.name}: US rows with a state`).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const r of all) {
        const st = stateAbbreviation(r['state']!);
        const where = `${String(r['city'])}, ${String(r['state'])} ${String(r['zip_code'])} ${phoneCol ? String(r[phoneCol]) : ''}`;
        if (!st) { bad.push(`${where}: "${String(r['state'])}" is not a US state`); continue; }
        if (r['zip_code'] !== null && !zipMatchesState(r['zip_code']!, st)) bad.push(`${where}: ZIP outside ${st}'s USPS prefixes`);
        if (r['city'] != null && !cityInState(r['city'], st)) bad.push(`${where}: no city "${r['city']}" in ${st}`);
        const phone = phoneCol ? r[phoneCol] : null;
        if (phone != null) {
          const area = areaCodeOf(phone);
          if (!area || !AREA_CODES[st]?.includes(area)) bad.push(`${where}: area code ${area ?? '(none)'} is not one of ${st}'s`);
        }
      }
      expect(bad, `${t.name}: ${report(bad, all.length)}`).toEqual([]);
    }
  });

  it(`dates fall in plausible windows (ages 0–110 in ${REFERENCE_YEAR}, no far-future events)`, async () => {
    const birth = ['birth_date', 'date_of_birth'];
    const events = ['hire_date', 'order_date', 'join_date', 'registration_date', 'review_date', 'loan_date', 'enrollment_date'];
    let checked = 0;
    for (const t of await tables(fixture)) {
      for (const col of t.csv.header.map((h) => h.toLowerCase())) {
        const isBirth = birth.includes(col);
        if (!isBirth && !events.includes(col)) continue;
        const [lo, hi] = isBirth ? [`${REFERENCE_YEAR - 110}-01-01`, `${REFERENCE_YEAR}-12-31`] : ['1950-01-01', `${REFERENCE_YEAR + 1}-12-31`];
        const values = columnValues(t.csv, col).filter((v): v is string => v !== null);
        checked += values.length;
        const bad = values.filter((v) => v.slice(0, 10) < lo || v.slice(0, 10) > hi);
        expect(bad, `${t.name}.${col} outside ${lo}..${hi}: ${bad.slice(0, 10).join(', ')}`).toEqual([]);
      }
    }
    expect(checked, 'date values checked').toBeGreaterThan(0);
  });

  it('paired dates are ordered (start<=end, birth<=death, loan<=due, loan<=return, hire/join<=termination)', async () => {
    const pairs: [string, string][] = [
      ['start_date', 'end_date'], ['birth_date', 'death_date'], ['loan_date', 'due_date'], ['loan_date', 'return_date'],
      ['hire_date', 'termination_date'], ['join_date', 'termination_date'],
    ];
    const key = (a: string, b: string): [string, string] => {
      const norm = (v: string): string => v.replace('T', ' ').slice(0, 19);
      return a.length > 10 && b.length > 10 ? [norm(a), norm(b)] : [a.slice(0, 10), b.slice(0, 10)];
    };
    for (const t of await tables(fixture)) {
      for (const [a, b] of pairs.filter(([x, y]) => hasColumn(t.csv, x) && hasColumn(t.csv, y))) {
        const both = rows(t).filter((r) => r[a] != null && r[b] != null);
        const bad = both.filter((r) => { const [x, y] = key(r[a]!, r[b]!); return x > y; }).map((r) => `${String(r[a])} > ${String(r[b])}`);
        expect(bad, `${t.name}: ${a} <= ${b}: ${report(bad, both.length)}`).toEqual([]);
      }
    }
  });

  it('text fits its column (length <= VARCHAR(n)/CHAR(n), in characters)', async () => {
    const ddl = readSimpleMysqlDdl(path.join(fixturesDir, fixture));
    const g = (await output(fixture)).generated;
    for (const t of ddl) {
      const csv = readCsv(tableFile(g.dir, manifestTable(g.manifest, t.name)));
      for (const col of t.columns.filter((c) => c.length !== undefined)) {
        const tooLong = columnValues(csv, col.name).filter((v): v is string => v !== null && [...v].length > col.length!);
        expect(tooLong, `${t.name}.${col.name} longer than ${String(col.length)}`).toEqual([]);
      }
    }
  });
});

describe('enum weights from an edited plan', () => {
  // TODO(plan-shape): see tests/support/plan-edit.ts if the plan JSON differs from
  // plan.tables[T].columns[C] = { generator: 'enum', values, weights }.
  it('Orders.payment_method weights 0.7/0.1/0.1/0.1 are observed within ±3 points over 10,000 rows', async () => {
    const schema = path.join(fixturesDir, 'restaurants.ddl');
    const values = ['Credit Card', 'Cash', 'Online Payment', 'Gift Card'];
    const weights = [0.7, 0.1, 0.1, 0.1];
    const plan = await printPlan(schema, ['--rows', '10000', '--seed', '5']);
    planColumn(plan, 'Orders', 'payment_method');
    patchPlanColumn(plan, 'Orders', 'payment_method', { generator: 'enum', values, weights });
    const planFile = path.join(temps.make('weights'), 'plan.json');
    writeFileSync(planFile, JSON.stringify(plan, null, 2));

    const g = await generate({ schema, dialect: 'mysql', plan: planFile, format: 'csv', target: 'postgres', out: outPath(temps.make('weights-out')) });
    const orders = manifestTable(g.manifest, 'Orders');
    expect(orders.rows).toBe(10_000);
    const observed = columnValues(readCsv(tableFile(g.dir, orders)), 'payment_method');
    expect(observed.length).toBe(10_000);
    values.forEach((v, i) => {
      const share = observed.filter((x) => x === v).length / observed.length;
      expect(Math.abs(share - weights[i]!), `${v}: observed ${(share * 100).toFixed(1)}%, wanted ${weights[i]! * 100}%`).toBeLessThanOrEqual(0.03);
    });
  }, 600_000);
});
