/**
 * Words the inference rules read in column and table names: address prefixes and parts, person
 * name, contact and date words. A lower-case name run together from them (`billingcity`,
 * `shipcountry`, `createdat`, as PostgreSQL folds an unquoted `BillingCity`) is split back into
 * them by {@link splitRunTogether}. Words that are names of their own (`surname`, `timestamp`,
 * `password`, `shipto`) are listed whole so they are never split.
 */
const KNOWN = new Set([
  // whose or which address (address-names.ts PREFIXES)
  'ship', 'shipping', 'shipto', 'billing', 'bill', 'billto', 'mailing', 'home', 'work', 'delivery', 'customer',
  'business', 'office', 'primary', 'permanent', 'current', 'residential', 'residence', 'physical', 'invoice', 'contact',
  'origin', 'destination', 'pickup', 'dropoff',
  // address parts
  'address', 'addr', 'street', 'line', 'city', 'town', 'state', 'province', 'region', 'zip', 'postal', 'post', 'code',
  'country', 'county', 'apt', 'suite', 'unit',
  // people and contact
  'name', 'first', 'last', 'middle', 'given', 'family', 'full', 'display', 'nick', 'maiden', 'surname', 'user',
  'screen', 'login', 'person', 'employee', 'author', 'company', 'title', 'job', 'suffix', 'prefix',
  'email', 'mail', 'phone', 'mobile', 'cell', 'fax', 'number', 'password',
  // dates
  'birth', 'date', 'time', 'datetime', 'timestamp', 'created', 'updated', 'modified', 'deleted', 'at', 'on',
  'start', 'end', 'hire', 'order', 'shipped', 'required', 'due', 'paid',
  // whole words that would otherwise split
  'timeline', 'online',
]);

/** Words that only end a name (`created_at`), so `online` is not `on`, `line`. */
const LAST_ONLY = new Set(['at', 'on']);
/** Words that never end one, so `township` and `authorship` stay whole. */
const NEVER_LAST = new Set(['ship']);

/** Whether `part` may stand in a word `length` long, ending at `to`. */
function fits(part: string, to: number, length: number): boolean {
  if (!KNOWN.has(part)) return false;
  return to === length ? !NEVER_LAST.has(part) : !LAST_ONLY.has(part);
}

/** How a word is best covered: fewest known words, and how many covers have that few. */
interface Cover {
  readonly parts: readonly string[];
  readonly ways: number;
}

/** The best cover of `word[from..]`, `undefined` when none reaches its end. */
function coverFrom(word: string, from: number, memo: Map<number, Cover | undefined>): Cover | undefined {
  if (from === word.length) return { parts: [], ways: 1 };
  if (memo.has(from)) return memo.get(from);
  let best: Cover | undefined;
  for (let to = from + 2; to <= word.length; to++) {
    const head = word.slice(from, to);
    const rest = fits(head, to, word.length) ? coverFrom(word, to, memo) : undefined;
    if (rest !== undefined) best = better(best, { parts: [head, ...rest.parts], ways: rest.ways });
  }
  memo.set(from, best);
  return best;
}

/** The cover with fewer parts; equally few: one of them, counting both ways. */
function better(a: Cover | undefined, b: Cover): Cover {
  if (a === undefined || b.parts.length < a.parts.length) return b;
  return b.parts.length > a.parts.length ? a : { parts: a.parts, ways: a.ways + b.ways };
}

/** `letters` as known words when exactly one fewest-word cover spells them all. */
function segment(letters: string): string[] | undefined {
  if (KNOWN.has(letters)) return undefined;
  const cover = coverFrom(letters, 0, new Map());
  return cover !== undefined && cover.ways === 1 && cover.parts.length > 1 ? [...cover.parts] : undefined;
}

/**
 * A lower-case word of a name split into the known words it is run together from, when they
 * spell all of it one way only (fewest words first, so `shiptocity` is `shipto`, `city`); trailing
 * digits stay on the last word (`addressline2` → `address`, `line2`). Any other word comes back
 * alone (`hostname`, `filename`, `surname`).
 *
 * @example
 * ```ts
 * splitRunTogether('billingpostalcode') // ['billing', 'postal', 'code']
 * splitRunTogether('hostname')          // ['hostname']
 * ```
 */
export function splitRunTogether(word: string): string[] {
  const [, letters = word, digits = ''] = /^([a-z]+)(\d*)$/.exec(word) ?? [];
  const parts = segment(letters);
  if (parts === undefined) return [word];
  parts[parts.length - 1] += digits;
  return parts;
}
