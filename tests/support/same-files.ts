import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** Asserts two directories hold the same file names with byte-identical contents. */
export function sameFiles(a: string, b: string): void {
  const names = readdirSync(a).sort();
  expect(readdirSync(b).sort()).toEqual(names);
  for (const n of names) expect(readFileSync(path.join(b, n)).equals(readFileSync(path.join(a, n))), `${n} byte-identical`).toBe(true);
}
