import { describe, expect, it } from 'vitest';
import type { Column } from '../schema/index.js';
import { labelFits, labelLength, splitByFit } from './label-fit.js';

const varchar = (length?: number): Column => ({ name: 'status', type: { kind: 'string', variant: 'varchar', ...(length === undefined ? {} : { length }) }, nullable: true });

describe('label fit', () => {
  it('counts characters as code points, as the column does', () => {
    expect(labelLength('uncollectible')).toBe(13);
    expect(labelLength('café')).toBe(4);
    expect(labelLength('😀ok')).toBe(3);
    expect(labelLength(2024)).toBe(4);
  });

  it('splits a list into the labels a VARCHAR(12) holds and those it cannot', () => {
    expect(splitByFit(['draft', 'open', 'paid', 'void', 'uncollectible'], varchar(12))).toEqual({ fit: ['draft', 'open', 'paid', 'void'], dropped: ['uncollectible'] });
  });

  it('fits any label into a column without a length', () => {
    expect(labelFits('a very long label indeed', varchar())).toBe(true);
    expect(labelFits('😀😀', varchar(2))).toBe(true);
  });
});
