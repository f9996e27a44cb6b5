import { likeSegments, type LikeSegment } from '../like-segments.js';

/** The row-token symbols (`TOKEN_ALPHABET`: digits and capitals without I and O) as a regex class. */
export const TOKEN_CLASS = '[0-9A-HJ-NP-Z]';

const escaped = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}\-/]/g, '\\$&');

function piece(s: LikeSegment, run: string, first: boolean): string {
  if (s.kind === 'literal') return escaped(s.text);
  if (s.kind === 'one') return TOKEN_CLASS;
  return first ? run : '';
}

/**
 * A regex for the values of a LIKE pattern that fit `length` characters: literals as written,
 * each `_` a token symbol, the first `%` a run of up to what the literals and `_`s leave (at
 * least one symbol where there is room), later `%`s empty. `undefined` when the literals and
 * `_`s alone are longer than `length`.
 *
 * @example
 * ```ts
 * likeAsRegex('AC-%', 8) // 'AC\\-[0-9A-HJ-NP-Z]{1,5}'
 * ```
 */
export function likeAsRegex(like: string, length: number): string | undefined {
  const segments = likeSegments(like);
  const fixed = segments.reduce((n, s) => n + (s.kind === 'literal' ? s.text.length : s.kind === 'one' ? 1 : 0), 0);
  if (fixed > length) return undefined;
  const room = length - fixed;
  const run = room === 0 ? '' : `${TOKEN_CLASS}{1,${room}}`;
  const firstAny = segments.findIndex((s) => s.kind === 'any');
  return segments.map((s, i) => piece(s, run, i === firstAny)).join('');
}
