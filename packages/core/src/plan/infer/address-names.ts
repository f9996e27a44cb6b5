import type { ColumnSpec } from '../column-spec.js';
import { maxLengthOf, wordsOf, type ColumnContext } from './column-context.js';

/** Words that say whose or which address a column holds (`ship_city`, `BillingState`, `home_zip`), not what part. */
const PREFIXES = new Set([
  'ship', 'shipping', 'shipto', 'billing', 'bill', 'billto', 'mailing', 'home', 'work', 'delivery', 'customer',
  'business', 'office', 'primary', 'permanent', 'current', 'residential', 'residence', 'physical', 'invoice', 'contact',
  'origin', 'destination', 'pickup', 'dropoff',
]);

/** `to` after a prefix (`ship_to_city`, `bill_to_zip`). */
const isPrefix = (word: string | undefined, i: number): boolean => word !== undefined && (PREFIXES.has(word) || (i > 0 && word === 'to'));

type Field = Extract<ColumnSpec, { generator: 'address' }>['field'];

/** Address parts by the rest of the name, compounds read whole (`state_province`, `zip_postal_code`, `country_region`). */
const PARTS: readonly (readonly [RegExp, Field])[] = [
  [/^(city|town|municipality|city_?name)$/, 'city'],
  [/^(state|province|region|prov|state_?code|state_?(or_?)?province|province_?(or_?)?state|state_?region)$/, 'state'],
  [/^state_?name$/, 'stateName'],
  [/^(zip|zip_?code|zipcode|post_?code|postal_?code|zip_?(or_?)?postal(_?code)?|postal_?(or_?)?zip(_?code)?)$/, 'zip'],
  [/^(country|country_?name|country_?(or_?)?region)$/, 'country'],
  [/^(address_?(line)?_?2|apt|suite|unit)$/, 'secondary'],
  [/^(address(_?line)?(_?1)?|street(_?address)?|street_?line_?1|addr(_?1)?)$/, 'street'],
];

const PLACE_FIELDS = new Set<Field>(['street', 'city', 'state', 'stateName', 'zip', 'full']);

/** The name's words after any leading prefixes; `undefined` when nothing was stripped. */
function stripped(words: readonly string[]): readonly string[] | undefined {
  let i = 0;
  while (i < words.length - 1 && isPrefix(words[i], i)) i++;
  return i === 0 ? undefined : words.slice(i);
}

function partOf(key: string): Field | undefined {
  return PARTS.find(([p]) => p.test(key))?.[1];
}

/** A prefixed street line is the street when the table keeps the city apart (Chinook's BillingAddress), else the whole address. */
function prefixedStreet(ctx: ColumnContext): Field {
  return ctx.table.columns.some((c) => /city/i.test(c.name)) ? 'street' : 'full';
}

/**
 * An address part named with a prefix (`ship_city`, `BillingState`, `ShipPostalCode`) or as a
 * compound (`state_province`, `zip_postal_code`, `country_region`); `undefined` for other names.
 */
export function addressByName(ctx: ColumnContext): ColumnSpec | undefined {
  const field = fieldOf(ctx.words);
  if (field === undefined) return undefined;
  if (field === 'country') return countrySpec(ctx);
  if (stripped(ctx.words) !== undefined && field === 'street') return { generator: 'address', field: prefixedStreet(ctx) };
  return { generator: 'address', field };
}

/** ISO 3166 codes for a CHAR(2)/CHAR(3) country, the United States about half the time. */
const COUNTRY_CODES = ['US', 'CA', 'GB', 'DE', 'FR', 'MX', 'IN', 'AU', 'JP', 'BR', 'ES', 'IT', 'NL'];
const CODE_WEIGHTS = COUNTRY_CODES.map((_, i) => (i === 0 ? 0.5 : Number((0.5 / (COUNTRY_CODES.length - 1)).toFixed(4))));

/** Codes in a column too short for names; the row's US location's country beside a city or ZIP; else many countries. */
function countrySpec(ctx: ColumnContext): ColumnSpec {
  if ((maxLengthOf(ctx.column) ?? 99) <= 3) return { generator: 'enum', values: [...COUNTRY_CODES], weights: CODE_WEIGHTS };
  return hasPlaceSibling(ctx) ? { generator: 'address', field: 'country' } : { generator: 'vocabulary', name: 'country' };
}

/** Names whose prefix does not make them an address: `current_state` is a workflow's state, not a US state. */
const NOT_ADDRESS = /^current_(state|status)$/;

function fieldOf(words: readonly string[]): Field | undefined {
  return NOT_ADDRESS.test(words.join('_')) ? undefined : partOf((stripped(words) ?? words).join('_'));
}

/**
 * Another column of the table holds a street, city, state or ZIP: the row's one US location
 * fills them, so its country is the United States. A country on its own (Sakila's `country`
 * table) is drawn from many.
 */
function hasPlaceSibling(ctx: ColumnContext): boolean {
  return ctx.table.columns.some((c) => c !== ctx.column && PLACE_FIELDS.has(fieldOf(wordsOf(c.name)) ?? 'country'));
}
