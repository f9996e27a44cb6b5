/**
 * The reader's warnings (here: a computed column left out of the data) reach the user whatever the
 * run writes to: a directory, a shard, or a database through `--into`; and `rowforge plan` prints them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const DDL = 'CREATE TABLE p (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL, s int GENERATED ALWAYS AS (a + b) STORED);\n';
const WARNING = 'rowforge: warning: ';

function schemaFile(dir: string): string {
  const file = path.join(dir, 'schema.sql');
  writeFileSync(file, DDL);
  return file;
}

describe('reader warnings', () => {
  const runs: Record<string, (dir: string) => string[]> = {
    directory: (dir) => ['--out', path.join(dir, 'out')],
    'shard (--shard 1/2)': (dir) => ['--out', path.join(dir, 'out'), '--shard', '1/2'],
    'database (--into sqlite)': (dir) => ['--into', `sqlite:${path.join(dir, 'data.db')}`],
  };
  it.each(Object.keys(runs))('are printed by a run writing to a %s', async (kind) => {
    const dir = temps.make('warnings');
    const r = await runCli(['generate', schemaFile(dir), '--rows', '20', ...runs[kind]!(dir)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${WARNING}${path.join(dir, 'schema.sql')}:1:`);
    expect(r.stderr).toContain('"p.s" is computed by the database');
  });

  it('are printed by `rowforge plan` on stderr, with the plan alone on stdout', async () => {
    const r = await runCli(['plan', schemaFile(temps.make('warnings')), '--rows', '20']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('"p.s" is computed by the database');
    const plan = JSON.parse(r.stdout) as { tables: Record<string, unknown> };
    expect(Object.keys(plan.tables)).toEqual(['p']);
  });

  it('--omit-unsupported leaves a column of a type Rowforge cannot generate out, with a warning; without it exit 3 names the flag', async () => {
    const dir = temps.make('warnings');
    const file = path.join(dir, 'geo.sql');
    writeFileSync(file, 'CREATE TABLE address (id INT PRIMARY KEY, location GEOMETRY NOT NULL, city VARCHAR(50)) ENGINE=InnoDB;\n');
    const refused = await runCli(['generate', file, '--rows', '20', '--out', path.join(dir, 'a')]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain('--omit-unsupported');
    const r = await runCli(['generate', file, '--rows', '20', '--out', path.join(dir, 'b'), '--omit-unsupported']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('"address.location" has type geometry, which Rowforge cannot generate; it is left out');
    expect(readFileSync(path.join(dir, 'b', 'address.csv'), 'utf8').split('\n')[0]).toBe('id,city');
  });

  it('--into names the CHECKs the target cannot declare instead of saying every constraint is on', async () => {
    const dir = temps.make('warnings');
    const file = path.join(dir, 'regex.sql');
    writeFileSync(file, "CREATE TABLE item (id int PRIMARY KEY, sku text NOT NULL CHECK (sku ~ '^[A-Z]{2}[0-9]{4}$'), n int CHECK (n > 0));\n");
    const r = await runCli(['generate', file, '--rows', '20', '--into', `sqlite:${path.join(dir, 'data.db')}`]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`"item" CHECK (sku ~ '^[A-Z]{2}[0-9]{4}$') uses a regular expression sqlite CHECKs cannot take; left out (the rows meet it)`);
    expect(r.stdout).toContain('every constraint is on but 1 CHECK(s) SQLite cannot declare');
  });
});
