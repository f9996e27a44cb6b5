import { describe, expect, it } from 'vitest';
import { isNonBinary } from './sex.js';

describe('isNonBinary', () => {
  it.each(['Non-binary', 'non-binary', 'nonbinary', 'NB', 'X', 'genderqueer'])('reads %s as non-binary', (v) => {
    expect(isNonBinary(v)).toBe(true);
  });

  it.each(['female', 'Male', 'F', 'M', 'Unknown', 'Prefer not to say', 'Other', ''])('reads %s as not saying so', (v) => {
    expect(isNonBinary(v)).toBe(false);
  });
});
