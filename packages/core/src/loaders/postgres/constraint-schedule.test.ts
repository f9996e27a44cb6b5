import { describe, expect, it } from 'vitest';
import { ConstraintSchedule } from './constraint-schedule.js';
import type { ConstraintTask } from './constraint-statements.js';
import type { PgSession } from './pg-session.js';
import { runConstraints } from './run-constraints.js';

const key = (table: string, sql = `key ${table}`): ConstraintTask => ({ sql, tables: [table], foreign: false });
const fk = (child: string, parent: string, sql = `fk ${child}->${parent}`): ConstraintTask => ({ sql, tables: [...new Set([child, parent])], foreign: true });
const tick = (): Promise<void> => new Promise((r) => { setTimeout(r, 0); });

/** What ran: each statement's start and end, in the order they happened. */
type Log = string[];

/** A session whose queries take a few ticks, log start/end and fail for the statements `fails` names. */
function fakeSession(log: Log, fails: ReadonlySet<string> = new Set()): PgSession {
  return {
    query: async (sql) => {
      log.push(`start ${sql}`);
      for (let i = 0; i < 1 + (sql.length % 3); i++) await tick();
      log.push(`end ${sql}`);
      if (fails.has(sql)) throw new Error(`refused: ${sql}`);
      return { rows: [] };
    },
    copyCsvFrom: () => Promise.reject(new Error('no COPY here')),
  };
}

/** The statements in flight after each start, checked for shared tables. */
function overlaps(log: Log, tasks: readonly ConstraintTask[]): string[] {
  const bySql = new Map(tasks.map((t) => [t.sql, t]));
  const running = new Set<ConstraintTask>();
  const clashes: string[] = [];
  for (const entry of log) {
    const task = bySql.get(entry.replace(/^(start|end) /, '')) as ConstraintTask;
    if (entry.startsWith('end')) { running.delete(task); continue; }
    for (const other of running) if (other.tables.some((t) => task.tables.includes(t))) clashes.push(`${other.sql} | ${task.sql}`);
    running.add(task);
  }
  return clashes;
}

const position = (log: Log, entry: string): number => log.indexOf(entry);

const TASKS: readonly ConstraintTask[] = [
  key('a'), key('b'), key('c'), key('d'), key('a', 'unique a'), key('c', 'check c'),
  fk('b', 'a'), fk('c', 'a'), fk('c', 'b'), fk('d', 'c'), fk('a', 'a'), fk('b', 'a', 'fk b->a again'), fk('a', 'b'),
];

describe('ConstraintSchedule', () => {
  it('hands out the first ready statement, skipping ones whose table is busy, and foreign keys only after their tables\' keys', async () => {
    const s = new ConstraintSchedule(TASKS);
    const first = await s.next();
    const second = await s.next();
    const third = await s.next();
    expect([first?.sql, second?.sql, third?.sql]).toEqual(['key a', 'key b', 'key c']);
    if (!first || !second) throw new Error('expected two statements');
    s.finish(second);
    expect((await s.next())?.sql, 'fk b->a waits for a\'s keys; d is free').toBe('key d');
    s.finish(first);
    expect((await s.next())?.sql).toBe('unique a');
  });

  it('ends with undefined once every statement was handed out and finished', async () => {
    const s = new ConstraintSchedule([key('a'), fk('a', 'a')]);
    const k = await s.next();
    const waiting = s.next();
    if (!k) throw new Error('expected a statement');
    s.finish(k);
    const f = await waiting;
    expect(f?.sql).toBe('fk a->a');
    if (!f) throw new Error('expected the foreign key');
    s.finish(f);
    expect(await s.next()).toBeUndefined();
    expect(s.error).toBeUndefined();
  });
});

describe('runConstraints', () => {
  it.each([1, 2, 3, 5])('with %i sessions runs every statement once, never two on one table, foreign keys after the keys of their tables', async (n) => {
    const log: Log = [];
    await runConstraints(Array.from({ length: n }, () => fakeSession(log)), TASKS);
    expect(log.filter((e) => e.startsWith('start')).sort()).toEqual(TASKS.map((t) => `start ${t.sql}`).sort());
    expect(overlaps(log, TASKS)).toEqual([]);
    for (const f of TASKS.filter((t) => t.foreign)) {
      for (const k of TASKS.filter((t) => !t.foreign && f.tables.includes(t.tables[0] ?? ''))) {
        expect(position(log, `end ${k.sql}`), `${k.sql} before ${f.sql}`).toBeLessThan(position(log, `start ${f.sql}`));
      }
    }
    if (n === 1) expect(log.filter((e) => e.startsWith('start'))).toEqual(TASKS.map((t) => `start ${t.sql}`));
  });

  it('runs statements of different tables at the same time when it has the sessions', async () => {
    const log: Log = [];
    await runConstraints([fakeSession(log), fakeSession(log)], TASKS);
    expect(log.slice(0, 2)).toEqual(['start key a', 'start key b']);
  });

  it('a failing statement fails the run with its error, after the ones in flight end, and nothing new starts', async () => {
    const log: Log = [];
    const fails = new Set(['key b']);
    await expect(runConstraints([fakeSession(log, fails), fakeSession(log, fails)], TASKS)).rejects.toThrow('refused: key b');
    const started = log.filter((e) => e.startsWith('start'));
    expect(started.every((e) => log.includes(e.replace('start', 'end')))).toBe(true);
    expect(started.some((e) => e.includes('fk'))).toBe(false);
    expect(started.length).toBeLessThan(TASKS.length);
  });

  it('when several fail, throws the error of the one earliest in the list', async () => {
    const log: Log = [];
    const fails = new Set(['key b', 'key a']);
    await expect(runConstraints([fakeSession(log, fails), fakeSession(log, fails)], TASKS)).rejects.toThrow('refused: key a');
  });
});
