/**
 * `rowforge generate --into sqlite:FILE` (issue 4, acceptance b, SQLite part): 100,000 rows per
 * table of each fixture schema make a database file that real SQLite (sql.js) opens with foreign
 * keys on and no violations; a load killed halfway leaves no file, and the rerun has exactly the
 * planned rows.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cliEntry, corpusDir, fixturesDir } from '../support/paths.js';
import { runCli } from '../support/run-cli.js';
import { sqlJs } from '../support/sqlite.js';
import { TempDirs } from '../support/temp.js';

const FIXTURES = readdirSync(fixturesDir).filter((f) => f.endsWith('.ddl')).sort();
const ROWS = 100_000;
const temps = new TempDirs();
afterAll(() => temps.cleanup());

async function inspect(file: string): Promise<{ counts: number[]; violations: number; fks: number }> {
  const SQL = await sqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    db.exec('PRAGMA foreign_keys = ON');
    const tables = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? []).map((r) => String(r[0]));
    const counts = tables.map((t) => Number(db.exec(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`)[0]?.values[0]?.[0] ?? -1));
    const violations = db.exec('PRAGMA foreign_key_check')[0]?.values.length ?? 0;
    const fks = tables.reduce((n, t) => n + (db.exec(`PRAGMA foreign_key_list("${t}")`)[0]?.values.length ?? 0), 0);
    return { counts, violations, fks };
  } finally {
    db.close();
  }
}

describe.each(FIXTURES)('--into sqlite with %s', (fixture) => {
  it(`writes ${ROWS.toLocaleString('en-US')} rows per table with foreign keys on and no violations`, async () => {
    const file = path.join(temps.make('sqlite'), 'data.db');
    const r = await runCli(['generate', path.join(fixturesDir, fixture), '--rows', String(ROWS), '--seed', '5', '--into', `sqlite:${file}`]);
    expect(r.code, r.stderr).toBe(0);
    const { counts, violations, fks } = await inspect(file);
    expect(counts.length).toBeGreaterThanOrEqual(7);
    expect(counts.every((n) => n === ROWS)).toBe(true);
    expect(violations).toBe(0);
    expect(fks).toBeGreaterThan(0);
  });
});

/** A hash of every table's rows in rowid order: equal hashes, equal rows. */
async function rowsHash(file: string): Promise<Record<string, string>> {
  const SQL = await sqlJs();
  const db = new SQL.Database(readFileSync(file));
  try {
    const tables = (db.exec("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")[0]?.values ?? []).map((r) => String(r[0]));
    return Object.fromEntries(tables.map((t) => [t, createHash('sha256').update(JSON.stringify(db.exec(`SELECT * FROM "${t}" ORDER BY rowid`)[0]?.values ?? [])).digest('hex')]));
  } finally {
    db.close();
  }
}

describe('--into sqlite with worker threads', () => {
  // mysql-hr-cycle.sql has a foreign-key cycle: its columns are loaded with their values.
  it.each([
    ['restaurants.ddl', path.join(fixturesDir, 'restaurants.ddl'), 20_000],
    ['mysql-hr-cycle.sql', path.join(corpusDir, 'mysql-hr-cycle.sql'), 3_000],
  ])('%s loads the same rows with --workers 2 as with --workers 1', async (_name, schema, rows) => {
    const hashes = [];
    for (const workers of [1, 2]) {
      const file = path.join(temps.make(`sqlite-w${workers}`), 'data.db');
      const r = await runCli(['generate', schema, '--rows', String(rows), '--seed', '5', '--workers', String(workers), '--into', `sqlite:${file}`]);
      expect(r.code, r.stderr).toBe(0);
      expect((await inspect(file)).violations).toBe(0);
      hashes.push(await rowsHash(file));
    }
    expect(Object.keys(hashes[0] ?? {}).length).toBeGreaterThanOrEqual(3);
    expect(hashes[1]).toEqual(hashes[0]);
  });
});

describe('--into sqlite after a crash', () => {
  it('a load killed halfway leaves no file and the rerun has exactly the planned rows', async () => {
    const dir = temps.make('sqlite-kill');
    const file = path.join(dir, 'data.db');
    const args = ['generate', path.join(fixturesDir, 'restaurants.ddl'), '--rows', '100000', '--seed', '9', '--into', `sqlite:${file}`];
    const child = spawn(process.execPath, [cliEntry, ...args], { stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => { child.once('exit', () => resolve()); });
    await new Promise((r) => { setTimeout(r, 2500); });
    const stillRunning = child.exitCode === null;
    child.kill('SIGKILL');
    await exited;
    expect(stillRunning, 'the first run was killed before it finished').toBe(true);
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('data.db'))).toEqual([]);
    const rerun = await runCli(args);
    expect(rerun.code, rerun.stderr).toBe(0);
    const { counts, violations } = await inspect(file);
    expect(counts).toEqual(Array.from({ length: 7 }, () => 100000));
    expect(violations).toBe(0);
  });
});
