/**
 * Finite enumerations of a vocabulary's values: `size` distinct values, `nth(i)` the i-th of
 * them, most common first. A unique column whose rows fit draws one value per row from them.
 */

/** A finite, indexable set of distinct strings. */
export interface Enumeration {
  readonly size: number;
  /** Length of the longest value. */
  readonly longest: number;
  /** The value at `i` (0 ≤ i < size). */
  nth(i: number): string;
  /** The values at most `max` characters long (a product is kept whole or dropped). */
  fitting(max: number): Enumeration;
}

const longestOf = (values: readonly string[]): number => values.reduce((m, v) => Math.max(m, v.length), 0);

/** The distinct values of `values`, first occurrence order. */
export function listEnumeration(values: readonly string[]): Enumeration {
  const list = Object.freeze([...new Set(values)]);
  return {
    size: list.length,
    longest: longestOf(list),
    nth: (i) => list[i] as string,
    fitting: (max) => listEnumeration(list.filter((v) => v.length <= max)),
  };
}

const EMPTY = listEnumeration([]);

/**
 * The words at `i`: its mixed-radix digits, the first part varying fastest, each later digit
 * shifted by the word before it (a bijection still), so the first values vary every part:
 * "Summit Health", "Harbor Labs", "Pacific Media" rather than "Summit Health", "Summit Labs".
 */
function decode(i: number, parts: readonly (readonly string[])[]): string[] {
  const words: string[] = [];
  let rest = i;
  let shift = 0;
  for (const part of parts) {
    const d = (rest % part.length + shift) % part.length;
    words.push(part[d] as string);
    rest = Math.floor(rest / part.length);
    shift = d;
  }
  return words;
}

/**
 * Every combination of one word from each part, joined by `join` (a space by default): a
 * mixed-radix decode of the index. `join` must concatenate, so the longest value joins the longest words.
 */
export function productEnumeration(parts: readonly (readonly string[])[], join: (words: readonly string[]) => string = (w) => w.join(' ')): Enumeration {
  const self: Enumeration = {
    size: parts.reduce((n, p) => n * p.length, 1),
    longest: join(parts.map((p) => p.reduce((a, b) => (b.length > a.length ? b : a), ''))).length,
    nth: (i) => join(decode(i, parts)),
    fitting: (max) => (self.longest <= max ? self : EMPTY),
  };
  return self;
}

/** The values of `parts` one after the other (the parts must not share a value). */
export function concatEnumeration(...parts: readonly Enumeration[]): Enumeration {
  const kept = parts.filter((p) => p.size > 0);
  return {
    size: kept.reduce((n, p) => n + p.size, 0),
    longest: kept.reduce((m, p) => Math.max(m, p.longest), 0),
    nth: (i) => nthOf(kept, i),
    fitting: (max) => concatEnumeration(...kept.map((p) => p.fitting(max))),
  };
}

function nthOf(parts: readonly Enumeration[], i: number): string {
  let rest = i;
  for (const p of parts) {
    if (rest < p.size) return p.nth(rest);
    rest -= p.size;
  }
  throw new RangeError(`enumeration index ${i} out of range`);
}
