import type { Rng } from '../../rng.js';
import { zipfTable } from '../internal/weighted-table.js';
import {
  CLUB_ENDINGS, EVENT_KINDS, EVENT_SEASONS, EVENT_TOPICS, EVENTS, HUB_CITIES, PLAYLIST_DECADES, PLAYLIST_GENRES, PLAYLIST_MOODS,
  PLAYLIST_NOUNS, SALES_REGIONS, SEASONAL_EVENTS, TEAM_MASCOTS, TEAM_TOWNS, VENUE_NOUNS, VENUE_PLACES,
  WAREHOUSE_KINDS, WAREHOUSE_PLACES,
} from './events-data.js';

const REGION_TABLE = zipfTable(SALES_REGIONS, 6);
const WAREHOUSE_KIND_TABLE = zipfTable(WAREHOUSE_KINDS, 1);

/** Years events are named after. */
const YEARS = ['2023', '2024', '2025', '2026'];

/** An event: "Spring Gala", "Cloud Summit 2025", "Annual Conference 2024", "Trivia Night". */
export function eventName(rng: Rng): string {
  const r = rng.u32() % 100;
  if (r < 30) return `${rng.pick(EVENT_SEASONS)} ${rng.pick(SEASONAL_EVENTS)}`;
  if (r < 70) return `${rng.pick(EVENT_TOPICS)} ${rng.pick(EVENT_KINDS)}${rng.chance(0.5) ? ` ${rng.pick(YEARS)}` : ''}`;
  const event = rng.pick(EVENTS);
  return event === 'Annual Conference' ? `${event} ${rng.pick(YEARS)}` : event;
}

/** A venue: a place word and a venue noun ("Riverside Arena", "Grand Ballroom", "Memorial Stadium"). */
export function venueName(rng: Rng): string {
  return `${rng.pick(VENUE_PLACES)} ${rng.pick(VENUE_NOUNS)}`;
}

/** A playlist: "Chill Vibes", "Workout Mix", "90s Hip-Hop Classics". */
export function playlistName(rng: Rng): string {
  if (rng.chance(0.2)) return `${rng.pick(PLAYLIST_DECADES)} ${rng.pick(PLAYLIST_GENRES)} ${rng.pick(PLAYLIST_NOUNS)}`;
  return `${rng.pick(PLAYLIST_MOODS)} ${rng.pick(PLAYLIST_NOUNS)}`;
}

/** A sales region ("EMEA", "Pacific Northwest"), broad ones more often. */
export function salesRegion(rng: Rng): string {
  return REGION_TABLE.pick(rng);
}

/** A warehouse: "Memphis Distribution Center", "Reno Fulfillment Center", "Eastside Warehouse". */
export function warehouseName(rng: Rng): string {
  const place = rng.chance(0.7) ? rng.pick(HUB_CITIES) : rng.pick(WAREHOUSE_PLACES);
  return `${place} ${WAREHOUSE_KIND_TABLE.pick(rng)}`;
}

/** A sports team: "Riverside Hawks", "Bristol United". */
export function sportsTeam(rng: Rng): string {
  const town = rng.pick(TEAM_TOWNS);
  return rng.chance(0.3) ? `${town} ${rng.pick(CLUB_ENDINGS)}` : `${town} ${rng.pick(TEAM_MASCOTS)}`;
}
