/**
 * `loadPostgres` adds keys, CHECKs and foreign keys over several sessions at once (issue 4, b):
 * a schema with a self-referencing foreign key and two foreign keys between the same pair of
 * tables ends with exactly the constraints `keepConstraints` creates, every one validated; a
 * row that breaks a foreign key, a primary key or a CHECK fails the load with PostgreSQL's own
 * message, leaves neither target tables nor the stage, and the clean rerun loads.
 * Needs PostgreSQL on 127.0.0.1:5432 (trust, db `test`); a missing server fails the suite.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, loadParsers, loadPostgres, parseSchema, planFor, type GeneratedData, type Row, type Schema, type TableData, type Value } from '@rowforge/core';
import { PG_SERVER, withPgDatabase, type PgDatabase } from '../support/pg.js';

const DDL = `
CREATE TABLE team (id integer PRIMARY KEY, name varchar(60) NOT NULL UNIQUE);
CREATE TABLE person (
  id integer PRIMARY KEY,
  team_id integer NOT NULL REFERENCES team (id),
  manager_id integer REFERENCES person (id),
  age integer NOT NULL CHECK (age >= 18)
);
CREATE TABLE transfer (
  id integer PRIMARY KEY,
  from_person integer NOT NULL REFERENCES person (id),
  to_person integer NOT NULL REFERENCES person (id),
  amount numeric(10, 2) NOT NULL CHECK (amount > 0)
);
CREATE TABLE note (id integer PRIMARY KEY, person_id integer REFERENCES person (id), transfer_id integer REFERENCES transfer (id), body text);
`;

const ROWS = 3_000;
const urlOf = (db: PgDatabase): string => `postgres://${PG_SERVER.user}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;

let schema: Schema;
beforeAll(async () => {
  await loadParsers();
  schema = parseSchema(DDL, { dialect: 'postgres' }).schema;
});

const run = (): GeneratedData => generate(schema, planFor(schema, { rows: ROWS, seed: 11 }));

interface Constraint {
  readonly table: string;
  readonly kind: string;
  readonly def: string;
}

/** Every table constraint of one PostgreSQL schema, with its definition and whether it is validated. */
async function constraintsOf(db: PgDatabase, nsp: string): Promise<(Constraint & { readonly valid: boolean })[]> {
  return db.query(`SELECT c.conrelid::regclass::text AS "table", c.contype AS kind, pg_get_constraintdef(c.oid) AS def, c.convalidated AS valid
    FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace WHERE s.nspname = $1 AND c.conrelid <> 0 ORDER BY 1, 2, 3`, [nsp]);
}

async function tablesIn(db: PgDatabase, nsp: string): Promise<string[]> {
  return (await db.query<{ relname: string }>("SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = $1 AND c.relkind = 'r' ORDER BY 1", [nsp])).map((r) => r.relname);
}

const stageSchemas = async (db: PgDatabase): Promise<string[]> =>
  (await db.query<{ nspname: string }>("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rowforge_stage%'")).map((r) => r.nspname);

/** The run with one cell of `table` (row `at`, column `column`) set to `value`. */
function withCell(data: GeneratedData, table: string, column: string, at: number, value: Value): GeneratedData {
  const wrap = (t: TableData): TableData => {
    const col = t.table.columns.findIndex((c) => c.name === column);
    return {
      table: t.table,
      rowCount: t.rowCount,
      *batches() {
        let before = 0;
        for (const batch of t.batches()) {
          yield batch.map((row, i): Row => (before + i === at ? row.map((v, j) => (j === col ? value : v)) : row));
          before += batch.length;
        }
      },
    };
  };
  return { ...data, tables: data.tables.map((t) => (t.table.name === table ? wrap(t) : t)) };
}

describe('loadPostgres adds the constraints over several sessions', () => {
  it('ends with every constraint keepConstraints creates, validated, self-reference and two keys between one pair of tables included', async () => {
    await withPgDatabase(async (db) => {
      const url = urlOf(db);
      await loadPostgres(run(), { url, schema: 'kept', keepConstraints: true });
      await loadPostgres(run(), { url, schema: 'three', constraintSessions: 3 });
      await loadPostgres(run(), { url, schema: 'one_copy', sessions: 1 });
      await loadPostgres(run(), { url, schema: 'two_copies', sessions: 2, constraintSessions: 2 });
      const kept = await constraintsOf(db, 'kept');
      const kinds = kept.reduce<Record<string, number>>((n, c) => ({ ...n, [c.kind]: (n[c.kind] ?? 0) + 1 }), {});
      expect(kinds).toEqual({ p: 4, u: 1, c: 2, f: 6 });
      expect(kept.filter((c) => c.kind === 'f').map((c) => `${c.table} ${c.def}`)).toEqual(expect.arrayContaining([
        'kept.person FOREIGN KEY (manager_id) REFERENCES kept.person(id)',
        'kept.transfer FOREIGN KEY (from_person) REFERENCES kept.person(id)',
        'kept.transfer FOREIGN KEY (to_person) REFERENCES kept.person(id)',
      ]));
      const unqualified = (cs: readonly Constraint[], nsp: string): string[] => cs.map((c) => `${c.table} ${c.kind} ${c.def}`.replaceAll(`${nsp}.`, ''));
      for (const nsp of ['three', 'one_copy', 'two_copies']) {
        const got = await constraintsOf(db, nsp);
        expect(unqualified(got, nsp), nsp).toEqual(unqualified(kept, 'kept'));
        expect(got.every((c) => c.valid), nsp).toBe(true);
        expect(await tablesIn(db, nsp)).toEqual(['note', 'person', 'team', 'transfer']);
      }
      expect(await db.integrityProblems()).toEqual([]);
      expect(await stageSchemas(db)).toEqual([]);
    });
  });

  it.each([
    ['a foreign key', 'transfer', 'to_person', 10 * ROWS, /loading into PostgreSQL failed: insert or update on table "transfer" violates foreign key constraint "transfer_to_person_fkey"/],
    ['a self-referencing foreign key', 'person', 'manager_id', 10 * ROWS, /violates foreign key constraint "person_manager_id_fkey"/],
    ['a primary key', 'person', 'id', 1, /loading into PostgreSQL failed: could not create unique index "person_pkey"/],
    ['a CHECK', 'transfer', 'amount', -5, /loading into PostgreSQL failed: check constraint "transfer_amount_check" of relation "transfer" is violated by some row/],
  ] as const)('a row that breaks %s fails the load with a clear error and leaves nothing; the clean rerun loads', async (_, table, column, value, message) => {
    await withPgDatabase(async (db) => {
      const url = urlOf(db);
      const bad = withCell(run(), table, column, ROWS - 10, value);
      await expect(loadPostgres(bad, { url, constraintSessions: 2 })).rejects.toMatchObject({ code: 'OUTPUT_UNWRITABLE', message: expect.stringMatching(message) as unknown });
      expect(await tablesIn(db, 'public')).toEqual([]);
      expect(await stageSchemas(db)).toEqual([]);
      await loadPostgres(run(), { url, constraintSessions: 2 });
      expect(await tablesIn(db, 'public')).toEqual(['note', 'person', 'team', 'transfer']);
      expect(await db.integrityProblems()).toEqual([]);
    });
  });

  it('a user who may not create a schema (the stage needs it) loads in one transaction instead, every constraint on', async () => {
    await withPgDatabase(async (db) => {
      const role = `rf_nocreate_${db.name.replace(/\W/g, '').slice(-12)}`;
      await db.query(`DROP ROLE IF EXISTS ${role}`);
      await db.query(`CREATE ROLE ${role} LOGIN`);
      try {
        await db.query(`REVOKE CREATE ON DATABASE "${db.name}" FROM PUBLIC`);
        await db.query(`CREATE SCHEMA app AUTHORIZATION ${role}`);
        const url = `postgres://${role}@${PG_SERVER.host}:${PG_SERVER.port}/${db.name}`;
        await loadPostgres(run(), { url, schema: 'app', sessions: 1, constraintSessions: 2 });
        expect(await tablesIn(db, 'app')).toEqual(['note', 'person', 'team', 'transfer']);
        expect((await constraintsOf(db, 'app')).filter((c) => c.kind === 'f')).toHaveLength(6);
        expect(await stageSchemas(db)).toEqual([]);
      } finally {
        await db.query('DROP SCHEMA IF EXISTS app CASCADE');
        await db.query(`DROP ROLE IF EXISTS ${role}`);
      }
    });
  });
});
