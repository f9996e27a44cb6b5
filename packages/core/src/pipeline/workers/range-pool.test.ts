import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../errors/index.js';
import { generate } from '../../engine/index.js';
import { planFor, type Plan } from '../../plan/index.js';
import type { GeneratedData, Schema } from '../../schema/index.js';
import { writeOutput } from '../../sinks/index.js';
import { loadParsers, parseSchema } from '../../sources/index.js';
import { pooledData } from './pooled-data.js';
import { RangePool } from './range-pool.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-pool-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => { await loadParsers(); });

const fixture = (name: string): Schema =>
  parseSchema(readFileSync(resolve(import.meta.dirname, '../../../../../../shared/fixtures/ddl', name), 'utf8')).schema;

type Out = { readonly format: 'csv' | 'sql'; readonly target: 'postgres' | 'mysql' | 'sqlite' | 'mssql' };
const CSV: Out = { format: 'csv', target: 'postgres' };

async function write(data: GeneratedData, name: string, out: Out = CSV): Promise<Map<string, Buffer>> {
  const dir = join(root, name);
  await writeOutput(data, { dir, ...out });
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

/** Writes the run with every range encoded by `workers` worker threads (the main thread never helps). */
async function pooled(schema: Schema, plan: Plan, workers: number, out: Out = CSV): Promise<Map<string, Buffer>> {
  const data = generate(schema, plan);
  const pool = new RangePool({ schema, plan, data, workers, helpWhileStarting: false });
  try {
    return await write(pooledData(data, pool), `pool-${workers}-${Math.floor(performance.now())}`, out);
  } finally {
    await pool.close();
  }
}

describe.each(['restaurants.ddl', 'library_mgm.ddl', 'company_employee.ddl'])('RangePool on %s', (name) => {
  it.each([2, 3, 7])('%i workers encode every range; the files equal a single-threaded run', async (workers) => {
    const schema = fixture(name);
    const plan = planFor(schema, { rows: 2000, seed: 5 });
    const single = await write(generate(schema, plan), `single-${workers}-${name}`);
    const files = await pooled(schema, plan, workers);
    expect([...files.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [file, bytes] of single) expect(files.get(file)?.equals(bytes), `${file} byte-identical`).toBe(true);
  });
});

/** A foreign-key cycle: one of its columns is inserted as NULL and filled by UPDATEs. */
const CYCLE = `CREATE TABLE dept (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL, head_id INT);
CREATE TABLE emp (id INT PRIMARY KEY, name VARCHAR(60) NOT NULL, dept_id INT NOT NULL REFERENCES dept(id));
ALTER TABLE dept ADD FOREIGN KEY (head_id) REFERENCES emp(id);`;

describe('RangePool with SQL output', () => {
  // 1,234 rows per table: chunks of whole statements, and a table that ends mid-statement.
  it.each(['postgres', 'mysql', 'sqlite', 'mssql'] as const)('INSERTs for %s encoded by 3 workers equal a single-threaded run', async (target) => {
    const { schema } = parseSchema(CYCLE);
    const plan = planFor(schema, { rows: 1234, seed: 5 });
    const out: Out = { format: 'sql', target };
    const single = await write(generate(schema, plan), `sql-single-${target}`, out);
    const files = await pooled(schema, plan, 3, out);
    const sql = single.get('data.sql')?.toString() ?? '';
    expect(sql).toMatch(/UPDATE/);
    expect(files.get('data.sql')?.equals(single.get('data.sql') as Buffer), 'data.sql byte-identical').toBe(true);
  });
});

describe('RangePool failures', () => {
  it('rethrows a worker\'s typed error with its code', async () => {
    const schema = fixture('restaurants.ddl');
    const plan = planFor(schema, { rows: 50, seed: 5 });
    const data = generate(schema, plan);
    const broken = { ...plan, tables: { ...plan.tables, Customers: { ...plan.tables['Customers']!, rows: -1 } } } as Plan;
    const pool = new RangePool({ schema, plan: broken, data, workers: 2, helpWhileStarting: false });
    try {
      const chunks = pool.encoded('Customers', { format: 'csv', target: 'postgres' }, { start: 0, end: 50 });
      const error: unknown = await chunks.next().then(() => undefined, (e: unknown) => e);
      expect(isRowforgeError(error)).toBe(true);
      expect(isRowforgeError(error) && error.code).not.toBe('INTERNAL');
    } finally {
      await pool.close();
    }
  });
});
