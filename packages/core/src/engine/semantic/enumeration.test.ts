import { describe, expect, it } from 'vitest';
import { concatEnumeration, listEnumeration, productEnumeration, type Enumeration } from './enumeration.js';

const all = (e: Enumeration): string[] => Array.from({ length: e.size }, (_, i) => e.nth(i));

describe('enumerations', () => {
  it('lists distinct values in first-occurrence order and filters them by length', () => {
    const e = listEnumeration(['Pro', 'Free', 'Pro', 'Enterprise']);
    expect(all(e)).toEqual(['Pro', 'Free', 'Enterprise']);
    expect(e.longest).toBe(10);
    expect(all(e.fitting(4))).toEqual(['Pro', 'Free']);
  });

  it('decodes a product in a skewed mixed radix, so the first values vary every part, and keeps it only when its longest value fits', () => {
    const e = productEnumeration([['Pro', 'Team'], ['Monthly', 'Annual', 'v2']]);
    expect(all(e)).toEqual(['Pro Monthly', 'Team Annual', 'Pro Annual', 'Team v2', 'Pro v2', 'Team Monthly']);
    expect(all(productEnumeration([['a', 'b', 'c'], ['x', 'y', 'z'], ['1', '2']])).slice(0, 3)).toEqual(['a x 1', 'b y 2', 'c z 1']);
    expect(new Set(all(productEnumeration([['a', 'b', 'c'], ['x', 'y', 'z', 'w'], ['1', '2']]))).size).toBe(24);
    expect(e.longest).toBe('Team Monthly'.length);
    expect(e.fitting(12).size).toBe(6);
    expect(e.fitting(11).size).toBe(0);
    expect(productEnumeration([['a', 'b'], ['x']], (w) => w.join('.')).nth(1)).toBe('b.x');
  });

  it('concatenates parts and fits each one', () => {
    const e = concatEnumeration(listEnumeration(['Free', 'Enterprise']), productEnumeration([['Pro'], ['Annual']]));
    expect(all(e)).toEqual(['Free', 'Enterprise', 'Pro Annual']);
    expect(all(e.fitting(4))).toEqual(['Free']);
    expect(() => e.nth(3)).toThrow(RangeError);
  });
});
