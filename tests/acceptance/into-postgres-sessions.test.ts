/**
 * `loadPostgres` with several sessions (stage-and-swap): `sessions: 3` loads exactly the rows
 * `sessions: 1` loads (also from a worker pool) with every constraint on and validated; a load
 * that fails mid-table, or whose COPY the server refuses, leaves neither the stage schema nor
 * target tables; a stage left by a killed run is cleaned up; `replace` works as before.
 * Needs PostgreSQL on 127.0.0.1:5432 (trust, db `test`); a missing server fails the suite.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, loadParsers, loadPostgres, parseSchema, planFor, withWorkers, type EncodedRows, type GeneratedData, type Plan, type Row, type RowEncoding, type RowRange, type Schema, type TableData } from '@rowforge/core';
import { fixturesDir } from '../support/paths.js';
import { PG_SERVER, quotePgIdent, withPgDatabase, type PgDatabase } from '../support/pg.js';

const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
const RESTAURANT_TABLES = 7;

let schema: Schema;
beforeAll(async () => {
  await loadParsers();
  schema = parseSchema(readFileSync(path.join(fixturesDir, 'restaurants.ddl'), 'utf8')).schema;
});

const planOf = (rows: number, seed: number): Plan => planFor(schema, { rows, seed });

/** Row count per table of one PostgreSQL schema, by table name. */
async function counts(db: PgDatabase, nsp = 'public'): Promise<Record<string, number>> {
  const tables = await db.query<{ relname: string }>("SELECT relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r' ORDER BY relname", [nsp]);
  const out: Record<string, number> = {};
  for (const { relname } of tables) {
    const [r] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quotePgIdent(nsp)}.${quotePgIdent(relname)}`);
    out[relname] = r?.n ?? -1;
  }
  return out;
}

/** An md5 per table of every row's text, ordered by the whole row: equal digests, equal tables. */
async function digests(db: PgDatabase, nsp: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(await counts(db, nsp))) {
    const [r] = await db.query<{ d: string }>(`SELECT md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS d FROM ${quotePgIdent(nsp)}.${quotePgIdent(name)} t`);
    out[name] = r?.d ?? '';
  }
  return out;
}

/** Constraints per kind in one schema, e.g. `{ p: 7, f: 6, c: 9 }`. */
async function constraintKinds(db: PgDatabase, nsp: string): Promise<Record<string, number>> {
  const rows = await db.query<{ k: string; n: number }>('SELECT c.contype AS k, count(*)::int AS n FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = $1 AND c.conrelid <> 0 GROUP BY 1 ORDER BY 1', [nsp]);
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

const stageSchemas = async (db: PgDatabase): Promise<string[]> =>
  (await db.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rowforge_stage%'")).map((r) => r.nspname);

const planned = (rows: number): Record<string, number> => Object.fromEntries(schema.tables.map((t) => [t.name, rows]));

/** The run with `table`'s batches passed through `edit` (given the rows before each batch). */
function editBatches(data: GeneratedData, table: string, edit: (batch: readonly Row[], before: number) => readonly Row[]): GeneratedData {
  const wrap = (t: TableData): TableData => ({
    table: t.table,
    rowCount: t.rowCount,
    *batches() {
      let before = 0;
      for (const batch of t.batches()) {
        yield edit(batch, before);
        before += batch.length;
      }
    },
  });
  return { ...data, tables: data.tables.map((t) => (t.table.name === table ? wrap(t) : t)) };
}

/** The run with the worker pool's encoded chunks of `table` passed through `edit` (with the chunk's index). */
function editChunks(data: GeneratedData, table: string, edit: (chunk: EncodedRows, index: number) => EncodedRows): GeneratedData {
  const wrap = (t: TableData): TableData => {
    const encoded = t.encoded?.bind(t);
    if (!encoded) throw new Error('expected the rows of a worker pool');
    async function* edited(encoding: RowEncoding, range: RowRange): AsyncGenerator<EncodedRows> {
      let index = 0;
      for await (const chunk of encoded?.(encoding, range) ?? []) yield edit(chunk, index++);
    }
    return { ...t, encoded: edited };
  };
  return { ...data, tables: data.tables.map((t) => (t.table.name === table ? wrap(t) : t)) };
}

/** The run with `table`'s rows failing to generate once `after` rows were made. */
const throwingAfter = (data: GeneratedData, table: string, after: number): GeneratedData =>
  editBatches(data, table, (batch, before) => {
    if (before >= after) throw new Error('boom: the generator died mid-table');
    return batch;
  });

describe('loadPostgres with several sessions', () => {
  it('sessions: 3 loads exactly the rows of sessions: 1, from one thread and from 2 workers, every constraint validated', async () => {
    await withPgDatabase(async (db) => {
      const plan = planOf(20_000, 4);
      const url = urlOf(db);
      const progress: number[] = [];
      await loadPostgres(generate(schema, plan), { url, schema: 'one', sessions: 1 });
      const summary = await loadPostgres(generate(schema, plan), { url, schema: 'three', sessions: 3, onProgress: (e) => progress.push(e.rowsDone) });
      await withWorkers(schema, plan, generate(schema, plan), 2, (d) => loadPostgres(d, { url, schema: 'pooled', sessions: 3 }));
      expect(Object.fromEntries(summary.tables.map((t) => [t.name, t.rows]))).toEqual(planned(20_000));
      expect(progress.filter((n) => n === 20_000)).toHaveLength(RESTAURANT_TABLES);
      const one = await digests(db, 'one');
      expect(Object.keys(one)).toHaveLength(RESTAURANT_TABLES);
      expect(await counts(db, 'three')).toEqual(planned(20_000));
      expect(await digests(db, 'three')).toEqual(one);
      expect(await digests(db, 'pooled')).toEqual(one);
      const kinds = await constraintKinds(db, 'one');
      expect(kinds['f']).toBeGreaterThan(0);
      expect(await constraintKinds(db, 'three')).toEqual(kinds);
      expect(await constraintKinds(db, 'pooled')).toEqual(kinds);
      expect(await db.query('SELECT conname FROM pg_constraint WHERE NOT convalidated')).toEqual([]);
      expect(await db.integrityProblems()).toEqual([]);
      expect(await stageSchemas(db)).toEqual([]);
    });
  });

  it('a load that fails mid-table leaves no stage and no tables, and a rerun loads exactly the planned rows', async () => {
    await withPgDatabase(async (db) => {
      const plan = planOf(20_000, 6);
      const middle = generate(schema, plan).tables[3]?.table.name ?? '';
      const sent: Record<string, number> = {};
      const broken = throwingAfter(generate(schema, plan), middle, 18_000);
      const onProgress = (e: { table: string; rowsDone: number }): void => { sent[e.table] = e.rowsDone; };
      await expect(loadPostgres(broken, { url: urlOf(db), sessions: 2, onProgress })).rejects.toMatchObject({ code: 'OUTPUT_UNWRITABLE', message: expect.stringMatching(/boom/) as unknown });
      expect(sent[middle], 'the failing table had rows on their way').toBeGreaterThan(0);
      expect(Object.values(sent).filter((n) => n === 20_000)).toHaveLength(3);
      expect(await stageSchemas(db)).toEqual([]);
      expect(await counts(db)).toEqual({});
      await loadPostgres(generate(schema, plan), { url: urlOf(db), sessions: 2 });
      expect(await counts(db)).toEqual(planned(20_000));
      expect(await db.integrityProblems()).toEqual([]);
      expect(await stageSchemas(db)).toEqual([]);
    });
  });

  it('a load whose pooled chunks stop mid-table leaves nothing behind either', async () => {
    await withPgDatabase(async (db) => {
      const plan = planOf(20_000, 6);
      const middle = generate(schema, plan).tables[2]?.table.name ?? '';
      const stop = (chunk: EncodedRows, index: number): EncodedRows => {
        if (index === 5) throw new Error('boom: a worker died mid-table');
        return chunk;
      };
      const load = withWorkers(schema, plan, generate(schema, plan), 2, (d) => loadPostgres(editChunks(d, middle, stop), { url: urlOf(db), schema: 'target', sessions: 3 }));
      await expect(load).rejects.toMatchObject({ code: 'OUTPUT_UNWRITABLE', message: expect.stringMatching(/boom/) as unknown });
      expect(await stageSchemas(db)).toEqual([]);
      expect(await counts(db, 'target')).toEqual({});
    });
  });

  it('a COPY the server refuses on one session while the others copy fails the load and leaves nothing behind', async () => {
    await withPgDatabase(async (db) => {
      const plan = planOf(20_000, 2);
      const last = generate(schema, plan).tables[RESTAURANT_TABLES - 1]?.table.name ?? '';
      const garbage = (chunk: EncodedRows, index: number): EncodedRows => (index === 4 ? { rows: 1, bytes: new TextEncoder().encode('not,a,row\n') } : chunk);
      const load = withWorkers(schema, plan, generate(schema, plan), 2, (d) => loadPostgres(editChunks(d, last, garbage), { url: urlOf(db), schema: 'target', sessions: 3 }));
      await expect(load).rejects.toMatchObject({ code: 'OUTPUT_UNWRITABLE', message: expect.stringMatching(/missing data|invalid input/) as unknown });
      expect(await stageSchemas(db)).toEqual([]);
      expect(await counts(db, 'target')).toEqual({});
      await loadPostgres(generate(schema, plan), { url: urlOf(db), schema: 'target', sessions: 3 });
      expect(await counts(db, 'target')).toEqual(planned(20_000));
    });
  });

  it('cleans up the stage schema a killed run left and loads exactly the planned rows', async () => {
    await withPgDatabase(async (db) => {
      const first = schema.tables[0]?.name ?? '';
      await db.query(`CREATE SCHEMA rowforge_stage_public; CREATE TABLE rowforge_stage_public.${quotePgIdent(first)} (x int); INSERT INTO rowforge_stage_public.${quotePgIdent(first)} SELECT generate_series(1, 1000); CREATE TABLE rowforge_stage_public.leftover (y text)`);
      await loadPostgres(generate(schema, planOf(3_000, 8)), { url: urlOf(db), sessions: 2 });
      expect(await counts(db)).toEqual(planned(3_000));
      expect(await stageSchemas(db)).toEqual([]);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });

  it('refuses existing tables unless replace, leaving them as they were, and replaces them with replace', async () => {
    await withPgDatabase(async (db) => {
      const url = urlOf(db);
      await loadPostgres(generate(schema, planOf(50, 1)), { url, sessions: 3 });
      const before = await digests(db, 'public');
      for (const sessions of [1, 3]) {
        await expect(loadPostgres(generate(schema, planOf(80, 2)), { url, sessions })).rejects.toMatchObject({ code: 'OUTPUT_EXISTS', message: expect.stringMatching(/already has table/) as unknown });
      }
      expect(await digests(db, 'public')).toEqual(before);
      await loadPostgres(generate(schema, planOf(80, 2)), { url, sessions: 3, replace: true });
      expect(await counts(db)).toEqual(planned(80));
      expect(await db.integrityProblems()).toEqual([]);
      expect(await stageSchemas(db)).toEqual([]);
    });
  });

  it('replace also replaces the enums and domains a run creates, in one session and in several', async () => {
    const typed = parseSchema(`CREATE TYPE mood AS ENUM ('sad', 'ok', 'glad');
CREATE DOMAIN email AS varchar(120) CHECK (VALUE LIKE '%@%');
CREATE TABLE person (id integer PRIMARY KEY, feeling mood NOT NULL, email_address email NOT NULL);`, { dialect: 'postgres' }).schema;
    await withPgDatabase(async (db) => {
      const url = urlOf(db);
      for (const [sessions, seed] of [[1, 1], [3, 2], [1, 3], [3, 4]] as const) {
        await loadPostgres(generate(typed, planFor(typed, { rows: 40, seed })), { url, sessions, replace: true });
        const [r] = await db.query<{ n: number; moods: number }>('SELECT count(*)::int AS n, count(DISTINCT feeling)::int AS moods FROM person');
        expect(r).toEqual({ n: 40, moods: expect.any(Number) as unknown });
      }
      const types = await db.query<{ typname: string }>("SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') ORDER BY 1");
      expect(types.map((t) => t.typname)).toEqual(['email', 'mood']);
      expect(await stageSchemas(db)).toEqual([]);
    });
  });
});
