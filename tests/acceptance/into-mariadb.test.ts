/**
 * `rowforge generate --into mysql://…` (issue 4, acceptance b, MariaDB part): 100,000 rows per
 * table of each fixture schema load into the CI MariaDB with every constraint on and no
 * violations; a load killed halfway and rerun ends with exactly the planned rows.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARIADB_SERVER, withMariaDatabase, type MariaDatabase } from '../support/mariadb.js';
import { cliEntry, corpusDir, fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const ROWS = 100_000;
const temps = new TempDirs();
afterAll(() => temps.cleanup());
const urlOf = (db: MariaDatabase): string => `mysql://${MARIADB_SERVER.user}@${MARIADB_SERVER.host}:${MARIADB_SERVER.port}/${db.name}`;

async function tableRows(db: MariaDatabase): Promise<Record<string, number>> {
  const tables = await db.query<{ t: string }>('SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME');
  const out: Record<string, number> = {};
  for (const { t } of tables) out[t] = await db.rowCount(t);
  return out;
}

async function loading(db: MariaDatabase): Promise<boolean> {
  const r = await db.query<{ n: number }>("SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND INFO LIKE 'INSERT INTO%'", [db.name]);
  return Number(r[0]?.n ?? 0) > 0;
}

async function killMidLoad(args: readonly string[], db: MariaDatabase): Promise<boolean> {
  const child = spawn(process.execPath, [cliEntry, ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => { child.once('exit', () => resolve()); });
  let midLoad = false;
  for (let i = 0; i < 600 && child.exitCode === null && !midLoad; i++) {
    midLoad = await loading(db);
    if (!midLoad) await new Promise((r) => { setTimeout(r, 25); });
  }
  child.kill('SIGKILL');
  await exited;
  return midLoad;
}

describe.each(FIXTURES)('--into mysql with %s', (fixture) => {
  it(`loads ${ROWS.toLocaleString('en-US')} rows per table with every constraint on and no violations`, async () => {
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', path.join(fixturesDir, fixture), '--rows', String(ROWS), '--seed', '5', '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      const counts = Object.values(await tableRows(db));
      expect(counts.length).toBeGreaterThanOrEqual(7);
      expect(counts.every((n) => n === ROWS)).toBe(true);
      expect(await db.integrityProblems()).toEqual([]);
      expect((await db.foreignKeys()).length).toBeGreaterThan(0);
    });
  });
});

/** CHECKSUM TABLE of every table: equal checksums, equal rows. */
async function checksums(db: MariaDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of Object.keys(await tableRows(db))) {
    const [r] = await db.query<{ Checksum: string | number }>(`CHECKSUM TABLE \`${t}\``);
    out[t] = String(r?.Checksum);
  }
  return out;
}

describe('--into mysql with worker threads', () => {
  // mysql-hr-cycle.sql has a foreign-key cycle: its columns are loaded with their values (the
  // SQL scripts' NULL-then-UPDATE is not used here), by the workers as by the main thread.
  it.each([
    ['restaurants.ddl', path.join(fixturesDir, 'restaurants.ddl'), 20_000],
    ['mysql-hr-cycle.sql', path.join(corpusDir, 'mysql-hr-cycle.sql'), 3_000],
  ])('%s loads the same rows with --workers 2 as with --workers 1', async (_name, schema, rows) => {
    const loaded = await Promise.all([1, 2].map((workers) => withMariaDatabase(async (db) => {
      const r = await runCli(['generate', schema, '--rows', String(rows), '--seed', '5', '--workers', String(workers), '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.integrityProblems()).toEqual([]);
      return checksums(db);
    })));
    expect(Object.keys(loaded[0] ?? {}).length).toBeGreaterThanOrEqual(3);
    expect(loaded[1]).toEqual(loaded[0]);
  });
});

/** A table of `rows` rows with a `length`-byte `payload` (twice that as hex in an INSERT): its DDL and plan files. */
function wideTable(rows: number, length: number, payload = 'BLOB'): { ddl: string; plan: string } {
  const dir = temps.make('wide');
  const ddl = path.join(dir, 'attachment.sql');
  writeFileSync(ddl, `CREATE TABLE attachment (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, payload ${payload} NOT NULL);\n`);
  const plan = path.join(dir, 'plan.json');
  writeFileSync(plan, JSON.stringify({
    format: 'rowforge.plan', version: 1, seed: '1', referenceDate: '2026-01-01', locale: 'en_US', defaultRows: rows,
    tables: { attachment: { rows, columns: { id: { generator: 'sequence', start: 1, step: 1 }, name: { generator: 'vocabulary', name: 'company' }, payload: { generator: 'bytes', length } }, foreignKeys: [] } },
  }));
  return { ddl, plan };
}

describe('--into mysql with wide rows', () => {
  it.each([
    [2, 40_000, 2048],
    [1, 3_000, 10_240],
  ])('keeps each query under max_allowed_packet with --workers %i (%i rows of %i-byte blobs)', async (workers, rows, length) => {
    const { ddl, plan } = wideTable(rows, length);
    await withMariaDatabase(async (db) => {
      const r = await runCli(['generate', ddl, '--plan', plan, '--workers', String(workers), '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('attachment')).toBe(rows);
    });
  });

  // 500 rows of ~40 KB make a 20 MB chunk, more than the 16 MiB packet: it is cut between rows.
  it('cuts 500-row chunks bigger than max_allowed_packet (1,100 rows of 20,000-byte blobs), the same rows with --workers 1 and 2', async () => {
    const rows = 1_100;
    const { ddl, plan } = wideTable(rows, 20_000);
    const loaded = await Promise.all([1, 2].map((workers) => withMariaDatabase(async (db) => {
      const [packet] = await db.query<{ p: string }>('SELECT @@max_allowed_packet AS p');
      expect(Number(packet?.p), 'a 500-row chunk is bigger than the packet').toBeLessThan(500 * 40_000);
      const r = await runCli(['generate', ddl, '--plan', plan, '--workers', String(workers), '--into', urlOf(db)]);
      expect(r.code, r.stderr).toBe(0);
      expect(await db.rowCount('attachment')).toBe(rows);
      return checksums(db);
    })));
    expect(loaded[1]).toEqual(loaded[0]);
  });

  it('refuses a row bigger than max_allowed_packet with a clear error', async () => {
    await withMariaDatabase(async (db) => {
      const [packet] = await db.query<{ p: string }>('SELECT @@max_allowed_packet AS p');
      const { ddl, plan } = wideTable(1, Math.ceil(Number(packet?.p) / 2) + 1, 'LONGBLOB');
      const r = await runCli(['generate', ddl, '--plan', plan, '--into', urlOf(db)]);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/a row of "attachment" takes [\d,]+ bytes as an INSERT, more than the server's max_allowed_packet of [\d,]+ bytes allows/);
      expect(r.stderr).toContain('SET GLOBAL max_allowed_packet = ');
    });
  });
});

describe('--into mysql after a crash', () => {
  it('a load killed halfway and rerun ends with exactly the planned rows', async () => {
    await withMariaDatabase(async (db) => {
      const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '30000', '--seed', '9', '--into', urlOf(db)];
      expect(await killMidLoad(args, db), 'the first run was killed while inserting').toBe(true);
      const rerun = await runCli(args);
      expect(rerun.code, rerun.stderr).toBe(0);
      const counts = await tableRows(db);
      expect(Object.keys(counts)).toHaveLength(7);
      expect(Object.values(counts).every((n) => n === 30000)).toBe(true);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });
});
