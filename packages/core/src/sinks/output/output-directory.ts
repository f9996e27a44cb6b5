import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { RowforgeError } from '../../errors/index.js';
import { unwritable } from './output-errors.js';

/** A staging directory beside the output, plus any parent directories made for it. */
export interface Staging {
  readonly path: string;
  /** The top-most parent directory created for the output, removed again on failure. */
  readonly createdParent: string | undefined;
}

function isEmptyDir(path: string): boolean {
  return readdirSync(path).length === 0;
}

/**
 * Fails with OUTPUT_EXISTS when `dir` is a file, or a non-empty directory and
 * `overwrite` is off.
 *
 * @example
 * ```ts
 * assertOutputFree('/tmp/out', false)
 * ```
 */
export function assertOutputFree(dir: string, overwrite: boolean): void {
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) {
    throw new RowforgeError('OUTPUT_EXISTS', `output "${dir}" exists and is not a directory`, { path: dir, hint: 'choose another output directory' });
  }
  if (!overwrite && !isEmptyDir(dir)) {
    throw new RowforgeError('OUTPUT_EXISTS', `output directory "${dir}" already exists and is not empty`, { path: dir, hint: 'choose another output directory or allow overwriting' });
  }
}

/** `<dir>.rowforge-<label>-<pid>[-n]`, a name nothing uses yet. */
function unusedSibling(dir: string, label: string): string {
  const base = `${dir}.rowforge-${label}-${process.pid}`;
  let name = base;
  for (let n = 2; existsSync(name); n++) name = `${base}-${n}`;
  return name;
}

/**
 * Creates `<dir>.rowforge-tmp-<pid>` next to `dir` (same file system, so the final
 * rename is atomic; created like any directory, so the umask applies), making missing
 * parents. Unwritable locations give OUTPUT_UNWRITABLE.
 *
 * @example
 * ```ts
 * const staging = createStaging('/tmp/out') // { path: '/tmp/out.rowforge-tmp-4242', createdParent: undefined }
 * ```
 */
export function createStaging(dir: string): Staging {
  let createdParent: string | undefined;
  try {
    createdParent = mkdirSync(dirname(dir), { recursive: true });
    const path = unusedSibling(dir, 'tmp');
    mkdirSync(path);
    return { path, createdParent };
  } catch (e) {
    if (createdParent) rmSync(createdParent, { recursive: true, force: true });
    throw unwritable(dir, e);
  }
}

/** Removes the staging directory and parents made for it; never throws. */
export function discardStaging(staging: Staging): void {
  try {
    rmSync(staging.path, { recursive: true, force: true });
    if (staging.createdParent) rmSync(staging.createdParent, { recursive: true, force: true });
  } catch { /* best effort: the original error matters more */ }
}

/**
 * Renames the finished staging directory onto `dir`. An existing `dir` (empty, or any
 * when `overwrite`) is moved aside first and deleted only once the new one is in place.
 *
 * @example
 * ```ts
 * commitStaging(staging, '/tmp/out', true)
 * ```
 */
export function commitStaging(staging: Staging, dir: string, overwrite: boolean): void {
  assertOutputFree(dir, overwrite);
  const old = existsSync(dir) ? unusedSibling(dir, 'old') : undefined;
  if (old) renameSync(dir, old);
  try {
    renameSync(staging.path, dir);
  } catch (e) {
    if (old) renameSync(old, dir);
    throw e;
  }
  if (old) rmSync(old, { recursive: true, force: true });
}
