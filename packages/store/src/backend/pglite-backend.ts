import type { PGliteInterface } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from '../pglite/pglite-dialect.js';
import { pgliteSession } from '../pglite/pglite-session.js';
import type { StoreDatabase } from '../store-database.js';
import type { StoreBackend } from './store-backend.js';

/**
 * A backend over one PGlite instance. Every query and transaction is serialised through the
 * dialect's connection mutex; a transaction's raw session talks to PGlite directly, which is
 * safe because the transaction holds that mutex. `onClose` runs after Kysely is destroyed.
 */
export function pgliteBackend(pglite: PGliteInterface, onClose: () => Promise<void>): StoreBackend {
  const db = new Kysely<StoreDatabase>({ dialect: new PGliteDialect(pglite) });
  const session = pgliteSession(pglite);
  return {
    kind: 'pglite',
    db,
    transaction: (fn) => db.transaction().execute((trx) => fn(trx, session)),
    close: async () => {
      await db.destroy();
      await onClose();
    },
  };
}
