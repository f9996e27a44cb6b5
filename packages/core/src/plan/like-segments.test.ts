import { describe, expect, it } from 'vitest';
import { isShapingLike, likeCapacity, likeSegments } from './like-segments.js';

describe('likeSegments', () => {
  it('splits literals, % and _, merging literal runs and honouring \\ escapes', () => {
    expect(likeSegments('SKU-%')).toEqual([{ kind: 'literal', text: 'SKU-' }, { kind: 'any' }]);
    expect(likeSegments('a_\\%b%')).toEqual([{ kind: 'literal', text: 'a' }, { kind: 'one' }, { kind: 'literal', text: '%b' }, { kind: 'any' }]);
    expect(likeSegments('x\\')).toEqual([{ kind: 'literal', text: 'x\\' }]);
  });

  it('calls a pattern shaping only when it has literal text outside %…%', () => {
    expect(['SKU-%', '%-US', '___-____', 'C\\_%', '@%'].map((p) => isShapingLike(likeSegments(p)))).toEqual([true, true, true, true, true]);
    expect(['%@%', '%@%.%', '__', '%', '%x%'].map((p) => isShapingLike(likeSegments(p)))).toEqual([false, false, false, false, false]);
  });

  it('counts the values a pattern can give', () => {
    expect(likeCapacity(likeSegments('A__'), 34)).toBe(34 * 34);
    expect(likeCapacity(likeSegments('A%'), 34)).toBe(Infinity);
    expect(likeCapacity(likeSegments('ABC'), 34)).toBe(1);
  });
});
