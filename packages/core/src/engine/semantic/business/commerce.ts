import type { Rng } from '../../rng.js';
import { weightedOf, zipfTable } from '../internal/weighted-table.js';
import { CATEGORIES, COLORS, COUNTRIES, CURRENCY_CODES, PRODUCT_FAMILIES } from './commerce-data.js';

const PAYMENT_METHODS = weightedOf([
  ['Credit Card', 40], ['Debit Card', 25], ['Cash', 10], ['PayPal', 8], ['Apple Pay', 6],
  ['Google Pay', 4], ['Bank Transfer', 4], ['Gift Card', 2], ['Check', 1],
]);
const COLOR_TABLE = zipfTable(COLORS, 10);
const CURRENCY_TABLE = zipfTable(CURRENCY_CODES, 1);
const COUNTRY_TABLE = zipfTable(COUNTRIES, 6);
const CATEGORY_TABLE = zipfTable(CATEGORIES, 10);
const STATUSES = weightedOf([
  ['Active', 40], ['Completed', 18], ['Pending', 15], ['Inactive', 10], ['In Progress', 8],
  ['On Hold', 4], ['Cancelled', 5],
]);

/** A retail product name whose parts go together: "Insulated Water Bottle", "Merino Wool Socks". */
export function productName(rng: Rng): string {
  const f = rng.pick(PRODUCT_FAMILIES);
  return `${rng.pick(f.modifiers)} ${rng.pick(f.nouns)}`;
}

/** A product category ("Home & Kitchen", "Electronics"). */
export function category(rng: Rng): string {
  return CATEGORY_TABLE.pick(rng);
}

/** A payment method, cards most often. */
export function paymentMethod(rng: Rng): string {
  return PAYMENT_METHODS.pick(rng);
}

/** A colour name in Title Case ("Navy", "Forest Green"), neutrals more often. */
export function color(rng: Rng): string {
  return COLOR_TABLE.pick(rng);
}

/** An ISO 4217 currency code, USD and EUR most often. */
export function currencyCode(rng: Rng): string {
  return CURRENCY_TABLE.pick(rng);
}

/** A country name (ASCII English), often-seen countries more often. */
export function country(rng: Rng): string {
  return COUNTRY_TABLE.pick(rng);
}

/** A record status ("Active", "Pending", "Completed", …). */
export function status(rng: Rng): string {
  return STATUSES.pick(rng);
}
