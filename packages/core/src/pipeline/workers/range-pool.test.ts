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

async function write(data: GeneratedData, name: string): Promise<Map<string, Buffer>> {
  const dir = join(root, name);
  await writeOutput(data, { dir, format: 'csv', target: 'postgres' });
  return new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f))]));
}

/** Writes the run with every range encoded by `workers` worker threads (the main thread never helps). */
async function pooled(schema: Schema, plan: Plan, workers: number): Promise<Map<string, Buffer>> {
  const data = generate(schema, plan);
  const pool = new RangePool({ schema, plan, data, workers, helpWhileStarting: false });
  try {
    return await write(pooledData(data, pool), `pool-${workers}-${Math.floor(performance.now())}`);
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
