import type { DraftTable, SchemaDraft } from './schema-draft.js';

/**
 * One key part of a unique index as a reader classified it: a plain column, a column compared
 * case-insensitively (`lower(c)`, `upper(c)`, `c COLLATE NOCASE`), or any other expression.
 * `sql` is the part as written.
 */
export type IndexKey =
  | { readonly kind: 'column' | 'caseFolded'; readonly column: string; readonly sql: string; readonly at: number; readonly prefix?: number }
  | { readonly kind: 'expression'; readonly sql: string; readonly at: number };

type ColumnKey = Extract<IndexKey, { column: string }>;

/** `CREATE UNIQUE INDEX [name] ON table (keys) [WHERE ...]`, as read by either parser. */
export interface UniqueIndexDraft {
  readonly name?: string;
  readonly table: string;
  /** Where the table name is written (for an unknown table). */
  readonly tableAt: number;
  readonly keys: readonly IndexKey[];
  /** True for a partial index (`WHERE ...`). */
  readonly partial: boolean;
  /** When the WHERE clause is only `c IS NOT NULL [AND ...]`: those columns. */
  readonly whereNotNull?: readonly string[];
  /** Statement start and one-line excerpt, for warnings. */
  readonly at: number;
  readonly statement: string;
}

const label = (ix: UniqueIndexDraft): string => (ix.name === undefined ? `CREATE UNIQUE INDEX on "${ix.table}"` : `CREATE UNIQUE INDEX "${ix.name}"`);

const setKey = (columns: readonly string[]): string => columns.map((c) => c.toLowerCase()).sort().join('\u0000');

/** True when the primary key or a UNIQUE already covers exactly these columns. */
function alreadyUnique(table: DraftTable, columns: readonly string[]): boolean {
  const keys = [...(table.primaryKey ? [table.primaryKey.columns] : []), ...table.uniques.map((u) => u.columns)];
  return keys.some((k) => setKey(k) === setKey(columns));
}

/**
 * `WHERE c IS NOT NULL` over exactly the key columns leaves out only rows a UNIQUE ignores
 * anyway (it admits many NULLs): SQL Server's idiom for a standard UNIQUE, the same in PostgreSQL.
 */
function filtersOnlyNulls(ix: UniqueIndexDraft, columns: readonly string[]): boolean {
  const distinct = (cs: readonly string[]): string => [...new Set(cs.map((c) => c.toLowerCase()))].sort().join('\u0000');
  return ix.whereNotNull !== undefined && distinct(ix.whereNotNull) === distinct(columns);
}

/** The key parts when every one names a column, else the first that does not. */
function columnKeys(keys: readonly IndexKey[]): ColumnKey[] | Extract<IndexKey, { kind: 'expression' }> {
  const out: ColumnKey[] = [];
  for (const k of keys) {
    if (k.kind === 'expression') return k;
    out.push(k);
  }
  return out;
}

/** What a reader widened or narrowed to read the index as UNIQUE (columns). */
function notes(ix: UniqueIndexDraft, columns: readonly string[]): string[] {
  const read = `${label(ix)} is read as UNIQUE (${columns.join(', ')}) on "${ix.table}"`;
  const folded = ix.keys.flatMap((k) => (k.kind === 'caseFolded' ? [`${k.sql} as ${k.column}`] : []));
  const out: string[] = [];
  if (folded.length > 0) {
    out.push(`${read}: it compares ${folded.join(', ')}; generated values are distinct exactly, not guaranteed distinct ignoring letter case`);
  }
  return out;
}

/**
 * Records a unique index as a UNIQUE constraint of its table, named after the index: plain
 * and case-folded columns become the constraint's columns; an index with any other expression
 * or a WHERE clause other than `IS NOT NULL` on its columns is skipped with a warning, as is
 * one on a view or partition the script declares. An index on a table the script never creates is an error.
 */
export function addUniqueIndex(draft: SchemaDraft, ix: UniqueIndexDraft): void {
  const table = draft.indexedTable(ix.table, ix.tableAt);
  if (!table) return draft.warn(ix.at, `skipped ${label(ix)}: "${ix.table}" is a view or partition, not a table Rowforge generates`, ix.statement);
  const keys = columnKeys(ix.keys);
  if (!Array.isArray(keys)) {
    return draft.warn(ix.at, `skipped ${label(ix)}: its key part ${keys.sql} is not a plain column, so this uniqueness is not enforced by the generator`, ix.statement);
  }
  const columns = keys.map((k) => draft.getColumn(table, k.column, k.at).name);
  if (ix.partial && !filtersOnlyNulls(ix, columns)) return draft.warn(ix.at, `skipped ${label(ix)}: its WHERE clause makes it unique over some rows only, which the generator does not model, so this uniqueness is not enforced`, ix.statement);
  for (const message of notes(ix, columns)) draft.warn(ix.at, message, ix.statement);
  if (!alreadyUnique(table, columns)) table.uniques.push(ix.name === undefined ? { columns } : { name: ix.name, columns });
}
