/**
 * `rowforge generate --into postgres://…` (issue 4, acceptance b, PostgreSQL part): 100,000 rows
 * per table of each fixture schema load into the CI PostgreSQL with every constraint on at the
 * end and no violations; a load killed halfway and rerun ends with exactly the planned rows.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';
import { cliEntry, fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const ROWS = 100_000;
const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;

async function tableRows(db: PgDatabase): Promise<number[]> {
  const rows = await db.query<{ n: string }>("SELECT (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from %I', relname), false, true, '')))[1]::text AS n FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY relname");
  return rows.map((r) => Number(r.n));
}

async function copyStarted(db: PgDatabase): Promise<boolean> {
  const r = await db.query<{ n: string }>("SELECT count(*)::text AS n FROM pg_stat_activity WHERE datname = $1 AND query ILIKE 'COPY%'", [db.name]);
  return Number(r[0]?.n ?? 0) > 0;
}

/** Starts a load, kills it with SIGKILL once COPY is under way, and reports whether it was mid-load. */
async function killMidLoad(args: readonly string[], db: PgDatabase): Promise<boolean> {
  const child = spawn(process.execPath, [cliEntry, ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => { child.once('exit', () => resolve()); });
  let midLoad = false;
  for (let i = 0; i < 600 && child.exitCode === null && !midLoad; i++) {
    midLoad = await copyStarted(db);
    if (!midLoad) await new Promise((r) => { setTimeout(r, 50); });
  }
  child.kill('SIGKILL');
  await exited;
  return midLoad;
}

describe.each(FIXTURES)('--into postgres with %s', (fixture) => {
  const ddl = path.join(fixturesDir, fixture);

  it(`loads ${ROWS.toLocaleString('en-US')} rows per table with every constraint on and no violations`, async () => {
    await withPgDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--rows', String(ROWS), '--seed', '5', '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      const counts = await tableRows(db);
      expect(counts.length).toBeGreaterThanOrEqual(7);
      expect(counts.every((n) => n === ROWS)).toBe(true);
      expect(await db.integrityProblems()).toEqual([]);
      expect((await db.foreignKeys()).length).toBeGreaterThan(0);
      const notValid = await db.query("SELECT conname FROM pg_constraint WHERE NOT convalidated");
      expect(notValid).toEqual([]);
    });
  });
});

/** An md5 per table of every row's text, ordered by the whole row: equal digests, equal tables. */
async function tableDigests(db: PgDatabase): Promise<Record<string, string>> {
  const tables = await db.query<{ relname: string }>("SELECT relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = 'public' AND c.relkind = 'r' ORDER BY relname");
  const out: Record<string, string> = {};
  for (const { relname } of tables) {
    const r = await db.query<{ d: string }>(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS d FROM "${relname}" t`);
    out[relname] = r[0]?.d ?? '';
  }
  return out;
}

describe('--into postgres with a worker pool', () => {
  it('--workers 2, with one session or two, loads exactly the rows one thread loads', async () => {
    const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '30000', '--seed', '3', '--into'];
    const digests: Record<string, string>[] = [];
    for (const [workers, sessions] of [['1', '1'], ['2', '1'], ['2', '2']] as const) {
      await withPgDatabase(async (db) => {
        const r = await runCli([...args, urlOf(db), '--workers', workers, '--sessions', sessions]);
        expect(r.code, r.stderr).toBe(0);
        expect(await tableRows(db)).toEqual(Array.from({ length: 7 }, () => 30000));
        expect(await db.integrityProblems()).toEqual([]);
        digests.push(await tableDigests(db));
      });
    }
    expect(Object.keys(digests[0] ?? {})).toHaveLength(7);
    expect(digests[1]).toEqual(digests[0]);
    expect(digests[2]).toEqual(digests[0]);
  });
});

describe('--into postgres after a crash', () => {
  it('a load killed halfway and rerun ends with exactly the planned rows', async () => {
    await withPgDatabase(async (db) => {
      const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '60000', '--seed', '9', '--into', urlOf(db)];
      expect(await killMidLoad(args, db), 'the first run was killed during COPY').toBe(true);
      const rerun = await runCli(args);
      expect(rerun.code, rerun.stderr).toBe(0);
      const counts = await tableRows(db);
      expect(counts).toEqual(Array.from({ length: 7 }, () => 60000));
      expect(await db.integrityProblems()).toEqual([]);
    });
  });

  it('with --sessions 2 too: the killed load leaves its staging schema, the rerun drops it and loads exactly the planned rows', async () => {
    await withPgDatabase(async (db) => {
      const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '60000', '--seed', '9', '--sessions', '2', '--into', urlOf(db)];
      expect(await killMidLoad(args, db), 'the first run was killed during COPY').toBe(true);
      expect(await tableRows(db), 'nothing reached the target').toEqual([]);
      expect(await db.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rowforge_stage%'")).toHaveLength(1);
      const rerun = await runCli(args);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await tableRows(db)).toEqual(Array.from({ length: 7 }, () => 60000));
      expect(await db.integrityProblems()).toEqual([]);
      expect(await db.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rowforge_stage%'")).toEqual([]);
    });
  });

  it('refuses to load over existing tables unless --replace', async () => {
    await withPgDatabase(async (db) => {
      const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '50', '--into', urlOf(db)];
      expect((await runCli(args)).code).toBe(0);
      const again = await runCli(args);
      expect(again.code).toBe(5);
      expect(again.stderr).toMatch(/already has table/);
      expect((await runCli([...args, '--replace'])).code).toBe(0);
      expect(await tableRows(db)).toEqual(Array.from({ length: 7 }, () => 50));
    });
  });
});
