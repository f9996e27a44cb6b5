import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RowforgeError } from '@rowforge/core';

/** A lock file still empty after this long was left by a process that died while creating it. */
const EMPTY_LOCK_GRACE_MS = 5000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function emptyLockState(file: string): 'free' | 'stale' | 'creating' {
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat === undefined) return 'free';
  return Date.now() - stat.mtimeMs < EMPTY_LOCK_GRACE_MS ? 'creating' : 'stale';
}

/** The lock's state: free (gone), held by a live pid, `creating` (empty and fresh), or stale. */
function lockState(file: string): 'free' | 'stale' | 'creating' | number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'free';
    throw e;
  }
  if (text === '') return emptyLockState(file);
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid) ? pid : 'stale';
}

/** Creates the lock file only if it does not exist (`wx`): two processes never both succeed. */
function create(file: string): boolean {
  try {
    writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

function inUse(dataDir: string, who: string): RowforgeError {
  return new RowforgeError('STORE_UNAVAILABLE', `the store at ${dataDir} is in use by another rowforge process (${who})`, { hint: 'stop that process (e.g. `rowforge serve`), use another ROWFORGE_HOME, or set DATABASE_URL to share a PostgreSQL server' });
}

/**
 * Removes a stale lock under `<lock>.takeover` (itself created with `wx`), re-checking that it
 * is still stale, so two processes taking over the same dead lock cannot both end up holding it.
 */
function takeOver(file: string): void {
  const guard = `${file}.takeover`;
  const guardState = lockState(guard);
  if (guardState === 'stale') rmSync(guard, { force: true });
  if (!create(guard)) return;
  try {
    if (lockState(file) === 'stale') rmSync(file, { force: true });
  } finally {
    rmSync(guard, { force: true });
  }
}

function ownPid(file: string): boolean {
  try {
    return readFileSync(file, 'utf8').trim() === String(process.pid);
  } catch {
    return false;
  }
}

function release(file: string): () => void {
  return () => {
    if (ownPid(file)) rmSync(file, { force: true });
  };
}

/**
 * Takes `<dataDir>.lock` for this process: PGlite has no locking of its own, and two processes
 * on one data directory would corrupt it. The file is created atomically (`wx`); a lock left by
 * a dead process is taken over. Returns the release function (which removes only our own lock).
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 20; attempt++) {
    if (create(file)) return release(file);
    const state = lockState(file);
    if (typeof state === 'number') throw inUse(dataDir, `pid ${state}`);
    if (state === 'stale') takeOver(file);
    else sleepSync(25);
  }
  throw inUse(dataDir, 'its lock is being created');
}
