import type { Rng } from '../../rng.js';

/**
 * `text` cut to at most `maxLength` characters at a word boundary, without a dangling
 * comma or dash; a full stop is added when the cut ended a sentence early and it fits.
 * A single word longer than `maxLength` is cut mid-word. Names (`fullStop: false`) get no full
 * stop, and a mid-word cut of one loses trailing punctuation (`coupons.read` → `coupons`).
 */
export function truncateAtWord(text: string, maxLength: number, fullStop = true): string {
  if (text.length <= maxLength) return text;
  if (maxLength <= 0) return '';
  const cut = text.lastIndexOf(' ', maxLength);
  if (cut <= 0) return midWord(text, maxLength, fullStop);
  const kept = dropDanglingWords(text.slice(0, cut));
  if (kept.length === 0) return midWord(text, maxLength, fullStop);
  return fullStop && kept.length < maxLength && /[A-Za-z0-9)]$/.test(kept) ? `${kept}.` : kept;
}

/** The first `maxLength` characters; for a name without the punctuation the cut left at its end. */
function midWord(text: string, maxLength: number, fullStop: boolean): string {
  const head = text.slice(0, maxLength);
  const trimmed = fullStop ? head : head.replace(/[^\p{L}\p{N}]+$/u, '');
  return trimmed.length > 0 ? trimmed : head;
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
 * last one cut at a word boundary, as a name is (no full stop). For vocabulary values in short columns.
 */
export function drawFitting(rng: Rng, draw: (rng: Rng) => string, maxLength: number, attempts = 6): string {
  let value = '';
  for (let i = 0; i < attempts; i++) {
    value = draw(rng);
    if (value.length <= maxLength) return value;
  }
  return truncateAtWord(value, maxLength, false);
}
