/** A stage of a row's lifecycle that a timestamp column may record (`shipped` in `shipped_at`). */
export type Stage = 'paid' | 'shipped' | 'delivered' | 'completed' | 'returned' | 'refunded' | 'cancelled' | 'approved' | 'rejected' | 'resolved' | 'closed' | 'published' | 'archived'
  // The end of a trial (`trial_ends_at`): a subscription in its trial has one.
  | 'trial';

/** The stage a column's name word records (`shipped` in `shipped_at`). */
export const STAGE_WORDS: Readonly<Record<string, Stage>> = {
  paid: 'paid', shipped: 'shipped', dispatched: 'shipped', delivered: 'delivered', completed: 'completed', returned: 'returned',
  refunded: 'refunded', cancelled: 'cancelled', canceled: 'cancelled', voided: 'cancelled', approved: 'approved', rejected: 'rejected',
  resolved: 'resolved', closed: 'closed', published: 'published', archived: 'archived',
  // Nouns and stems as names use them (`payment_date`, `ship_date`, `delivery_date`, a loan's
  // `return_date`); not `close`, whose date is often an expected one (a deal's `close_date`).
  return: 'returned', payment: 'paid', ship: 'shipped', shipping: 'shipped', shipment: 'shipped', delivery: 'delivered', completion: 'completed',
  refund: 'refunded', cancellation: 'cancelled', cancelation: 'cancelled', approval: 'approved', rejection: 'rejected', resolution: 'resolved',
  // Two-word stages, read as one word (`trial_ends_at`, `trial_end_date`).
  trial_end: 'trial', trial_ends: 'trial', trial_ended: 'trial', trial_ending: 'trial', trial_expires: 'trial', trial_expiry: 'trial', trial_expiration: 'trial',
};

/** Words a point-in-time name may have besides its stage word (`at` in `shipped_at`, `date` in `date_shipped`). */
export const TIME_WORDS: ReadonlySet<string> = new Set(['at', 'on', 'date', 'time', 'timestamp', 'ts', 'datetime', 'utc']);

/** Lower-case words of a name, split at separators and case changes. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w !== '');
}

/** `shippedat` (a run-together name) as `shipped`, `at`, for words `known` holds. */
function splitRunTogether(word: string, known: (w: string) => boolean): string[] {
  const time = [...TIME_WORDS].find((t) => word.endsWith(t) && known(word.slice(0, -t.length)));
  return time ? [word.slice(0, -time.length), time] : [word];
}

/** Words with each adjacent pair `known` holds as one (`trial_ends` joined) merged into it: `trial`, `ends`, `at` as `trial_ends`, `at`. */
function joinPairs(words: readonly string[], known: (w: string) => boolean): string[] {
  const [first, second, ...rest] = words;
  if (first === undefined) return [];
  if (second !== undefined && known(`${first}_${second}`)) return [`${first}_${second}`, ...joinPairs(rest, known)];
  return [first, ...joinPairs(words.slice(1), known)];
}

/**
 * The one word of `name` that `known` holds when every other word is a time word (at least one
 * when `bare` is false): `shipped` of `shipped_at`, `date_shipped`, `ShippedAt`, `shippedat`; two
 * adjacent words count as one where `known` holds them `_`-joined (`trial_ends` of `trial_ends_at`),
 * and such a pair needs no time word (`trial_end`: its `end` names the instant).
 */
export function soleWord(name: string, known: (w: string) => boolean, bare = false): string | undefined {
  const ws = joinPairs(nameWords(name), known).flatMap((w) => splitRunTogether(w, known));
  const hits = ws.filter(known);
  const rest = ws.filter((w) => !known(w));
  const [hit] = hits;
  if (hit === undefined || hits.length !== 1 || !rest.every((w) => TIME_WORDS.has(w))) return undefined;
  return rest.length > 0 || bare || hit.includes('_') ? hit : undefined;
}

const isStageWord = (w: string): boolean => STAGE_WORDS[w] !== undefined;

/**
 * The stage a date or timestamp column's name records: one stage word, the rest time words
 * (`shipped_at`, `date_shipped`); with `bare`, the stage word alone too (`shipped` of an
 * instant column whose unit word was left off).
 */
export function stageOfName(name: string, bare = false): Stage | undefined {
  const word = soleWord(name, isStageWord, bare);
  return word === undefined ? undefined : STAGE_WORDS[word];
}
