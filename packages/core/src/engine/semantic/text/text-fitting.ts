import type { Rng } from '../../rng.js';
import { assertInt } from '../internal/invalid-argument.js';
import type { WeightedTable } from '../internal/weighted-table.js';
import { fillRaw, fillTemplate } from './template.js';
import { TEXT_KINDS, type TextKind, type TextKindSpec } from './text-kinds.js';
import { COMMON_WORDS } from './text-slots.js';
import { truncateAtWord } from './truncate.js';

/** Below this many characters a column gets a word or two instead of sentences. */
export const SHORT_TEXT_LIMIT = 20;
const FIT_ATTEMPTS = 4;

/**
 * Scratch results of the last draw, so drawing a sentence allocates nothing but its text:
 * the drawn template's bit (for `used`) and whether `firstSentence` had to cut.
 */
const last = { bit: 0, cut: false };

/** One sentence from templates [from, to), avoiding those in `used` (a bit set) when it can. */
function drawSentence(rng: Rng, spec: TextKindSpec, used: number, first: boolean): string {
  const from = first ? 0 : spec.lead;
  const to = first && spec.lead > 0 ? spec.lead : spec.templates.length;
  let i = rng.int(from, to - 1);
  for (let tries = 0; tries < 3 && (used & (1 << i)) !== 0; tries++) i = rng.int(from, to - 1);
  last.bit = 1 << i;
  const capitalized = spec.capitalized[i];
  return capitalized ? fillRaw(rng, capitalized) : fillTemplate(rng, spec.templates[i] ?? []);
}

/** A short form that fits, or the first letters of one. */
function shortText(rng: Rng, spec: TextKindSpec, maxLength: number): string {
  let value = '';
  for (let i = 0; i < FIT_ATTEMPTS * 2; i++) {
    value = rng.pick(spec.short);
    if (value.length <= maxLength) return value;
  }
  return truncateAtWord(value, maxLength);
}

/** A first sentence that fits `maxLength` (leads first, then any template); else one cut to fit (`last.cut`). */
function firstSentence(rng: Rng, spec: TextKindSpec, maxLength: number): string {
  last.cut = false;
  for (let i = 1; ; i++) {
    const text = drawSentence(rng, spec, 0, i <= FIT_ATTEMPTS);
    if (text.length <= maxLength) return text;
    if (i === FIT_ATTEMPTS * 2) {
      last.cut = true;
      return truncateAtWord(text, maxLength);
    }
  }
}

/** Up to `count` sentences of `spec` joined by spaces, never longer than `maxLength`. */
function compose(rng: Rng, spec: TextKindSpec, maxLength: number, count: number): string {
  if (maxLength < SHORT_TEXT_LIMIT) return shortText(rng, spec, maxLength);
  let out = firstSentence(rng, spec, maxLength);
  if (last.cut) return out;
  let used = last.bit;
  for (let added = 1, tries = 0; added < count && tries < count * 2; tries++) {
    const text = drawSentence(rng, spec, used, false);
    if (out.length + 1 + text.length > maxLength) continue;
    out += ` ${text}`;
    used |= last.bit;
    added++;
  }
  return out;
}

/**
 * Plausible English text of a kind — review text that reads like a review, instructions like
 * "No onions, please." — never longer than `maxLength` (whole sentences when they fit,
 * otherwise cut at a word boundary). Columns under 20 characters get a word or two.
 */
export function textFitting(rng: Rng, maxLength: number, kind: TextKind = 'sentence'): string {
  return voicedTextFitting(rng, maxLength, TEXT_KINDS[kind]);
}

/**
 * Text drawn as `textFitting` draws it, in a voice picked by weight from `voices` (a review's
 * tone and subject: see `reviewVoices`); never longer than `maxLength`.
 *
 * @example
 * ```ts
 * voicedTextFitting(rng, 200, reviewVoices('negative', 'restaurant')) // "Waited over an hour for our food."
 * ```
 */
export function voicedTextFitting(rng: Rng, maxLength: number, voices: WeightedTable<TextKindSpec>): string {
  if (!(maxLength >= 1)) return '';
  const spec = voices.pick(rng);
  return compose(rng, spec, maxLength, rng.int(spec.sentences[0], spec.sentences[1]));
}

/** One general-purpose sentence, at most `maxLength` characters. */
export function sentence(rng: Rng, maxLength = Number.POSITIVE_INFINITY): string {
  if (!(maxLength >= 1)) return '';
  return compose(rng, TEXT_KINDS.sentence.pick(rng), maxLength, 1);
}

/** Three to six sentences of a kind (general by default), at most `maxLength` characters. */
export function paragraph(rng: Rng, maxLength = Number.POSITIVE_INFINITY, kind: TextKind = 'sentence'): string {
  if (!(maxLength >= 1)) return '';
  return compose(rng, TEXT_KINDS[kind].pick(rng), maxLength, rng.int(3, 6));
}

/** One common English word, lower case. */
export function word(rng: Rng): string {
  return rng.pick(COMMON_WORDS);
}

/** `n` common words separated by spaces. */
export function words(rng: Rng, n: number): string {
  assertInt('n', n, 0, 100_000);
  let out = '';
  for (let i = 0; i < n; i++) out += i === 0 ? word(rng) : ` ${word(rng)}`;
  return out;
}
