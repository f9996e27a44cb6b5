import { describe, expect, it } from 'vitest';
import { likeAsRegex, TOKEN_CLASS } from './like-as-regex.js';
import { TOKEN_ALPHABET } from '../../util/index.js';

describe('likeAsRegex', () => {
  it('spells the token alphabet', () => {
    const chars = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i)).filter((c) => new RegExp(`^${TOKEN_CLASS}$`).test(c));
    expect(chars.join('')).toBe(TOKEN_ALPHABET);
  });

  it('keeps literals, gives `_` a symbol and the first `%` the room left; later `%`s are empty', () => {
    expect(likeAsRegex('AC-%', 8)).toBe('AC\\-[0-9A-HJ-NP-Z]{1,5}');
    expect(likeAsRegex('A._%x%', 6)).toBe('A\\.[0-9A-HJ-NP-Z][0-9A-HJ-NP-Z]{1,2}x');
    expect(likeAsRegex('%', 3)).toBe('[0-9A-HJ-NP-Z]{1,3}');
    expect(likeAsRegex('AB%', 2)).toBe('AB');
    expect(likeAsRegex('ABC-%', 3)).toBeUndefined();
    const re = new RegExp(`^${likeAsRegex('a\\%b_%', 9) ?? ''}$`);
    expect(re.test('a%bZ12345')).toBe(true);
  });
});
