/**
 * Sharding (issue 4, acceptance a): for N in {1, 2, 3, 7}, the N parts of each fixture schema,
 * merged, are byte-identical to a single run, and the foreign-key closure holds across shards
 * (the independent validator finds no orphans in the merged tables).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateShard, generateToDirectory, loadParsers, mergeShards, parseSchema, planFor, validateDirectory, type Plan, type Schema,
} from '@rowforge/core';
import { fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { sameFiles } from '../support/same-files.js';
import { TempDirs } from '../support/temp.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const temps = new TempDirs();
afterAll(() => temps.cleanup());
beforeAll(async () => { await loadParsers(); });

async function sharded(schema: Schema, plan: Plan, count: number): Promise<string> {
  const dir = path.join(temps.make(`shards-${count}`), 'out');
  for (let index = count - 1; index >= 0; index--) await generateShard({ schema, plan, dir, format: 'csv', target: 'postgres', part: { index, count } });
  mergeShards(dir);
  return dir;
}

describe.each(FIXTURES)('shards of %s', (fixture) => {
  it.each([1, 2, 3, 7])('%i shards merge to the single run, byte for byte, with no orphans', async (count) => {
    const { schema } = parseSchema(readFileSync(path.join(fixturesDir, fixture), 'utf8'));
    const plan = planFor(schema, { rows: 1000, seed: 11 });
    const single = path.join(temps.make('single'), 'out');
    await generateToDirectory({ schema, plan, dir: single, format: 'csv', target: 'postgres', validate: false });
    const merged = await sharded(schema, plan, count);
    sameFiles(single, merged);
    const report = await validateDirectory(merged, schema);
    expect(report.violationCount).toBe(0);
    expect(report.foreignKeys.every((f) => f.orphans === 0)).toBe(true);
  });
});

describe('rowforge generate --shard and merge', () => {
  const ddl = path.join(fixturesDir, 'restaurants.ddl');

  it('takes the shard from JOB_COMPLETION_INDEX/JOB_COMPLETIONS and refuses to merge an incomplete set', async () => {
    const dir = path.join(temps.make('k8s'), 'out');
    const first = await runCli(['generate', ddl, '--rows', '200', '--out', dir], { env: { JOB_COMPLETION_INDEX: '0', JOB_COMPLETIONS: '2' } });
    expect(first.code, first.stderr).toBe(0);
    const early = await runCli(['merge', dir]);
    expect(early.code).toBe(3);
    expect(early.stderr).toMatch(/lacks shard\(s\) 1 of 2/);
    const second = await runCli(['generate', ddl, '--rows', '200', '--shard', '1/2', '--out', dir]);
    expect(second.code, second.stderr).toBe(0);
    const merge = await runCli(['merge', dir, '--schema', ddl]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(merge.stdout).toMatch(/merged 7 tables, 1,400 rows/);
    expect(existsSync(path.join(dir, 'validation.json'))).toBe(true);
  });

  it('merge validates against the schema the shards wrote when not given one, and catches a planted orphan', async () => {
    const dir = path.join(temps.make('carried'), 'out');
    for (const shard of ['0/2', '1/2']) {
      const r = await runCli(['generate', ddl, '--rows', '200', '--shard', shard, '--out', dir]);
      expect(r.code, r.stderr).toBe(0);
    }
    const part = readdirSync(dir).find((f) => f.startsWith('Orders.csv.part-00001'));
    if (!part) throw new Error(`no second part of Orders.csv in ${readdirSync(dir).join(', ')}`);
    const lines = readFileSync(path.join(dir, part), 'utf8').split('\n');
    const header = (readFileSync(path.join(dir, readdirSync(dir).find((f) => f.startsWith('Orders.csv.part-00000')) ?? ''), 'utf8').split('\n')[0] ?? '').split(',');
    const customer = header.indexOf('customer_id');
    const cells = (lines[0] ?? '').split(',');
    cells[customer] = '999999';
    writeFileSync(path.join(dir, part), [cells.join(','), ...lines.slice(1)].join('\n'));
    const merge = await runCli(['merge', dir]);
    expect(merge.code, merge.stdout + merge.stderr).toBe(1);
    expect(merge.stderr).toMatch(/schema: \S*schema\.sql \+ \S*constraints\.sql/);
    expect(readFileSync(path.join(dir, 'validation.json'), 'utf8')).toMatch(/999999/);
  });

  it('merge --no-validate only joins the parts', async () => {
    const dir = path.join(temps.make('no-validate'), 'out');
    for (const shard of ['0/2', '1/2']) expect((await runCli(['generate', ddl, '--rows', '100', '--shard', shard, '--out', dir])).code).toBe(0);
    const merge = await runCli(['merge', dir, '--no-validate']);
    expect(merge.code, merge.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'validation.json'))).toBe(false);
  });

  it('rejects a malformed shard and a format that cannot be split', async () => {
    const dir = path.join(temps.make('bad'), 'out');
    const bad = await runCli(['generate', ddl, '--shard', '3/3', '--out', dir]);
    expect(bad.code).toBe(2);
    const sql = await runCli(['generate', ddl, '--shard', '0/2', '--format', 'sql', '--out', dir]);
    expect(sql.code).toBe(2);
    expect(sql.stderr).toMatch(/--shard writes csv or ndjson/);
  });
});
