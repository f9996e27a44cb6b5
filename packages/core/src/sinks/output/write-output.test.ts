import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isRowforgeError } from '../../errors/index.js';
import type { GeneratedData, TableData } from '../../schema/index.js';
import type { ProgressEvent } from '../stream-batches.js';
import { fixedData, shopRows, shopSchema } from '../testing/sample-data.js';
import { ManifestSchema } from './manifest.js';
import { writeOutput } from './write-output.js';

let root: string;
beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'rowforge-sinks-')); });
afterEach(() => { rmSync(root, { recursive: true, force: true }); });

const data = (): GeneratedData => fixedData(shopSchema, shopRows);
const manifestOf = (dir: string) => ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));

/** The same run, but one table's iterator throws after its first batch. */
function failing(at: string): GeneratedData {
  const d = data();
  const boom = (t: TableData): TableData => ({
    ...t,
    *batches() {
      const [first] = t.batches();
      if (first) yield first;
      throw new Error('engine exploded');
    },
  });
  return { ...d, tables: d.tables.map((t) => (t.table.name === at ? boom(t) : t)) };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try { await p; } catch (e) { return e; }
  throw new Error('expected a rejection');
}

describe('writeOutput: csv', () => {
  it('writes a CSV per table, schema.sql, constraints.sql and a valid manifest', async () => {
    const dir = join(root, 'out');
    const summary = await writeOutput(data(), { dir, format: 'csv', target: 'postgres' });
    expect(readdirSync(dir).sort()).toEqual(['Companies.csv', 'constraints.sql', 'departments.csv', 'employees.csv', 'manifest.json', 'order_lines.csv', 'orders.csv', 'schema.sql']);
    const m = manifestOf(dir);
    expect(m).toMatchObject({ format: 'rowforge.manifest', version: 1, seed: '42', planHash: 'feedc0de', generatorVersion: '0.0.0-test', target: 'postgres', outputFormat: 'csv' });
    expect(m.loadOrder).toEqual(['Companies', 'departments', 'employees', 'orders', 'order lines']);
    expect(m.deferredForeignKeys).toEqual([{ table: 'departments', columns: ['head_id'], refTable: 'employees', refColumns: ['id'], name: 'departments_head_fk' }]);
    expect(m.tables.find((t) => t.name === 'order lines')).toMatchObject({ rows: 3, file: 'order_lines.csv' });
    expect(m.tables[0]?.columns[0]).toEqual({ name: 'id', type: 'bigint', nullable: false });
    for (const f of m.files) expect(statSync(join(dir, f.path)).size).toBe(f.bytes);
    expect(summary.files.at(-1)?.path).toBe('manifest.json');
    expect(summary.tables.map((t) => t.rows)).toEqual([3, 2, 3, 3, 3]);
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('reports progress per batch up to each table\'s row count', async () => {
    const events: ProgressEvent[] = [];
    await writeOutput(data(), { dir: join(root, 'out'), format: 'csv', target: 'postgres', onProgress: (e) => events.push(e) });
    expect(events.filter((e) => e.table === 'Companies').map((e) => e.rowsDone)).toEqual([2, 3]);
    expect(events.every((e) => e.rowCount === 3 || e.table === 'departments')).toBe(true);
  });

  it('adds the caller\'s extra files before the directory appears', async () => {
    const dir = join(root, 'out');
    await writeOutput(data(), { dir, format: 'ndjson', target: 'mysql', extraFiles: { 'plan.json': '{}\n', 'reports/validation.json': '[]' } });
    expect(readFileSync(join(dir, 'reports/validation.json'), 'utf8')).toBe('[]');
    expect(manifestOf(dir).files.map((f) => f.path)).toEqual(expect.arrayContaining(['plan.json', 'reports/validation.json', 'employees.ndjson']));
  });

  it('refuses extra files outside the directory, leaving nothing behind', async () => {
    const e = await rejection(writeOutput(data(), { dir: join(root, 'out'), format: 'csv', target: 'postgres', extraFiles: { '../x.json': '{}' } }));
    expect(isRowforgeError(e, 'USAGE')).toBe(true);
    expect(readdirSync(root)).toEqual([]);
  });
});

describe('writeOutput: atomicity', () => {
  it('leaves no directory behind when a table iterator fails', async () => {
    const dir = join(root, 'a', 'b', 'out');
    await expect(writeOutput(failing('employees'), { dir, format: 'csv', target: 'postgres' })).rejects.toThrow('engine exploded');
    expect(readdirSync(root)).toEqual([]);
  });

  it('keeps the old directory when a replacing run fails', async () => {
    const dir = join(root, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'old');
    await expect(writeOutput(failing('orders'), { dir, format: 'sql', target: 'postgres', overwrite: true })).rejects.toThrow('engine exploded');
    expect(readdirSync(root)).toEqual(['out']);
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('replaces an existing directory only when overwrite is set', async () => {
    const dir = join(root, 'out');
    mkdirSync(dir);
    writeFileSync(join(dir, 'keep.txt'), 'old');
    const e = await rejection(writeOutput(data(), { dir, format: 'csv', target: 'postgres' }));
    expect(isRowforgeError(e, 'OUTPUT_EXISTS')).toBe(true);
    expect(readdirSync(root)).toEqual(['out']);
    await writeOutput(data(), { dir, format: 'csv', target: 'postgres', overwrite: true });
    expect(readdirSync(dir)).not.toContain('keep.txt');
    expect(readdirSync(root)).toEqual(['out']);
  });

  it('writes into an existing empty directory', async () => {
    const dir = join(root, 'out');
    mkdirSync(dir);
    await writeOutput(data(), { dir, format: 'json', target: 'sqlite' });
    expect(readdirSync(dir)).toContain('employees.json');
    expect(JSON.parse(readFileSync(join(dir, 'employees.json'), 'utf8'))).toHaveLength(3);
  });

  it('fails with OUTPUT_EXISTS when the path is a file', async () => {
    const file = join(root, 'out');
    writeFileSync(file, 'x');
    const e = await rejection(writeOutput(data(), { dir: file, format: 'csv', target: 'postgres', overwrite: true }));
    expect(isRowforgeError(e, 'OUTPUT_EXISTS')).toBe(true);
  });

  it('fails with a one-line OUTPUT_UNWRITABLE naming the path', async () => {
    writeFileSync(join(root, 'file'), 'x');
    const dir = join(root, 'file', 'out');
    const e = await rejection(writeOutput(data(), { dir, format: 'csv', target: 'postgres' }));
    expect(isRowforgeError(e, 'OUTPUT_UNWRITABLE')).toBe(true);
    const err = e as Error & { oneLine(): string };
    expect(err.message).toContain(dir);
    expect(err.oneLine()).not.toContain('\n');
    expect(readdirSync(root)).toEqual(['file']);
  });
});

describe('writeOutput: zip', () => {
  it('round-trips: data.zip holds the same CSV bytes as the csv format', async () => {
    await writeOutput(data(), { dir: join(root, 'csv'), format: 'csv', target: 'mysql' });
    await writeOutput(data(), { dir: join(root, 'zip'), format: 'zip', target: 'mysql' });
    expect(readdirSync(join(root, 'zip')).sort()).toEqual(['data.zip', 'manifest.json']);
    const entries = unzipSync(readFileSync(join(root, 'zip', 'data.zip')));
    expect(Object.keys(entries).sort()).toEqual(['Companies.csv', 'constraints.sql', 'departments.csv', 'employees.csv', 'order_lines.csv', 'orders.csv', 'schema.sql']);
    for (const [name, bytes] of Object.entries(entries)) {
      const direct = readFileSync(join(root, 'csv', name)).toString('utf8').replace(/^-- Rowforge.*\n/, '');
      expect(Buffer.from(bytes).toString('utf8').replace(/^-- Rowforge.*\n/, '')).toBe(direct);
    }
    const m = manifestOf(join(root, 'zip'));
    expect(m.archive?.path).toBe('data.zip');
    expect(m.archive?.files.find((f) => f.path === 'employees.csv')?.bytes).toBe(entries['employees.csv']?.length);
    expect(m.tables.find((t) => t.name === 'employees')?.file).toBe('employees.csv');
  });

  it('is byte-identical across runs', async () => {
    await writeOutput(data(), { dir: join(root, 'a'), format: 'zip', target: 'postgres' });
    await writeOutput(data(), { dir: join(root, 'b'), format: 'zip', target: 'postgres' });
    expect(readFileSync(join(root, 'a', 'data.zip')).equals(readFileSync(join(root, 'b', 'data.zip')))).toBe(true);
  });
});

describe('writeOutput: sql', () => {
  it('records each table\'s script in the manifest', async () => {
    const dir = join(root, 'out');
    await writeOutput(data(), { dir, format: 'sql', target: 'postgres', sqlFiles: 'per-table' });
    const m = manifestOf(dir);
    expect(m.sqlFiles).toBe('per-table');
    expect(m.tables.map((t) => t.file)).toEqual(['001_Companies.sql', '002_departments.sql', '003_employees.sql', '004_orders.sql', '005_order_lines.sql']);
    expect(readdirSync(dir)).toContain('900_deferred_updates.sql');
  });
});
