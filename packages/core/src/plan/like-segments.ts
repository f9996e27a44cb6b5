/** One piece of a SQL LIKE pattern: literal text, `%` (any run of characters) or `_` (one character). */
export type LikeSegment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'one' };

/**
 * Splits a LIKE pattern into segments; `\` escapes the next character (PostgreSQL's and
 * MySQL's default) and adjacent literal characters merge.
 *
 * @example
 * ```ts
 * likeSegments('SKU-%') // [{ kind: 'literal', text: 'SKU-' }, { kind: 'any' }]
 * ```
 */
export function likeSegments(pattern: string): LikeSegment[] {
  const out: LikeSegment[] = [];
  const literal = (c: string): void => {
    const last = out[out.length - 1];
    if (last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + c };
    else out.push({ kind: 'literal', text: c });
  };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '\\' && i + 1 < pattern.length) literal(pattern.charAt(++i));
    else if (c === '%') out.push({ kind: 'any' });
    else if (c === '_') out.push({ kind: 'one' });
    else literal(c);
  }
  return out;
}

/**
 * True when a pattern says what its values look like: it has literal text that is not only
 * inside a `%…%` (`'SKU-%'`, `'%-US'`, `'___-____'`), so a generator must fit it. False for
 * `'%@%.%'` (a name-based generator such as email satisfies it) and `'__'` (a length).
 */
export function isShapingLike(segments: readonly LikeSegment[]): boolean {
  if (!segments.some((s) => s.kind === 'literal')) return false;
  return !(segments[0]?.kind === 'any' && segments[segments.length - 1]?.kind === 'any');
}

/** Distinct values a pattern can give with `alphabet` symbols per wildcard: unbounded with a `%`, else alphabet^(number of `_`). */
export function likeCapacity(segments: readonly LikeSegment[], alphabet: number): number {
  if (segments.some((s) => s.kind === 'any')) return Infinity;
  return alphabet ** segments.filter((s) => s.kind === 'one').length;
}
