/**
 * Implied references: both fixtures declare `Departments.manager_id INT` with no FOREIGN KEY
 * beside `Employees(employee_id)`. The managers are employees that exist (a join finds them),
 * the DDL written gains no constraint, and `--shard i/3` parts merge to the single run's bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, loadParsers, parseSchema, planFor, type GeneratedData, type Value } from '@rowforge/core';
import { fixturePath } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());
beforeAll(async () => { await loadParsers(); });

function values(data: GeneratedData, table: string, column: string): Value[] {
  const t = data.tables.find((d) => d.table.name === table);
  const i = t?.table.columns.findIndex((c) => c.name === column) ?? -1;
  return [...(t?.batches() ?? [])].flat().map((r) => r[i] ?? null);
}

describe.each(['company_employee.ddl', 'library_mgm.ddl'])('%s: Departments.manager_id', (fixture) => {
  it('holds only keys of Employees, and a NULL share', () => {
    const { schema } = parseSchema(readFileSync(fixturePath(fixture), 'utf8'));
    const plan = planFor(schema, { rows: 50, rowsFor: { Departments: 300 }, seed: 4 });
    expect(plan.tables['Departments']?.columns['manager_id']).toMatchObject({ generator: 'reference', table: 'Employees', column: 'employee_id' });
    const data = generate(schema, plan);
    const employees = new Set(values(data, 'Employees', 'employee_id'));
    const managers = values(data, 'Departments', 'manager_id');
    expect(employees.size).toBe(50);
    expect(managers.filter((v) => v !== null).every((v) => employees.has(v))).toBe(true);
    expect(managers.filter((v) => v === null).length).toBeGreaterThan(0);
  });
});

describe('company_employee.ddl with implied references, in shards', () => {
  const ddl = fixturePath('company_employee.ddl');
  const csvs = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();

  it('--shard 0/3, 1/3, 2/3 merged are the single run, byte for byte; no FOREIGN KEY on manager_id is written', async () => {
    const single = path.join(temps.make('refs-single'), 'out');
    const one = await runCli(['generate', ddl, '--rows', '200', '--seed', '7', '--out', single]);
    expect(one.code, one.stderr).toBe(0);
    const sharded = path.join(temps.make('refs-shards'), 'out');
    for (const shard of ['2/3', '0/3', '1/3']) {
      const r = await runCli(['generate', ddl, '--rows', '200', '--seed', '7', '--shard', shard, '--out', sharded]);
      expect(r.code, r.stderr).toBe(0);
    }
    const merge = await runCli(['merge', sharded]);
    expect(merge.code, merge.stderr).toBe(0);
    expect(csvs(sharded)).toEqual(csvs(single));
    for (const f of csvs(single)) expect(readFileSync(path.join(sharded, f)).equals(readFileSync(path.join(single, f))), `${f} byte-identical`).toBe(true);
    const ddlOut = ['schema.sql', 'constraints.sql'].map((f) => readFileSync(path.join(single, f), 'utf8')).join('\n');
    expect(ddlOut).toMatch(/FOREIGN KEY \("company_id"\)/);
    expect(ddlOut).not.toMatch(/FOREIGN KEY \("manager_id"\)/);
    expect(ddlOut).toMatch(/"manager_id" integer,/);
  });
});
