import { keyword, type Token } from '../text/sql-lexer.js';

/** One key part of `CREATE [UNIQUE] INDEX ... ON t (a, lower(b) DESC)` as written. */
export interface KeyPartText {
  readonly sql: string;
  /** UTF-16 offset of its first token. */
  readonly at: number;
}

const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

/** Token index ranges [first, last] of the items of the parenthesised list opened at `open`. */
function listItems(tokens: readonly Token[], open: number): [number, number][] {
  const items: [number, number][] = [];
  let from = open + 1;
  for (let k = open, depth = 0; k < tokens.length; k++) {
    if (punct(tokens[k], '(')) depth++;
    const closes = punct(tokens[k], ')') && --depth === 0;
    if (!closes && !(depth === 1 && punct(tokens[k], ','))) continue;
    items.push([from, k - 1]);
    if (closes) return items;
    from = k + 1;
  }
  return items;
}

const ORDERING = /(?:\s+(?:ASC|DESC))?(?:\s+NULLS\s+(?:FIRST|LAST))?\s*$/i;

/**
 * The key parts of an index statement (its tokens), in order: the items of the first
 * parenthesised list after ON, without ASC/DESC. Empty when the statement has no such list.
 */
export function indexKeyTexts(text: string, tokens: readonly Token[]): KeyPartText[] {
  const on = tokens.findIndex((t) => keyword(t) === 'ON');
  const open = on < 0 ? -1 : tokens.findIndex((t, k) => k > on && punct(t, '('));
  if (open < 0) return [];
  return listItems(tokens, open).flatMap(([a, b]) => {
    const first = tokens[a];
    const last = tokens[b];
    if (!first || !last || b < a) return [];
    return [{ sql: text.slice(first.start, last.end).replace(/\s+/g, ' ').replace(ORDERING, ''), at: first.start }];
  });
}
