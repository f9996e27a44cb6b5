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
import { cliEntry, fixturesDir } from '../support/paths.js';
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
