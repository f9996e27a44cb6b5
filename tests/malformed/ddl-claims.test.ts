/**
 * The malformed files are what cases.ts claims, judged by the real databases: DDL a database
 * rejects is rejected there (syntax errors at the very position the case expects), and DDL that
 * only Rowforge must refuse (unsatisfiable CHECKs, capacity, empty enums) is
 * accepted by the database as written.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { execFile } from '../support/exec.js';
import { MariaDatabase } from '../support/mariadb.js';
import { PG_SERVER, PgDatabase } from '../support/pg.js';
import { SqliteDatabase } from '../support/sqlite.js';
import { CASES, malformedPath, type MalformedCase } from './cases.js';

interface Outcome { readonly accepted: boolean; readonly message: string; readonly line?: number; readonly column?: number; readonly near?: string }

function lineColumn(text: string, offset1: number): { line: number; column: number } {
  const before = text.slice(0, offset1 - 1).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

async function inPostgres(text: string): Promise<Outcome> {
  const db = await PgDatabase.create();
  const client = new pg.Client({ host: PG_SERVER.host, port: PG_SERVER.port, user: PG_SERVER.user, database: db.name });
  try {
    await client.connect();
    await client.query(text);
    return { accepted: true, message: '' };
  } catch (e) {
    const err = e as { message: string; position?: string };
    return { accepted: false, message: err.message, ...(err.position ? lineColumn(text, Number(err.position)) : {}) };
  } finally {
    await client.end();
    await db.drop();
  }
}

async function inMariaDb(text: string): Promise<Outcome> {
  const db = await MariaDatabase.create();
  try {
    const r = await execFile('mariadb', ['-h', '127.0.0.1', '-u', 'root', '--protocol=TCP', db.name], { input: text });
    // "ERROR 1064 (42000) at line S: ... near '...' at line L": S is the statement's first line, L is relative to it
    const m = /at line (\d+):[\s\S]*near [\s\S]* at line (\d+)/.exec(r.stderr);
    return { accepted: r.code === 0, message: r.stderr, ...(m ? { line: Number(m[1]) + Number(m[2]) - 1 } : {}) };
  } finally {
    await db.drop();
  }
}

async function inSqlite(text: string): Promise<Outcome> {
  const db = await SqliteDatabase.create();
  try {
    db.db.exec(text);
    return { accepted: true, message: '' };
  } catch (e) {
    const message = (e as Error).message;
    const near = /near "([^"]*)"/.exec(message)?.[1];
    return { accepted: false, message, ...(near !== undefined ? { near } : {}) };
  } finally {
    db.close();
  }
}

function textAt(text: string, line: number, column: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(column - 1);
}

const judged = CASES.filter((c): c is MalformedCase & { file: string; realDb: 'rejects' | 'accepts' } =>
  c.file !== undefined && c.realDb !== undefined && ['postgres', 'mysql', 'sqlite'].includes(c.dialect ?? ''));

describe('malformed DDL files do in their real database what cases.ts claims', () => {
  it('judges at least 25 files', () => {
    expect(judged.length).toBeGreaterThanOrEqual(25);
  });

  it.each(judged.map((c) => [c.file, c] as const))('%s', async (_file, c) => {
    const text = readFileSync(malformedPath(c.file), 'utf8');
    const outcome = c.dialect === 'postgres' ? await inPostgres(text) : c.dialect === 'mysql' ? await inMariaDb(text) : await inSqlite(text);
    expect(outcome.accepted, `${String(c.dialect)} ${outcome.accepted ? 'accepted' : 'rejected'} it: ${outcome.message}`).toBe(c.realDb === 'accepts');
    if (!c.position) return;
    if (c.dialect === 'postgres') expect({ line: outcome.line, column: outcome.column }).toEqual(c.position);
    if (c.dialect === 'mysql') expect(outcome.line).toBe(c.position.line);
    if (c.dialect === 'sqlite') expect(textAt(text, c.position.line, c.position.column).startsWith(outcome.near ?? '<none>')).toBe(true);
  }, 60_000);
});
