import type { PgSession } from '@rowforge/core';
import type { Kysely } from 'kysely';
import type { StoreDatabase } from '../store-database.js';

/** Where the store's data lives: PGlite in-process or a PostgreSQL server, behind one Kysely. */
export interface StoreBackend {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Kysely<StoreDatabase>;
  /**
   * Runs `fn` in one transaction, giving it both a Kysely bound to the transaction and the raw
   * session under it (core's loaders COPY through the session). Rolls back if `fn` throws.
   * Inside `fn`, use only `trx` and `session`: on PGlite, `db` waits for this transaction.
   */
  transaction<T>(fn: (trx: Kysely<StoreDatabase>, session: PgSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
