/**
 * Determinism is a contract: a cell is a pure function of (seed, table, column, row index).
 * Same seed and plan → byte-identical output (every file, manifest included); another seed →
 * different data; adding a column changes no other column; `--plan` with the printed plan
 * reproduces the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { columnValues, readCsv } from '../support/csv.js';
import { diffHashes, hashDirectory } from '../support/hash.js';
import { tableFile } from '../support/manifest.js';
import { fixturesDir } from '../support/paths.js';
import { generate, outPath, printPlan, type Generated } from '../support/rowforge.js';
import { describeRun, runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const SCHEMA = path.join(fixturesDir, 'restaurants.ddl');
const ROWS = 300;

const temps = new TempDirs();
afterAll(() => temps.cleanup());

function run(seed: number, format: 'csv' | 'sql', extra: { schema?: string; plan?: string } = {}): Promise<Generated> {
  return generate({
    schema: extra.schema ?? SCHEMA, dialect: 'mysql', format, target: 'postgres', out: outPath(temps.make('det')),
    ...(extra.plan ? { plan: extra.plan } : { rows: ROWS, seed }),
  });
}

describe('determinism (restaurants.ddl)', () => {
  it.each(['csv', 'sql'] as const)('the same seed gives byte-identical %s output, every file included', async (format) => {
    const [a, b] = await Promise.all([run(7, format), run(7, format)]);
    const ha = hashDirectory(a.dir);
    const hb = hashDirectory(b.dir);
    expect(ha.size).toBeGreaterThan(2);
    expect(ha.has('manifest.json')).toBe(true);
    expect(diffHashes(ha, hb)).toEqual([]);
  }, 300_000);

  it('another seed gives different CSV bytes for every table', async () => {
    const [a, b] = await Promise.all([run(7, 'csv'), run(8, 'csv')]);
    for (const t of a.manifest.tables) {
      const fa = readFileSync(tableFile(a.dir, t));
      const fb = readFileSync(tableFile(b.dir, a.manifest.tables.find((x) => x.name === t.name)!));
      expect(fa.equals(fb), `${t.file} is identical under seeds 7 and 8`).toBe(false);
    }
    expect(a.manifest.seed).not.toEqual(b.manifest.seed);
  }, 300_000);

  it('adding a column to one table leaves every other column of every table unchanged', async () => {
    const text = readFileSync(SCHEMA, 'utf8');
    const anchor = '    email VARCHAR(255) UNIQUE NOT NULL,\n    phone_number VARCHAR(20),\n    address VARCHAR(255),';
    expect(text.includes(anchor), 'restaurants.ddl Customers block as expected').toBe(true);
    const edited = text.replace(anchor, anchor.replace('    phone_number', '    loyalty_code VARCHAR(12),\n    phone_number'));
    const editedSchema = path.join(temps.make('det-schema'), 'restaurants-plus-column.ddl');
    writeFileSync(editedSchema, edited);

    const [a, b] = await Promise.all([run(11, 'csv'), run(11, 'csv', { schema: editedSchema })]);
    for (const t of a.manifest.tables) {
      const tb = b.manifest.tables.find((x) => x.name === t.name);
      expect(tb, `table ${t.name} in the edited run`).toBeDefined();
      const ca = readCsv(tableFile(a.dir, t));
      const cb = readCsv(tableFile(b.dir, tb!));
      const added = cb.header.filter((h) => !ca.header.includes(h));
      expect(added).toEqual(t.name === 'Customers' ? ['loyalty_code'] : []);
      for (const col of ca.header) {
        expect(columnValues(cb, col), `${t.name}.${col} changed after adding Customers.loyalty_code`).toEqual(columnValues(ca, col));
      }
    }
  }, 300_000);

  it('`plan` prints the same plan twice, and `generate --plan` with it reproduces the same bytes', async () => {
    const planArgs = ['--rows', String(ROWS), '--seed', '7'];
    const [p1, p2] = await Promise.all([runCli(['plan', SCHEMA, ...planArgs]), runCli(['plan', SCHEMA, ...planArgs])]);
    expect(p1.code, describeRun(['plan', SCHEMA, ...planArgs], p1)).toBe(0);
    expect(p2.stdout).toBe(p1.stdout);
    const plan = await printPlan(SCHEMA, planArgs);
    expect(typeof plan).toBe('object');
    const planFile = path.join(temps.make('det-plan'), 'plan.json');
    writeFileSync(planFile, p1.stdout);

    const [bySeed, byPlan] = await Promise.all([run(7, 'csv'), run(7, 'csv', { plan: planFile })]);
    expect(diffHashes(hashDirectory(bySeed.dir), hashDirectory(byPlan.dir))).toEqual([]);
    expect(byPlan.manifest.planHash).toBe(bySeed.manifest.planHash);
  }, 300_000);
});
