import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { RowforgeError } from '@rowforge/core';

/** A sibling directory to build the output in (same filesystem, so the final rename is atomic). */
export function stagingDir(out: string): string {
  return `${out.replace(/[\\/]+$/, '')}.k12-staging-${process.pid}`;
}

/** Fails before any work when `out` holds something and may not be replaced. */
export function assertOutFree(out: string, overwrite: boolean): void {
  if (!existsSync(out) || overwrite) return;
  if (statSync(out).isDirectory() && readdirSync(out).length === 0) return;
  throw new RowforgeError('OUTPUT_EXISTS', `output "${out}" already exists`, { path: out, hint: 'choose another --out or pass --overwrite' });
}

export function createStaging(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new RowforgeError('OUTPUT_UNWRITABLE', `cannot create ${dir}: ${(e as Error).message}`, { path: dir });
  }
}

/** Moves the finished staging directory onto `out`; an old `out` is removed only after that. */
export function commitStaging(staging: string, out: string): void {
  const backup = `${out.replace(/[\\/]+$/, '')}.k12-old-${process.pid}`;
  const hadOld = existsSync(out);
  if (hadOld) renameSync(out, backup);
  try {
    renameSync(staging, out);
  } catch (e) {
    if (hadOld) renameSync(backup, out);
    throw e;
  }
  if (hadOld) rmSync(backup, { recursive: true, force: true });
}
