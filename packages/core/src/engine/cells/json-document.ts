import type { Rng } from '../rng.js';
import { word } from '../semantic/index.js';

const SOURCES = ['web', 'mobile', 'store', 'partner', 'phone'];
const TIERS = ['bronze', 'silver', 'gold', 'platinum'];

/**
 * A small, plausible JSON document, as text.
 *
 * @example
 * ```ts
 * jsonDocument(rng) // '{"source":"web","tier":"gold","score":42,"tags":["river","candle"],"verified":true}'
 * ```
 */
export function jsonDocument(rng: Rng): string {
  const doc = { source: rng.pick(SOURCES), tier: rng.pick(TIERS), score: rng.int(0, 100), tags: [word(rng), word(rng)], verified: rng.chance(0.7) };
  return JSON.stringify(doc);
}
