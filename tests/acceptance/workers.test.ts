/**
 * Worker pool (issue 4, fast path): `generateToDirectory` writes the same bytes with 1, 2, 3
 * and 7 worker threads, for every fixture schema, and the output still validates. A row range
 * is a pure function of its rows, so workers only change who encodes which range.
 * (packages/core/src/pipeline/workers/range-pool.test.ts makes the workers do every range;
 * here the main thread may encode the first ranges while the workers start, as in real runs.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateShard, generateToDirectory, loadParsers, mergeShards, parseSchema, planFor, type Plan, type Schema } from '@rowforge/core';
import { fixturesDir } from '../support/paths.js';
import { sameFiles } from '../support/same-files.js';
import { TempDirs } from '../support/temp.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const temps = new TempDirs();
afterAll(() => temps.cleanup());
beforeAll(async () => { await loadParsers(); });

function load(fixture: string): { schema: Schema; plan: Plan } {
  const { schema } = parseSchema(readFileSync(path.join(fixturesDir, fixture), 'utf8'));
  return { schema, plan: planFor(schema, { rows: 3000, seed: 11 }) };
}

async function run(schema: Schema, plan: Plan, workers: number, format: 'csv' | 'ndjson' | 'json' | 'sql' = 'csv'): Promise<string> {
  const dir = path.join(temps.make(`workers-${workers}`), 'out');
  const { validation } = await generateToDirectory({ schema, plan, dir, format, target: 'postgres', workers });
  expect(validation?.ok, `${validation?.violationCount ?? 0} violations`).toBe(true);
  return dir;
}

describe.each(FIXTURES)('workers on %s', (fixture) => {
  it.each([2, 3, 7])('%i workers write the bytes of one thread, and they validate', async (workers) => {
    const { schema, plan } = load(fixture);
    sameFiles(await run(schema, plan, 1), await run(schema, plan, workers));
  });
});

describe('workers with other formats and with shards', () => {
  it.each(['ndjson', 'json', 'sql'] as const)('%s output is the same with 3 workers, and validates', async (format) => {
    const { schema, plan } = load('restaurants.ddl');
    sameFiles(await run(schema, plan, 1, format), await run(schema, plan, 3, format));
  });

  it('shards written with 2 workers each merge to the single run', async () => {
    const { schema, plan } = load('library_mgm.ddl');
    const dir = path.join(temps.make('sharded'), 'out');
    for (const index of [0, 1]) await generateShard({ schema, plan, dir, format: 'csv', target: 'postgres', part: { index, count: 2 }, workers: 2 });
    mergeShards(dir);
    const single = path.join(temps.make('single'), 'out');
    await generateToDirectory({ schema, plan, dir: single, format: 'csv', target: 'postgres', validate: false, workers: 1 });
    sameFiles(single, dir);
  });

  it('refuses a worker count that is not a positive integer', async () => {
    const { schema, plan } = load('restaurants.ddl');
    const dir = path.join(temps.make('bad'), 'out');
    await expect(generateToDirectory({ schema, plan, dir, format: 'csv', target: 'postgres', workers: 0 })).rejects.toThrow(/workers must be a positive integer/);
  });
});
