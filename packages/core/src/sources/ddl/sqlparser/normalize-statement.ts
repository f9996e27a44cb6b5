import type { Dialect } from '../../../schema/index.js';
import type { StatementSlice } from '../../text/split-statements.js';
import { keyword, type Token } from '../../text/sql-lexer.js';
import { binaryAttributeRanges } from './mysql-binary-attribute.js';
import { tsqlAttributeRanges } from './tsql-attribute-ranges.js';
import { tsqlComputedColumns } from './tsql-computed-columns.js';

/**
 * A documented lexer-level pre-processor (docs/decisions/0002-ddl-parsers.md): it blanks —
 * replaces with spaces, so every offset stays valid — clauses sqlparser-rs 0.62 rejects and
 * that never shape data. SQL Server: `CLUSTERED`/`NONCLUSTERED`, index `WITH (PAD_INDEX = ...)`,
 * storage `ON [PRIMARY]`/`TEXTIMAGE_ON x`, `WITH CHECK`/`WITH NOCHECK` before `ADD`, the
 * `FOREIGN KEY` of an inline `col INT FOREIGN KEY REFERENCES t(c)` (leaving the `REFERENCES`
 * column option sqlparser-rs reads), and computed columns (`Total AS (Qty * Price)`, see
 * tsql-computed-columns.ts), `NOT FOR REPLICATION` and `ROWGUIDCOL`/`SPARSE`/`FILESTREAM`
 * (tsql-attribute-ranges.ts). SQLite: the second of `WITHOUT ROWID, STRICT` (either order). MySQL: a CREATE
 * TABLE's trailing `PARTITION BY ...` clause; `ZEROFILL`, which implies UNSIGNED, is rewritten
 * to `UNSIGNED` (same length), or blanked when UNSIGNED is written next to it; the `BINARY`
 * attribute of a string type (`VARCHAR(40) BINARY`, a binary collation); `VISIBLE`/`INVISIBLE`
 * after an index or column (MySQL 8, MySQL Workbench). Structure still
 * comes from the parser.
 */
const INDEX_OPTIONS = new Set([
  'PAD_INDEX', 'STATISTICS_NORECOMPUTE', 'IGNORE_DUP_KEY', 'ALLOW_ROW_LOCKS', 'ALLOW_PAGE_LOCKS', 'FILLFACTOR',
  'OPTIMIZE_FOR_SEQUENTIAL_KEY', 'DATA_COMPRESSION', 'SORT_IN_TEMPDB', 'ONLINE', 'DROP_EXISTING', 'MAXDOP',
]);

/** Offsets [from, to) to blank, or to overwrite with a text of the same length. */
type Range = readonly [number, number, string?];
const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (punct(tokens[k], '(')) depth++;
    if (punct(tokens[k], ')') && --depth === 0) return k;
  }
  return tokens.length - 1;
}

/** `ON [PRIMARY]` after a closing parenthesis, not `ON DELETE`/`ON UPDATE`. */
function isStorageOn(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k + 1];
  const after = tokens[k + 2];
  const nameOk = name !== undefined && (name.kind === 'quoted' || (name.kind === 'word' && !['DELETE', 'UPDATE'].includes(keyword(name))));
  const afterOk = after === undefined || punct(after, ',') || punct(after, ')') || keyword(after).endsWith('_ON');
  return punct(tokens[k - 1], ')') && nameOk && afterOk;
}

function tsqlRanges(tokens: readonly Token[]): Range[] {
  const out: Range[] = [];
  tokens.forEach((t, k) => {
    const kw = keyword(t);
    const prev = keyword(tokens[k - 1]);
    if ((kw === 'CLUSTERED' || kw === 'NONCLUSTERED') && ['KEY', 'UNIQUE', 'CREATE'].includes(prev)) out.push([t.start, t.end]);
    if (kw === 'WITH' && punct(tokens[k + 1], '(') && INDEX_OPTIONS.has(keyword(tokens[k + 2]))) {
      out.push([t.start, (tokens[closingParen(tokens, k + 1)] as Token).end]);
    }
    if (kw === 'ON' && isStorageOn(tokens, k)) out.push([t.start, (tokens[k + 1] as Token).end]);
    if ((kw === 'TEXTIMAGE_ON' || kw === 'FILESTREAM_ON') && tokens[k + 1]) out.push([t.start, (tokens[k + 1] as Token).end]);
    if (kw === 'WITH' && ['CHECK', 'NOCHECK'].includes(keyword(tokens[k + 1])) && keyword(tokens[k + 2]) === 'ADD') {
      out.push([t.start, (tokens[k + 1] as Token).end]);
    }
    if (kw === 'FOREIGN' && keyword(tokens[k + 1]) === 'KEY' && keyword(tokens[k + 2]) === 'REFERENCES') out.push([t.start, (tokens[k + 1] as Token).end]);
  });
  return [...out, ...tsqlComputedColumns(tokens).map((c): Range => [c.from, c.to]), ...tsqlAttributeRanges(tokens)];
}

/** `WITHOUT ROWID, STRICT` / `STRICT, WITHOUT ROWID`: the comma and the second option (neither shapes data). */
function sqliteRanges(tokens: readonly Token[]): Range[] {
  const k = tokens.findIndex((t, i) => ['ROWID', 'STRICT'].includes(keyword(t)) && punct(tokens[i + 1], ',') && ['STRICT', 'WITHOUT'].includes(keyword(tokens[i + 2])));
  if (k < 0) return [];
  const last = tokens[keyword(tokens[k + 2]) === 'WITHOUT' ? k + 3 : k + 2] ?? tokens[k + 2];
  return [[(tokens[k + 1] as Token).start, (last as Token).end]];
}

/** MySQL `ZEROFILL` after a type: `UNSIGNED` (which it implies), or nothing when UNSIGNED is there. */
function zerofillRanges(tokens: readonly Token[]): Range[] {
  return tokens.flatMap((t, k): Range[] => {
    if (keyword(t) !== 'ZEROFILL' || punct(tokens[k - 1], ',') || punct(tokens[k - 1], '(')) return [];
    const unsigned = keyword(tokens[k - 1]) === 'UNSIGNED' || keyword(tokens[k + 1]) === 'UNSIGNED';
    return [unsigned ? [t.start, t.end] : [t.start, t.end, 'UNSIGNED']];
  });
}

/**
 * MySQL 8's `VISIBLE`/`INVISIBLE` after an index (`INDEX fk_idx (a ASC) VISIBLE`, as MySQL
 * Workbench writes every index) or a column (`c INT INVISIBLE`): the end of a definition, not a
 * name in a key list (`(a, visible)`).
 */
function visibilityRanges(tokens: readonly Token[]): Range[] {
  return tokens.flatMap((t, k): Range[] => {
    if (t.kind !== 'word' || !['VISIBLE', 'INVISIBLE'].includes(keyword(t))) return [];
    const ends = tokens[k + 1] === undefined || punct(tokens[k + 1], ',') || punct(tokens[k + 1], ')');
    const named = punct(tokens[k - 1], ',') || punct(tokens[k - 1], '(');
    return ends && !named ? [[t.start, t.end]] : [];
  });
}

function mysqlRanges(tokens: readonly Token[]): Range[] {
  return [...partitionRanges(tokens), ...zerofillRanges(tokens), ...binaryAttributeRanges(tokens), ...visibilityRanges(tokens)];
}

/** MySQL `CREATE TABLE ... ) PARTITION BY ...`: from PARTITION (outside parentheses) to the end. */
function partitionRanges(tokens: readonly Token[]): Range[] {
  if (keyword(tokens[0]) !== 'CREATE') return [];
  let depth = 0;
  for (let k = 0; k < tokens.length; k++) {
    if (punct(tokens[k], '(')) depth++;
    if (punct(tokens[k], ')')) depth--;
    if (depth === 0 && keyword(tokens[k]) === 'PARTITION' && keyword(tokens[k + 1]) === 'BY') {
      return [[(tokens[k] as Token).start, (tokens[tokens.length - 1] as Token).end]];
    }
  }
  return [];
}

function blank(text: string, ranges: readonly Range[], base: number): string {
  if (ranges.length === 0) return text;
  const out = text.split('');
  for (const [from, to, text] of ranges) {
    for (let i = from - base; i < to - base; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
    if (text !== undefined && text.length === to - from) out.splice(from - base, text.length, ...text.split(''));
  }
  return out.join('');
}

/** The statement's text as handed to sqlparser-ts (same length and line breaks as the original). */
export function normalizeStatement(text: string, slice: StatementSlice, dialect: Dialect): string {
  const sql = text.slice(slice.start, slice.end);
  const rules: Partial<Record<Dialect, (tokens: readonly Token[]) => Range[]>> = { mssql: tsqlRanges, sqlite: sqliteRanges, mysql: mysqlRanges };
  const ranges = rules[dialect]?.(slice.tokens) ?? [];
  return blank(sql, ranges, slice.start);
}
