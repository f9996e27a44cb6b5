import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRowforgeError } from '@rowforge/core';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './store-lock.js';

const dirs: string[] = [];
const dataDir = (): string => { const d = mkdtempSync(join(tmpdir(), 'rowforge-lock-')); dirs.push(d); return join(d, 'pglite'); };
afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

/** A pid that certainly belongs to no live process: a child that has already exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  return Number(r.stdout.trim());
}

describe('lockDataDir', () => {
  it('writes the pid and removes the lock on release', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });

  it('takes over a lock left by a dead process (a crashed server)', () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, `${deadPid()}\n`);
    lockDataDir(dir)();
  });

  it('refuses a store held by a live process with STORE_UNAVAILABLE and a hint', () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    let caught: unknown;
    try { lockDataDir(dir); } catch (e) { caught = e; }
    expect(isRowforgeError(caught, 'STORE_UNAVAILABLE')).toBe(true);
    expect((caught as Error).message).toContain(`pid ${process.ppid}`);
  });

  it('creates the lock atomically: a fresh empty lock (another process mid-create) is not taken over', () => {
    const dir = dataDir();
    writeFileSync(`${dir}.lock`, '');
    let caught: unknown;
    try { lockDataDir(dir); } catch (e) { caught = e; }
    expect(isRowforgeError(caught, 'STORE_UNAVAILABLE')).toBe(true);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe('');
  });

  it('release leaves a lock another process has taken since', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    release();
    expect(readFileSync(`${dir}.lock`, 'utf8').trim()).toBe(String(process.ppid));
  });
});
