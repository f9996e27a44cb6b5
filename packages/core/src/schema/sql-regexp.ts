/** POSIX bracket classes (PostgreSQL, MySQL) as the ranges JavaScript reads inside `[…]`. */
const POSIX_CLASSES: Readonly<Record<string, string>> = {
  digit: '0-9', alpha: 'A-Za-z', upper: 'A-Z', lower: 'a-z', alnum: 'A-Za-z0-9', xdigit: '0-9A-Fa-f',
  space: '\\s', blank: ' \\t', word: '\\w', punct: '!-\\/:-@\\[-`{-~',
};

import { isLinearShape, regexShape } from './regex-shape.js';

const cache = new Map<string, RegExp | null>();

function compile(pattern: string, caseInsensitive: boolean): RegExp | null {
  const shape = regexShape(pattern);
  if (!shape || !isLinearShape(shape)) return null;
  const source = pattern.replace(/\[:([a-z]+):\]/g, (whole, name: string) => POSIX_CLASSES[name] ?? whole);
  try {
    return new RegExp(source, caseInsensitive ? 'isu' : 'su');
  } catch {
    return null;
  }
}

/**
 * A SQL regular expression (PostgreSQL `~`, MySQL `REGEXP`) as a JavaScript RegExp that finds a
 * match anywhere in the value, as SQL does; POSIX bracket classes (`[[:digit:]]`) are
 * translated. Only the subset `regexShape` reads, without nested repeats (`isLinearShape`), is
 * compiled; undefined otherwise (PostgreSQL-only escapes such as `\M`, look-arounds, `(a+)+`):
 * such a CHECK is then not evaluated. Compiled patterns are cached.
 *
 * @example
 * ```ts
 * sqlRegExp('^[[:digit:]]{5}$', false)?.test('02139') // true
 * ```
 */
export function sqlRegExp(pattern: string, caseInsensitive: boolean): RegExp | undefined {
  const key = `${caseInsensitive ? 'i' : 's'}:${pattern}`;
  let re = cache.get(key);
  if (re === undefined) {
    if (cache.size >= 256) cache.clear();
    re = compile(pattern, caseInsensitive);
    cache.set(key, re);
  }
  return re ?? undefined;
}
