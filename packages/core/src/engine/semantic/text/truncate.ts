import type { Rng } from '../../rng.js';

/**
 * `text` cut to at most `maxLength` characters at a word boundary, without a dangling
 * comma or dash; a full stop is added when the cut ended a sentence early and it fits.
 * A single word longer than `maxLength` is cut mid-word.
 */
export function truncateAtWord(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength <= 0) return '';
  const cut = text.lastIndexOf(' ', maxLength);
  if (cut <= 0) return text.slice(0, maxLength);
  const kept = text.slice(0, cut).replace(/[\s,;:&-]+$/, '');
  if (kept.length === 0) return text.slice(0, maxLength);
  return kept.length < maxLength && /[A-Za-z0-9)]$/.test(kept) ? `${kept}.` : kept;
}

/**
 * Draws up to `attempts` values and returns the first that fits `maxLength`; otherwise the
 * last one cut at a word boundary. For vocabulary values in short columns.
 */
export function drawFitting(rng: Rng, draw: (rng: Rng) => string, maxLength: number, attempts = 6): string {
  let value = '';
  for (let i = 0; i < attempts; i++) {
    value = draw(rng);
    if (value.length <= maxLength) return value;
  }
  return truncateAtWord(value, maxLength);
}
