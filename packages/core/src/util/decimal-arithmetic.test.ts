import { describe, expect, it } from 'vitest';
import { compareNumbers, decimalArithmetic, decimalPlaces, roundHalfAway } from './decimal-arithmetic.js';

describe('decimalPlaces', () => {
  it('counts the places of the shortest form, exponents included', () => {
    expect(decimalPlaces(12)).toBe(0);
    expect(decimalPlaces(99999.99)).toBe(2);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1.5e-7)).toBe(8);
    expect(decimalPlaces(1e21)).toBe(0);
    expect(decimalPlaces(Number.NaN)).toBeUndefined();
  });
});

describe('decimalArithmetic', () => {
  it('gives exact decimal results where binary floating point is off', () => {
    expect(decimalArithmetic('-', 100000, 99999.99)).toBe(0.01);
    expect(decimalArithmetic('+', 0.1, 0.2)).toBe(0.3);
    expect(decimalArithmetic('*', 3, 19.99)).toBe(59.97);
    expect(decimalArithmetic('*', 1.1, 1.1)).toBe(1.21);
    expect(decimalArithmetic('+', 2, 3)).toBe(5);
  });

  it('leaves floats with more than 15 places between them as computed', () => {
    const third = 1 / 3;
    expect(decimalArithmetic('+', third, 1)).toBe(third + 1);
    expect(decimalArithmetic('*', 0.123456789, 0.123456789)).toBe(0.123456789 * 0.123456789);
  });
});

describe('compareNumbers', () => {
  it('calls non-integers within a relative 1e-12 equal, integers only when equal', () => {
    expect(compareNumbers(13.360000000000001, 13.36)).toBe(0);
    expect(compareNumbers(13.37, 13.36)).toBe(1);
    expect(compareNumbers(9007199254740990, 9007199254740992)).toBe(-1);
  });
});

describe('roundHalfAway', () => {
  it('rounds half away from zero as exact decimals do, whatever the binary noise', () => {
    expect(66 * 1.0825).not.toBe(71.445);
    expect(roundHalfAway(66 * 1.0825, 2)).toBe(71.45);
    expect(roundHalfAway(-2.5, 0)).toBe(-3);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(1234.5678, 1)).toBe(1234.6);
  });
});
