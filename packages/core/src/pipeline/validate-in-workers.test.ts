import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { writeOutput } from '../sinks/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';
import { tableFirstPass, validateDirectory, validateDirectoryWith, type TablePassRunner } from '../validation/index.js';
import { validateInWorkers, validationWorkers } from './validate-in-workers.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-vworkers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeAll(async () => { await loadParsers(); });

const now = new Date('2026-03-01T00:00:00Z');
const fixture = (name: string): Schema =>
  parseSchema(readFileSync(resolve(import.meta.dirname, '../../../../../shared/fixtures/ddl', name), 'utf8')).schema;

async function written(schema: Schema, name: string, rows: number): Promise<string> {
  const dir = join(root, name);
  await writeOutput(generate(schema, planFor(schema, { rows, seed: 9 })), { dir, format: 'csv', target: 'postgres' });
  return dir;
}

/** Runs every first pass in this thread, counting them. */
function counting(schema: Schema): { runner: TablePassRunner; calls: string[] } {
  const calls: string[] = [];
  return { calls, runner: (r) => { calls.push(r.table); return tableFirstPass(schema, r); } };
}

function editLine(file: string, line: number, edit: (text: string) => string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  lines[line] = edit(lines[line]!);
  writeFileSync(file, lines.join('\n'));
}

describe('validation with tables read in worker threads', () => {
  it.each(['restaurants.ddl', 'company_employee.ddl', 'library_mgm.ddl'])('gives the same report as one thread on %s (clean output)', async (name) => {
    const schema = fixture(name);
    const dir = await written(schema, `clean-${name}`, 1500);
    const serial = await validateDirectory(dir, schema, { now });
    const { runner, calls } = counting(schema);
    expect(await validateDirectoryWith(dir, schema, { now }, runner)).toEqual(serial);
    expect(calls).toHaveLength(schema.tables.length);
    expect(await validateInWorkers(dir, schema, 2, { now })).toEqual(serial);
    expect(serial.ok).toBe(true);
  }, 60_000);

  it('keeps the row-count findings this thread adds after adopting the passes', async () => {
    const schema = fixture('restaurants.ddl');
    const dir = await written(schema, 'counts', 800);
    const options = { now, expectedRows: { Menu: 801 } };
    const serial = await validateDirectory(dir, schema, options);
    expect(serial.violationCount).toBe(1);
    expect(await validateInWorkers(dir, schema, 2, options)).toEqual(serial);
  }, 60_000);

  it('gives the same report as one thread when rows break types, keys and foreign keys', async () => {
    const schema = fixture('restaurants.ddl');
    const dir = await written(schema, 'dirty', 800);
    editLine(join(dir, 'Menu.csv'), 2, (l) => l.replace(/^(\d+),\d+,/, '$1,99999999,'));
    editLine(join(dir, 'Orders.csv'), 3, (l) => l.replace(/^\d+,/, 'x1,'));
    const customers = join(dir, 'Customers.csv');
    editLine(customers, 5, (l) => `${l}\n${l}`);
    const serial = await validateDirectory(dir, schema, { now });
    expect(new Set(serial.tables.flatMap((t) => t.violations.map((v) => v.rule)))).toEqual(new Set(['foreign-key-orphan', 'type', 'primary-key-duplicate', 'unique-duplicate', 'row-count']));
    expect(await validateInWorkers(dir, schema, 2, { now })).toEqual(serial);
    const { runner } = counting(schema);
    expect(await validateDirectoryWith(dir, schema, { now }, runner)).toBeUndefined();
  }, 60_000);

  it('gives the same report as one thread when two manifest entries name one table', async () => {
    const schema = fixture('restaurants.ddl');
    const dir = await written(schema, 'twice', 300);
    const file = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { tables: { name: string }[] };
    manifest.tables.push({ ...manifest.tables.find((t) => t.name === 'Menu')!, name: 'menu' });
    writeFileSync(file, JSON.stringify(manifest));
    const serial = await validateDirectory(dir, schema, { now });
    expect(serial.ok).toBe(false);
    expect(await validateInWorkers(dir, schema, 2, { now })).toEqual(serial);
    expect(await validateDirectoryWith(dir, schema, { now }, counting(schema).runner)).toBeUndefined();
  }, 60_000);

  it('reports each table read, in one thread and in workers', async () => {
    const schema = fixture('company_employee.ddl');
    const dir = await written(schema, 'progress', 200);
    for (const workers of [1, 2]) {
      const seen: string[] = [];
      await validateInWorkers(dir, schema, workers, { now, onTable: (e) => seen.push(`${e.tablesDone}/${e.tables}`) });
      expect(seen).toEqual(schema.tables.map((_, i) => `${i + 1}/${schema.tables.length}`));
    }
  }, 60_000);

  it('only starts workers by default for outputs of 48 MB or more', async () => {
    const schema = fixture('restaurants.ddl');
    const dir = await written(schema, 'small', 100);
    expect(validationWorkers(dir)).toBe(1);
    expect(validationWorkers(dir, 3)).toBe(3);
    expect(validationWorkers(join(root, 'missing'))).toBe(1);
  });
});
