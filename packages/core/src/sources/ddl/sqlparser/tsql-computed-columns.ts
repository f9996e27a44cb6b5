import { keyword, type Token } from '../../text/sql-lexer.js';

/** A SQL Server computed column (`Total AS (Qty * Price) [PERSISTED]`) in a CREATE TABLE. */
export interface TsqlComputedColumn {
  readonly table: string;
  readonly column: string;
  /** Offset of the column name. */
  readonly at: number;
  /** What to blank for sqlparser-rs (the definition and one separating comma), as offsets. */
  readonly from: number;
  readonly to: number;
}

const isName = (t: Token | undefined): t is Token => t !== undefined && (t.kind === 'word' || t.kind === 'quoted');
const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

/** Index just after `CREATE TABLE schema.name` when a `(` follows it, with the name; else undefined. */
function tableHead(tokens: readonly Token[], k: number): { name: string; open: number } | undefined {
  if (keyword(tokens[k]) !== 'CREATE' || keyword(tokens[k + 1]) !== 'TABLE') return undefined;
  let j = k + 2;
  while (isName(tokens[j]) && punct(tokens[j + 1], '.')) j += 2;
  const name = tokens[j];
  return isName(name) && punct(tokens[j + 1], '(') ? { name: name.text, open: j + 1 } : undefined;
}

/** The top-level items of the parenthesised list opened at `open`, as [first, last] token indexes. */
function listItems(tokens: readonly Token[], open: number): [number, number][] {
  const items: [number, number][] = [];
  let depth = 0;
  let first = open + 1;
  for (let k = open; k < tokens.length; k++) {
    if (punct(tokens[k], '(')) depth++;
    if (punct(tokens[k], ')')) depth--;
    const ends = (depth === 1 && punct(tokens[k], ',')) || depth === 0;
    if (ends && k > open) items.push([first, k - 1]);
    if (ends && k > open) first = k + 1;
    if (depth === 0) break;
  }
  return items;
}

/** The blanked span of an item: it and the comma after it (else the one before it). */
function itemSpan(tokens: readonly Token[], [first, last]: [number, number]): [number, number] {
  const start = (tokens[first] as Token).start;
  const end = (tokens[last] as Token).end;
  const after = tokens[last + 1];
  if (punct(after, ',')) return [start, (after as Token).end];
  const before = tokens[first - 1];
  return punct(before, ',') ? [(before as Token).start, end] : [start, end];
}

function computedIn(tokens: readonly Token[], table: string, open: number): TsqlComputedColumn[] {
  return listItems(tokens, open).flatMap((item) => {
    const name = tokens[item[0]];
    if (!isName(name) || keyword(tokens[item[0] + 1]) !== 'AS' || item[1] <= item[0] + 1) return [];
    const [from, to] = itemSpan(tokens, item);
    return [{ table, column: name.text, at: name.start, from, to }];
  });
}

/**
 * SQL Server computed columns of the CREATE TABLE statements in a statement's tokens (also
 * inside `IF ... BEGIN ... END`). sqlparser-rs 0.62 reads `name AS expr` only for MySQL/SQLite,
 * so these definitions are blanked before parsing and the columns left out, like any column
 * the database computes.
 */
export function tsqlComputedColumns(tokens: readonly Token[]): TsqlComputedColumn[] {
  return tokens.flatMap((_t, k) => {
    const head = tableHead(tokens, k);
    return head ? computedIn(tokens, head.name, head.open) : [];
  });
}
