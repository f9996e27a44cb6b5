import { openPgliteBackend } from './backend/open-pglite-backend.js';
import { postgresBackend } from './backend/postgres-backend.js';
import type { StoreBackend } from './backend/store-backend.js';
import { migrationStatus, runMigrations } from './migrations/run-migrations.js';
import { auditRepo } from './repos/audit-repo.js';
import { datasetsRepo } from './repos/datasets-repo.js';
import { jobsRepo } from './repos/jobs-repo.js';
import { projectsRepo } from './repos/projects-repo.js';
import { defaultDataDir } from './store-home.js';
import type { OpenStoreOptions, Store, StoreHealth } from './store-types.js';

async function health(backend: StoreBackend): Promise<StoreHealth> {
  try {
    const migrations = await migrationStatus(backend.db);
    return { ok: migrations.pending.length === 0, kind: backend.kind, migrations };
  } catch {
    return { ok: false, kind: backend.kind, migrations: { applied: [], pending: [] } };
  }
}

/** The store over an open backend whose migrations have run. */
export function storeOver(backend: StoreBackend): Store {
  return {
    kind: backend.kind,
    health: () => health(backend),
    projects: projectsRepo(backend),
    datasets: datasetsRepo(backend),
    jobs: jobsRepo(backend.db),
    audit: auditRepo(backend.db),
    close: () => backend.close(),
  };
}

/** Runs pending migrations on `backend` and returns the store over it (closing it on failure). */
export async function migratedStore(backend: StoreBackend): Promise<Store> {
  try {
    await runMigrations(backend.db);
  } catch (e) {
    await backend.close().catch(() => undefined);
    throw e;
  }
  return storeOver(backend);
}

function openBackend(o: OpenStoreOptions): Promise<StoreBackend> {
  const url = o.databaseUrl ?? process.env['DATABASE_URL'];
  if (url !== undefined && url !== '') return postgresBackend(url, o.poolSize);
  return openPgliteBackend(o.dataDir ?? defaultDataDir());
}

/**
 * Opens the store: a PostgreSQL server when `databaseUrl` (or `DATABASE_URL`) is set, else
 * PGlite in `dataDir` (default `$ROWFORGE_HOME/pglite`). Pending migrations run first and are
 * recorded in `rowforge.rowforge_migrations`. Unfinished jobs are left alone: call
 * `store.jobs.failUnfinished(reason)` at startup if this process owns them.
 *
 * @example
 * ```ts
 * const store = await openStore()                 // ~/.rowforge/pglite
 * const project = await store.projects.ensure('default')
 * await store.close()
 * ```
 */
export async function openStore(o: OpenStoreOptions = {}): Promise<Store> {
  return migratedStore(await openBackend(o));
}
