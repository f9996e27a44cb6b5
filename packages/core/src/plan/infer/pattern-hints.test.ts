import { describe, expect, it } from 'vitest';
import { joinLikes } from './pattern-hints.js';

describe('joinLikes', () => {
  it('joins a pattern ending in % with one starting with it, in either order', () => {
    expect(joinLikes('A%', '%9')).toBe('A%9');
    expect(joinLikes('%9', 'A%')).toBe('A%9');
    expect(joinLikes('SKU-%', '%-%')).toBe('SKU-%-%');
    expect(joinLikes('%@%', 'x%')).toBe('x%@%');
  });

  it('gives undefined when neither order joins, and reads an escaped % as a letter', () => {
    expect(joinLikes('A%', '___')).toBeUndefined();
    expect(joinLikes('A\\%', '%9')).toBeUndefined();
  });
});
