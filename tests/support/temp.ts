import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A short random lowercase suffix for database and directory names (test isolation, not data). */
export function randomSuffix(bytes = 5): string {
  return randomBytes(bytes).toString('hex');
}

/** A fresh, empty temporary directory. */
export function makeTempDir(label = 'rf'): string {
  return mkdtempSync(path.join(os.tmpdir(), `rowforge-test-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Tracks temp dirs made during a suite so `cleanup()` (in afterAll/afterEach) removes them all. */
export class TempDirs {
  private readonly dirs: string[] = [];

  make(label?: string): string {
    const d = makeTempDir(label);
    this.dirs.push(d);
    return d;
  }

  /** Writes `text` to a file `name` in a fresh directory (removed by `cleanup()`) and returns its path. */
  file(label: string, name: string, text: string): string {
    const file = path.join(this.make(label), name);
    writeFileSync(file, text);
    return file;
  }

  cleanup(): void {
    for (const d of this.dirs.splice(0)) removeDir(d);
  }
}
