import { describe, expect, it } from 'vitest';
import { FICTITIOUS_PHONES, formatPhoneDigits, uniquePhoneDigits } from './unique-phone.js';

describe('uniquePhoneDigits', () => {
  it('gives distinct 10-digit numbers, the 555-01xx block first, then real-looking exchanges (never 555)', () => {
    const n = FICTITIOUS_PHONES + 200_000;
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const d = uniquePhoneDigits(i);
      expect(d).toMatch(/^[2-9]\d{2}[2-9]\d{6}$/);
      if (i < FICTITIOUS_PHONES) expect(d.slice(3, 8)).toBe('55501');
      else expect(d.slice(3, 6)).not.toBe('555');
      seen.add(d);
    }
    expect(seen.size).toBe(n);
    const past = [...seen].slice(FICTITIOUS_PHONES);
    expect(past.filter((d) => d.endsWith('0000')).length).toBeLessThan(past.length / 100);
  });

  it('formats to the widest layout that fits', () => {
    expect(formatPhoneDigits('4155550142', 20)).toBe('(415) 555-0142');
    expect(formatPhoneDigits('4155550142', 12)).toBe('415-555-0142');
    expect(formatPhoneDigits('4155550142', 10)).toBe('4155550142');
  });
});
