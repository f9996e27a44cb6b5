import { describe, expect, it } from 'vitest';
import type { Column } from '../../schema/index.js';
import { enumWeights } from './infer-column.js';

const withDefault = (value: string): Column => ({ name: 'role', type: { kind: 'enum', name: 'role', values: [] }, nullable: false, default: { kind: 'literal', value } });

describe('enumWeights', () => {
  it('makes the DEFAULT label the likeliest, also of two', () => {
    expect(enumWeights(['USER', 'ADMIN'], withDefault('USER'))).toEqual([0.7, 0.3]);
    expect(enumWeights(['ADMIN', 'USER'], withDefault('USER'))).toEqual([0.3, 0.7]);
    const four = enumWeights(['a', 'b', 'c', 'd'], withDefault('c')) ?? [];
    expect(four[2]).toBe(0.4);
    expect(Math.max(...four.filter((_, i) => i !== 2))).toBeLessThan(0.4);
  });

  it('leaves an enum without a DEFAULT among its labels uniform', () => {
    expect(enumWeights(['a', 'b'], withDefault('z'))).toBeUndefined();
  });
});
