import { describe, expect, it } from 'vitest';
import { SourceText } from './source-text.js';

describe('SourceText', () => {
  const src = new SourceText('ab\ncdé✓\n\n𝄞x', 'f.sql');

  it('maps offsets to 1-based line:column', () => {
    expect(src.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(src.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(src.positionAt(6)).toEqual({ line: 2, column: 4 });
    expect(src.positionAt(9)).toEqual({ line: 4, column: 1 });
  });

  it('counts a surrogate pair as one column', () => {
    expect(src.positionAt(11)).toEqual({ line: 4, column: 2 });
  });

  it('maps a line:column relative to a statement start back to an offset', () => {
    expect(src.offsetOf(1, 1, 3)).toBe(3);
    expect(src.offsetOf(1, 3, 3)).toBe(5);
    expect(src.offsetOf(3, 2, 3)).toBe(11);
  });

  it('maps UTF-8 byte offsets (PostgreSQL node locations) to string offsets', () => {
    // bytes: a b \n c d é(2) ✓(3) \n \n 𝄞(4) x
    expect(src.offsetOfByte(0)).toBe(0);
    expect(src.offsetOfByte(5)).toBe(5);
    expect(src.offsetOfByte(7)).toBe(6);
    expect(src.offsetOfByte(12)).toBe(9);
    expect(src.offsetOfByte(16)).toBe(11);
  });
});
