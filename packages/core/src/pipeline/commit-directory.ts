import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { RowforgeError } from '../errors/index.js';

/** A sibling path for staging work next to `dir` (same filesystem, so rename is atomic). */
export function stagingPath(dir: string, label: string): string {
  return `${dir.replace(/[\\/]+$/, '')}.rowforge-${label}-${process.pid}`;
}

/** Fails early when `dir` exists, is not empty and may not be replaced. */
export function assertTargetFree(dir: string, overwrite: boolean): void {
  if (!existsSync(dir) || overwrite) return;
  const isDir = statSync(dir).isDirectory();
  if (isDir && readdirSync(dir).length === 0) return;
  throw new RowforgeError('OUTPUT_EXISTS', `output "${dir}" already exists`, { path: dir, hint: 'choose another --out or pass --overwrite' });
}

/** Moves the finished staging directory onto `dir`, replacing an old one only now. */
export function commitDirectory(staging: string, dir: string): void {
  const backup = stagingPath(dir, 'old');
  const hadOld = existsSync(dir);
  if (hadOld) renameSync(dir, backup);
  try {
    renameSync(staging, dir);
  } catch (e) {
    if (hadOld) renameSync(backup, dir);
    throw e;
  }
  if (hadOld) rmSync(backup, { recursive: true, force: true });
}

/** Removes a staging path; a path that cannot exist (its parent is a file) is already gone. */
export function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing to clean up: ENOTDIR and friends mean the path was never created
  }
}
