import type { Rng } from '../../rng.js';

/** Phone layouts; every one uses the fictitious 555-01xx exchange (NANPA-reserved). */
export type PhoneFormat = 'dashed' | 'dotted' | 'parens' | 'e164' | 'plain';

/** Lengths of each format for a 3-digit area code. */
export const PHONE_FORMAT_LENGTHS: Readonly<Record<PhoneFormat, number>> = Object.freeze({
  parens: 14, dashed: 12, dotted: 12, e164: 12, plain: 10,
});

function lineNumber(rng: Rng): string {
  const n = rng.u32() % 100;
  return n < 10 ? `010${n}` : `01${n}`;
}

/**
 * A fictitious US number: area code + 555 + 01xx, e.g. "(415) 555-0142" (parens, the
 * default), "415-555-0142", "415.555.0142", "+14155550142", "4155550142". No real line.
 */
export function phone(rng: Rng, areaCode: string, format: PhoneFormat = 'parens'): string {
  const line = lineNumber(rng);
  switch (format) {
    case 'parens': return `(${areaCode}) 555-${line}`;
    case 'dashed': return `${areaCode}-555-${line}`;
    case 'dotted': return `${areaCode}.555.${line}`;
    case 'e164': return `+1${areaCode}555${line}`;
    case 'plain': return `${areaCode}555${line}`;
  }
}

/**
 * The widest readable format that fits `maxLength` (parens 14, dashed 12, plain 10), so a
 * column keeps one format; below 10 it shortens to "555-0142" (8) or "5550142" (7), and
 * below 7 to the last digits of the line.
 */
export function phoneFitting(rng: Rng, areaCode: string, maxLength: number): string {
  if (maxLength >= 14) return phone(rng, areaCode, 'parens');
  if (maxLength >= 12) return phone(rng, areaCode, 'dashed');
  if (maxLength >= 10) return phone(rng, areaCode, 'plain');
  const line = lineNumber(rng);
  if (maxLength >= 8) return `555-${line}`;
  if (maxLength >= 7) return `555${line}`;
  return maxLength <= 0 ? '' : line.slice(-maxLength);
}
