import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root (the folder holding package.json and packages/). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The three published sample schemas (MySQL dialect), shared beside the repo; never edited. */
export const fixturesDir = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'ddl');

/** USPS/NANPA reference notes the realism checks are taken from. */
export const referenceDir = path.resolve(repoRoot, '..', 'shared', 'reference');

export const corpusDir = path.join(repoRoot, 'tests', 'corpus');
export const malformedDir = path.join(repoRoot, 'tests', 'malformed');

/** The CLI entry point the acceptance suites judge. */
export const cliEntry = path.join(repoRoot, 'packages', 'cli', 'bin', 'rowforge.js');

export function fixturePath(name: string): string {
  return path.join(fixturesDir, name);
}
