/**
 * @module @rowforge/store
 * Projects, datasets (with their rows), generation jobs and the audit log, in embedded PGlite
 * (`$ROWFORGE_HOME/pglite`) or a PostgreSQL server (`DATABASE_URL`). See docs/store.md.
 */
export type * from './store-types.js';
export { reportOf } from './store-types.js';
export { openStore } from './open-store.js';
export { defaultDataDir, rowforgeHome } from './store-home.js';
export { PGliteDialect } from './pglite/pglite-dialect.js';
export { MIGRATIONS_TABLE } from './migrations/run-migrations.js';
export { writeStoredRows } from './export/write-stored-rows.js';
