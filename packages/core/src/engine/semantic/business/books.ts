import type { Rng } from '../../rng.js';
import { pickTwo } from '../internal/pick-distinct.js';
import { zipfTable } from '../internal/weighted-table.js';
import { firstName, lastName } from '../person/names.js';
import {
  EDITIONS, GENRES, PUBLISHER_KINDS, PUBLISHER_WORDS, TITLE_ADJECTIVES, TITLE_NOUNS, TITLE_PLACES, TITLE_TOPICS,
} from './book-data.js';

const GENRE_TABLE = zipfTable(GENRES, 8);
const EDITION_TABLE = zipfTable(EDITIONS, 1);
const GUIDE_WORDS: readonly string[] = Object.freeze(['Art', 'Science', 'Power', 'Joy', 'Little Book']);

/** "A Letter", "An Orphan". */
function withArticle(noun: string): string {
  return /^[AEIOU]/.test(noun) ? `An ${noun}` : `A ${noun}`;
}

/**
 * A made-up but plausible book title: "The Silent Orchard", "Salt and Shadow",
 * "A Letter from Venice", "The Clockmaker's Daughter", "The Art of Negotiation".
 */
export function bookTitle(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 30) return `The ${rng.pick(TITLE_ADJECTIVES)} ${rng.pick(TITLE_NOUNS)}`;
  if (r < 45) return pickTwo(rng, TITLE_NOUNS).join(' and ');
  if (r < 57) return `${withArticle(rng.pick(TITLE_NOUNS))} ${rng.chance(0.5) ? 'in' : 'from'} ${rng.pick(TITLE_PLACES)}`;
  if (r < 72) return `The ${pickTwo(rng, TITLE_NOUNS).join("'s ")}`;
  if (r < 82) return `The ${rng.pick(GUIDE_WORDS)} of ${rng.pick(TITLE_TOPICS)}`;
  if (r < 92) return `${firstName(rng)}'s ${rng.pick(TITLE_NOUNS)}`;
  return `${rng.pick(TITLE_ADJECTIVES)} ${rng.pick(TITLE_NOUNS)}`;
}

/** A book genre, popular ones more often. */
export function genre(rng: Rng): string {
  return GENRE_TABLE.pick(rng);
}

/** A made-up publisher: "Blue Heron Press", "Whitaker & Cole", "Lantern Books". */
export function publisherName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 55) return `${rng.pick(PUBLISHER_WORDS)} ${rng.pick(PUBLISHER_KINDS)}`;
  if (r < 80) return `${lastName(rng)} & ${lastName(rng)}`;
  return `${lastName(rng)} ${rng.pick(PUBLISHER_KINDS)}`;
}

/** A book edition ("First Edition" most often). */
export function edition(rng: Rng): string {
  return EDITION_TABLE.pick(rng);
}
