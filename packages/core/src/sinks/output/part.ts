/** One shard of a run: part `index` (0-based) of `count`. */
export interface Part {
  readonly index: number;
  readonly count: number;
}

const pad = (n: number): string => String(n).padStart(5, '0');

/** Suffix of a part's files, e.g. `.part-00002-of-00007`: lexical order is part order. */
export function partSuffix(part: Part): string {
  return `.part-${pad(part.index)}-of-${pad(part.count)}`;
}

/** The part manifest's name: `manifest.part-00002-of-00007.json`. */
export function partManifestName(part: Part): string {
  return `manifest${partSuffix(part)}.json`;
}

/** Rows [start, end) of a table with `rows` rows that part `part` holds. */
export function partRange(rows: number, part: Part): { start: number; end: number } {
  return { start: Math.floor((part.index * rows) / part.count), end: Math.floor(((part.index + 1) * rows) / part.count) };
}
