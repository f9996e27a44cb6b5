/**
 * CLI parity for the store (issue 5, item 4): `rowforge projects …`, `rowforge datasets …` and
 * `generate --save [--project]`, against PGlite in a temporary ROWFORGE_HOME and against the CI
 * PostgreSQL through DATABASE_URL.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../support/csv.js';
import { fixturePath, repoRoot } from '../support/paths.js';
import { PG_SERVER, withPgDatabase } from '../support/pg.js';
import { describeRun, runCli, runCliOk, type CliResult } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temp = new TempDirs();
afterAll(() => temp.cleanup());
const SHOP = path.join(repoRoot, 'examples', 'shop.sql');
const UUID = /saved dataset ([0-9a-f-]{36}) /;

const csvFiles = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
const savedId = (r: CliResult): string => UUID.exec(r.stdout)?.[1] ?? '';

/** Every CLI run starts tsx and PGlite: slow on a loaded machine, so these get more time. */
const SLOW = { timeout: 300_000 };

describe('store commands on PGlite (ROWFORGE_HOME)', SLOW, () => {
  const home = temp.make('home');
  const env = { ROWFORGE_HOME: home, DATABASE_URL: '' };
  const cli = (args: string[]): Promise<CliResult> => runCli(args, { env });
  let id = '';
  let out = '';

  it('creates a project once; a second create is an input error with a one-line message', async () => {
    await runCliOk(['projects', 'create', 'shop', '--description', 'web shop fixtures'], { env });
    const again = await cli(['projects', 'create', 'shop']);
    expect(again.code, describeRun(['projects', 'create', 'shop'], again)).toBe(3);
    expect(again.stderr.trim()).toMatch(/^rowforge: a project named "shop" already exists/);
    expect(again.stderr).not.toMatch(/\n\s+at /);
    const list = await runCliOk(['projects', 'list'], { env });
    expect(list.stdout).toMatch(/^NAME\s+CREATED\s+DESCRIPTION\nshop\s+\d{4}-\d\d-\d\d \S+Z\s+web shop fixtures$/m);
  });

  it('generate --save stores the run in the project and prints the dataset id', async () => {
    out = path.join(temp.make('out'), 'shop');
    const r = await runCliOk(['generate', SHOP, '--rows', '40', '--seed', '9', '--out', out, '--save', '--project', 'shop'], { env });
    id = savedId(r);
    expect(id, r.stdout).not.toBe('');
    const list = JSON.parse((await runCliOk(['datasets', 'list', '--project', 'shop', '--json'], { env })).stdout) as { id: string; name: string; rowCounts: { rows: number }[] }[];
    expect(list.map((d) => [d.id, d.name])).toEqual([[id, 'shop']]);
    expect(list[0]?.rowCounts.every((t) => t.rows === 40)).toBe(true);
    const show = await runCliOk(['datasets', 'show', id], { env });
    expect(show.stdout).toContain('validation: 0 violations');
    expect(show.stdout).toContain(`ds_${id.replace(/-/g, '')}`);
  });

  it('datasets export regenerates CSV files byte-identical to the original run', async () => {
    const again = path.join(temp.make('export'), 'shop');
    const r = await runCliOk(['datasets', 'export', id, '--out', again], { env });
    expect(r.stdout).toMatch(/exported dataset .* as CSV to /);
    expect(csvFiles(again)).toEqual(csvFiles(out));
    expect(csvFiles(out).length).toBeGreaterThan(3);
    for (const f of csvFiles(out)) expect(readFileSync(path.join(again, f)).equals(readFileSync(path.join(out, f))), f).toBe(true);
  });

  it('projects show lists the datasets and the audit log; delete removes the dataset and is audited', async () => {
    await runCliOk(['datasets', 'delete', id], { env });
    const show = await runCliOk(['projects', 'show', 'shop'], { env });
    expect(show.stdout).toContain('0 dataset(s)');
    const actions = show.stdout.split('\n').map((l) => /^\s+\S+ \S+Z\s+(\w+)/.exec(l)?.[1]).filter(Boolean);
    expect(actions).toEqual(['create', 'generate', 'export', 'delete']);
    const gone = await cli(['datasets', 'show', id]);
    expect(gone.code).toBe(3);
    expect(gone.stderr).toContain(`no dataset with id "${id}"`);
  });

  it('--save without --project uses "default"; --project without --save is a usage error', async () => {
    const r = await runCliOk(['generate', SHOP, '--rows', '5', '--out', path.join(temp.make('d'), 'o'), '--save'], { env });
    expect(r.stdout).toMatch(/saved dataset \S+ \(shop\) in project default/);
    const bad = await cli(['generate', SHOP, '--out', path.join(temp.make('e'), 'o'), '--project', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--save');
  });

  it('--help teaches with examples', async () => {
    const r = await runCliOk(['datasets', '--help'], { env });
    expect(r.stdout).toContain('rowforge datasets export');
    expect(r.stdout).toContain('ROWFORGE_HOME');
  });
});

describe('store commands on PostgreSQL (DATABASE_URL)', SLOW, () => {
  it('stores a generated dataset whose rows are queryable with every constraint on', async () => {
    await withPgDatabase(async (db) => {
      const env = { DATABASE_URL: `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`, ROWFORGE_HOME: temp.make('unused') };
      const out = path.join(temp.make('pg'), 'o');
      const r = await runCliOk(['generate', fixturePath('restaurants.ddl'), '--rows', '30', '--out', out, '--save', '--project', 'food'], { env });
      const id = savedId(r);
      const schema = `ds_${id.replace(/-/g, '')}`;
      const tables = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1', [schema]);
      expect(tables[0]?.n).toBeGreaterThanOrEqual(5);
      const notValid = await db.query("SELECT conname FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND NOT convalidated", [schema]);
      expect(notValid).toEqual([]);
      const fks = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND contype = 'f'", [schema]);
      expect(fks[0]?.n).toBeGreaterThan(0);
      const show = await runCliOk(['projects', 'show', 'food', '--json'], { env });
      expect((JSON.parse(show.stdout) as { audit: { action: string }[] }).audit.map((a) => a.action)).toEqual(['create', 'generate']);

      await db.query("UPDATE rowforge.datasets SET generator_version = '0.0.0-older'");
      const stored = path.join(temp.make('pg-export'), 'o');
      const ex = await runCliOk(['datasets', 'export', id, '--out', stored], { env });
      expect(ex.stderr).toContain('exporting the stored rows');
      expect(csvFiles(stored)).toEqual(csvFiles(out));
      for (const f of csvFiles(out)) {
        const [a, b] = [readCsv(path.join(out, f)), readCsv(path.join(stored, f))];
        expect(b.header, f).toEqual(a.header);
        expect(b.rows.length, f).toBe(a.rows.length);
        const firstColumn = (t: typeof a): string[] => t.rows.map((row) => String(row[0])).sort();
        expect(firstColumn(b), f).toEqual(firstColumn(a));
      }
    });
  });
});
