import { randomBytes } from 'node:crypto';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { pgliteBackend } from '../backend/pglite-backend.js';
import { postgresBackend } from '../backend/postgres-backend.js';
import type { StoreBackend } from '../backend/store-backend.js';
import { migratedStore } from '../open-store.js';
import type { Store } from '../store-types.js';

export type TestStoreKind = 'pglite' | 'postgres';

export interface TestStore {
  readonly store: Store;
  /** Runs raw SQL on the store's database (for assertions on catalogs and the rows' schemas). */
  query(sql: string, params?: readonly unknown[]): Promise<readonly Record<string, unknown>[]>;
  /** Closes the store and throws its data away (the PGlite clone, or the PostgreSQL database). */
  cleanup(): Promise<void>;
}

/** The CI PostgreSQL's admin database (trust auth); `ROWFORGE_TEST_PG_ADMIN_URL` overrides it. */
export const TEST_PG_ADMIN_URL = process.env['ROWFORGE_TEST_PG_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/test';

let template: Promise<PGlite> | undefined;
let cloning: Promise<unknown> = Promise.resolve();

/** One migrated in-memory PGlite per process (initdb costs seconds); tests get clones of it. */
async function migratedTemplate(): Promise<PGlite> {
  const pglite = await PGlite.create('memory://');
  const store = await migratedStore(pgliteBackend(pglite, async () => {}));
  await store.close();
  return pglite;
}

/**
 * A fresh PGlite with the store's migrations applied: a clone of the per-process template
 * (the first call pays PGlite's start). The caller closes it.
 */
export async function testPglite(): Promise<PGliteInterface> {
  template ??= migratedTemplate();
  const base = await template;
  const next: Promise<PGliteInterface> = cloning.then(() => base.clone());
  cloning = next.catch(() => undefined);
  return next;
}

async function testStoreOver(backend: StoreBackend, dispose: () => Promise<void>): Promise<TestStore> {
  const store = await migratedStore(backend);
  return {
    store,
    query: async (sql, params = []) => (await backend.db.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, [...params]))).rows,
    cleanup: async () => {
      await store.close();
      await dispose();
    },
  };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function postgresTestStore(): Promise<TestStore> {
  const name = `rowforge_store_${randomBytes(5).toString('hex')}`;
  await admin(`CREATE DATABASE "${name}"`);
  const drop = (): Promise<void> => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  const url = new URL(TEST_PG_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await testStoreOver(await postgresBackend(url.toString()), drop);
  } catch (e) {
    await drop();
    throw e;
  }
}

async function pgliteTestStore(): Promise<TestStore> {
  const pglite = await testPglite();
  return testStoreOver(pgliteBackend(pglite, () => pglite.close()), async () => {});
}

/**
 * A fresh, migrated, empty store for a test: `pglite` clones a per-process in-memory template
 * (about a second after the first call, which pays PGlite's 3–5 s start); `postgres` creates a
 * database `rowforge_store_<random>` on the CI server (`TEST_PG_ADMIN_URL`) and drops it in
 * `cleanup`. A missing server fails; it never skips.
 *
 * @example
 * ```ts
 * const { store, cleanup } = await openTestStore('pglite')
 * afterAll(cleanup)
 * ```
 */
export function openTestStore(kind: TestStoreKind): Promise<TestStore> {
  return kind === 'pglite' ? pgliteTestStore() : postgresTestStore();
}
