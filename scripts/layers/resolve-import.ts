import path from 'node:path';

/**
 * Resolves a relative specifier the way TypeScript's NodeNext resolution finds sources:
 * `./x.js` → `./x.ts`, then the exact path, then `./x.ts` and `./x/index.ts`.
 * Paths are POSIX, relative to the repository root. Returns undefined when nothing exists.
 */
export function resolveRelative(
  fromFile: string,
  specifier: string,
  exists: (repoPath: string) => boolean,
): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), specifier));
  return candidates(base).find((c) => !c.startsWith('../') && exists(c));
}

function candidates(base: string): string[] {
  const swapped = base.replace(/\.(m|c)?js$/, (_m, x: string | undefined) => `.${x ?? ''}ts`);
  const list = [swapped, base, `${base}.ts`, `${base}/index.ts`];
  return [...new Set(list)];
}

export function isRelative(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}
