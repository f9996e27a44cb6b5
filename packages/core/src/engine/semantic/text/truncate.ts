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
  const kept = dropDanglingWords(text.slice(0, cut));
  if (kept.length === 0) return text.slice(0, maxLength);
  return kept.length < maxLength && /[A-Za-z0-9)]$/.test(kept) ? `${kept}.` : kept;
}

/** Words a cut text should not end on ("… with more than", "… in the"). */
const DANGLING = /(?:[\s,;:&-]+|\s(?:a|an|the|of|in|on|at|to|for|by|with|and|or|but|than|more|over|nearly|about|from|into|your|our|my|is|are|was|were|\d+))+$/i;

/** Strips trailing punctuation and function words, unless that would leave nothing. */
function dropDanglingWords(text: string): string {
  const stripped = text.replace(DANGLING, '');
  return stripped.length > 0 ? stripped : text.replace(/[\s,;:&-]+$/, '');
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
