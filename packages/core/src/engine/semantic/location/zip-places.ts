import { createRequire } from 'node:module';
import { invalidArgument } from '../internal/invalid-argument.js';
import { WeightedTable } from '../internal/weighted-table.js';
import { US_STATES, zipInState, type UsState } from './us-state-table.js';

/** A real (ZIP, city) pair of one state. */
export interface ZipPlace {
  readonly zip: string;
  readonly city: string;
}

interface ZipRecord {
  readonly zip: string;
  readonly city: string;
  readonly state: string;
}

/** Plain place names only: drops "Shell Oil Box 150", "At&t", "115 Firms" and similar. */
const PLAIN_CITY = /^[A-Z][a-z]*([ .'-][A-Za-z][a-z]*)*$/;

let tables: ReadonlyMap<string, WeightedTable<ZipPlace>> | undefined;

function isZipRecord(v: unknown): v is ZipRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r.zip === 'string' && typeof r.city === 'string' && typeof r.state === 'string';
}

/** The `zipcodes` package's US table (5 MB, about 0.25 s): loaded on first use only. */
function loadRecords(): ZipRecord[] {
  const mod: unknown = createRequire(import.meta.url)('zipcodes/lib/codes.js');
  const codes = typeof mod === 'object' && mod !== null ? (mod as { codes?: unknown }).codes : undefined;
  if (typeof codes !== 'object' || codes === null) throw invalidArgument('zipcodes/lib/codes.js has no `codes` table');
  return Object.values(codes).filter(isZipRecord);
}

/** Groups usable records by state: real ZIP, plain city name, prefix in the state's USPS range. */
function groupByState(records: readonly ZipRecord[]): Map<string, ZipPlace[]> {
  const groups = new Map<string, ZipPlace[]>(US_STATES.map((s) => [s.code, []]));
  const states = new Map(US_STATES.map((s) => [s.code, s]));
  for (const r of records) {
    const state = states.get(r.state);
    if (!state || !PLAIN_CITY.test(r.city) || !zipInState(r.zip, state)) continue;
    groups.get(r.state)?.push(Object.freeze({ zip: r.zip, city: r.city }));
  }
  return groups;
}

/**
 * Each ZIP weighs sqrt(number of ZIPs its city has), so a city with n ZIPs draws ∝ n^1.5:
 * big cities get a realistic share instead of being swamped by rural one-ZIP towns.
 */
function weighted(places: readonly ZipPlace[]): WeightedTable<ZipPlace> {
  const perCity = new Map<string, number>();
  for (const p of places) perCity.set(p.city, (perCity.get(p.city) ?? 0) + 1);
  return new WeightedTable(places, places.map((p) => Math.sqrt(perCity.get(p.city) ?? 1)));
}

function buildTables(): ReadonlyMap<string, WeightedTable<ZipPlace>> {
  const out = new Map<string, WeightedTable<ZipPlace>>();
  for (const [code, places] of groupByState(loadRecords())) out.set(code, weighted(places));
  return out;
}

/** The weighted (ZIP, city) table of a state; builds all tables once on first call. */
export function zipPlaces(state: UsState): WeightedTable<ZipPlace> {
  tables ??= buildTables();
  const table = tables.get(state.code);
  if (!table) throw invalidArgument(`no ZIP data for ${state.code}`);
  return table;
}
