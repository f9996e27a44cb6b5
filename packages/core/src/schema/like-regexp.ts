const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 256;

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\' && i + 1 < pattern.length) out += escapeRegExp(pattern[++i]!);
    else if (c === '%') out += '.*';
    else if (c === '_') out += '.';
    else out += escapeRegExp(c);
  }
  return out;
}

function escapeRegExp(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * Compiles a SQL LIKE pattern (`%` any run, `_` one character, `\` escapes) to a
 * RegExp matching the whole string; compiled patterns are cached.
 *
 * @example
 * ```ts
 * likeRegExp('a_c%', false).test('abcdef') // true
 * ```
 */
export function likeRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  const key = `${caseInsensitive ? 'i' : 's'}:${pattern}`;
  let re = cache.get(key);
  if (!re) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    re = new RegExp(`^${translate(pattern)}$`, caseInsensitive ? 'isu' : 'su');
    cache.set(key, re);
  }
  return re;
}
