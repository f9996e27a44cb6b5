import type { Rng } from '../../rng.js';
import { slugify } from '../internal/ascii.js';
import { assertInt } from '../internal/invalid-argument.js';
import { words } from '../text/text-fitting.js';

/**
 * A URL slug of two to four common words ("spring-garden-tips") within `maxLength`; with
 * `index`, "-<index + 1>" ends it, so distinct indexes give distinct slugs.
 */
export function slug(rng: Rng, maxLength: number, index?: number): string {
  assertInt('maxLength', maxLength, 1, Number.MAX_SAFE_INTEGER);
  const tail = index === undefined ? '' : `-${index + 1}`;
  const room = maxLength - tail.length;
  const body = room > 0 ? slugify(words(rng, rng.int(2, 4)), room) : '';
  return body === '' ? tail.slice(1).slice(-maxLength) : `${body}${tail}`;
}
