import { mkdirSync } from 'node:fs';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { RowforgeError } from '@rowforge/core';
import { pgliteBackend } from './pglite-backend.js';
import type { StoreBackend } from './store-backend.js';
import { lockDataDir } from './store-lock.js';

interface Shared {
  readonly backend: Promise<StoreBackend>;
  refs: number;
  /** Set when the last handle closed: PGlite is closing and the lock is not yet released. */
  closing?: Promise<void>;
}

/** One PGlite per data directory per process (it costs seconds and ~1 GB to start). */
const shared = new Map<string, Shared>();

async function createPglite(dataDir: string): Promise<PGliteInterface> {
  try {
    return await PGlite.create(dataDir);
  } catch (e) {
    throw new RowforgeError('STORE_UNAVAILABLE', `cannot open the embedded store at ${dataDir}: ${(e as Error).message}`, { hint: 'check that ROWFORGE_HOME is writable, or set DATABASE_URL' }, { cause: e });
  }
}

async function startOnDisk(dataDir: string, onLastClose: () => void): Promise<StoreBackend> {
  const unlock = lockDataDir(dataDir);
  try {
    mkdirSync(dataDir, { recursive: true });
    const pglite = await createPglite(dataDir);
    return pgliteBackend(pglite, async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
        onLastClose();
      }
    });
  } catch (e) {
    unlock();
    throw e;
  }
}

/** A handle on the shared backend whose `close` only closes PGlite when the last handle closes. */
function handle(entry: Shared, backend: StoreBackend): StoreBackend {
  let closed = false;
  return {
    ...backend,
    close: async () => {
      if (closed) return;
      closed = true;
      if (--entry.refs > 0) return;
      entry.closing = backend.close();
      await entry.closing;
    },
  };
}

/** Forgets `entry` (only if it is still the directory's current one). */
function forget(dataDir: string, entry: Shared): void {
  if (shared.get(dataDir) === entry) shared.delete(dataDir);
}

/** The directory's open (or opening) entry; one that is closing is waited out, then replaced. */
async function sharedEntry(dataDir: string): Promise<Shared> {
  for (let entry = shared.get(dataDir); entry; entry = shared.get(dataDir)) {
    if (entry.closing === undefined) return entry;
    await entry.closing.catch(() => undefined);
    forget(dataDir, entry);
  }
  const entry: Shared = { backend: startOnDisk(dataDir, () => forget(dataDir, entry)), refs: 0 };
  shared.set(dataDir, entry);
  entry.backend.catch(() => forget(dataDir, entry));
  return entry;
}

/**
 * Opens PGlite at `dataDir`: `memory://…` gives a fresh in-memory database each time; a
 * directory is opened once per process and shared (closing the last handle closes it).
 */
export async function openPgliteBackend(dataDir: string): Promise<StoreBackend> {
  if (dataDir.startsWith('memory://')) {
    const pglite = await createPglite(dataDir);
    return pgliteBackend(pglite, () => pglite.close());
  }
  const entry = await sharedEntry(dataDir);
  entry.refs++;
  return handle(entry, await entry.backend);
}
