import type { Store } from '@rowforge/store';

/**
 * Opens the store (DATABASE_URL, else PGlite under ROWFORGE_HOME), runs `fn`, always closes it.
 * The store (PGlite, Kysely) is imported on first use, so commands that never touch it start faster.
 */
export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('@rowforge/store');
  const store = await openStore();
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
