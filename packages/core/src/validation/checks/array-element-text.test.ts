import { describe, expect, it } from 'vitest';
import { arrayElementText } from './array-element-text.js';

describe('arrayElementText', () => {
  it('reads one element of a PostgreSQL or JSON array cell', () => {
    expect(arrayElementText('{a,"b c",NULL}', [2])).toBe('b c');
    expect(arrayElementText('{{1,2},{3,NULL}}', [2, 2])).toBe('NULL');
    expect(arrayElementText('[1, 42]', [2])).toBe('42');
  });

  it('answers "?" when the path leads nowhere', () => {
    expect(arrayElementText('{1}', [3])).toBe('?');
    expect(arrayElementText('not an array', [1])).toBe('?');
  });
});
