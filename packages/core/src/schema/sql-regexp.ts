import { isLinearShape, shapeSource } from './regex-forms.js';
import { regexShape } from './regex-shape.js';

const cache = new Map<string, RegExp | null>();

function compile(pattern: string, caseInsensitive: boolean): RegExp | null {
  const shape = regexShape(pattern);
  if (!shape || !isLinearShape(shape)) return null;
  return new RegExp(shapeSource(shape), caseInsensitive ? 'iu' : 'u');
}

/**
 * A SQL regular expression (PostgreSQL `~`, MySQL `REGEXP`) as a JavaScript RegExp that finds a
 * match anywhere in the value, as SQL does. The RegExp is written from the pattern's
 * `regexShape`, so exactly the subset Rowforge reads is evaluated, and only linear shapes
 * (`isLinearShape`: a user's pattern cannot make the matcher backtrack for long); undefined
 * otherwise (PostgreSQL-only escapes such as `\M`, look-arounds, `(a+)+`): such a CHECK is then
 * not evaluated. Compiled patterns are cached.
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
