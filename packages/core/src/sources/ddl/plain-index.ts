import type { Column, TableIndex } from '../../schema/index.js';
import type { DraftTable, SchemaDraft } from './schema-draft.js';
import type { IndexKey } from './unique-index.js';

/** A secondary index as read, with where it is declared (for a warning when it is left out later). */
export interface DraftIndex extends TableIndex {
  readonly at: number;
}

/** A non-unique index as either parser read it: `CREATE INDEX`, MySQL `KEY ix (...)`, `ALTER TABLE ... ADD INDEX`. */
export interface PlainIndexDraft {
  readonly name?: string;
  readonly table: string;
  readonly keys: readonly IndexKey[];
  /** One per key part: true for `DESC`. */
  readonly descending: readonly boolean[];
  /** Why the index is not one over plain columns besides its keys: `it uses gin`, `it is partial (WHERE ...)`. */
  readonly unsupported?: string;
  /** A `CREATE INDEX` statement of its own: skips of the same reason are grouped into one counted warning. */
  readonly standalone: boolean;
  /** Statement start and one-line excerpt, for warnings. */
  readonly at: number;
  readonly statement: string;
}

const label = (ix: PlainIndexDraft): string => (ix.name === undefined ? `index on "${ix.table}"` : `index "${ix.name}"`);

/** Where the generated data's schema keeps no such index, the reason (the key part that is not a plain column, ...). */
function unsupportedReason(ix: PlainIndexDraft): string | undefined {
  if (ix.unsupported !== undefined) return ix.unsupported;
  const expr = ix.keys.find((k) => k.kind !== 'column');
  return expr === undefined ? undefined : `its key part ${expr.sql} is not a plain column`;
}

const ONLY_PLAIN = 'only indexes on plain columns are created in the output';
const NOT_CREATED = 'it is not created in the output';

/** Warns that the index is skipped; `shape`: for its own form (a key part, method, WHERE), not where it is. */
function skipIndex(draft: SchemaDraft, ix: PlainIndexDraft, why: string, shape = true): void {
  const reason = `${why}; ${shape ? ONLY_PLAIN : NOT_CREATED}`;
  if (!ix.standalone) return draft.warn(ix.at, `skipped ${label(ix)}: ${reason}`, ix.statement);
  const general = why.startsWith('its key part') ? `an index on an expression; ${ONLY_PLAIN}` : reason;
  draft.skip(ix.at, { kind: 'CREATE INDEX', reason: general, message: `skipped ${label(ix)}: ${reason}`, statement: ix.statement });
}

const sameIndex = (a: TableIndex, b: TableIndex): boolean =>
  a.columns.join('\u0000').toLowerCase() === b.columns.join('\u0000').toLowerCase() && (a.descending ?? []).join() === (b.descending ?? []).join();

/** `prefixes` when a key part declares a prefix length (MySQL `b(10)`), else nothing. */
function prefixesOf(keys: readonly IndexKey[]): { prefixes?: (number | null)[] } {
  const prefixes = keys.map((k) => (k.kind === 'column' ? (k.prefix ?? null) : null));
  return prefixes.some((p) => p !== null) ? { prefixes } : {};
}

/** The table an index is on, else why it is skipped (a view or partition, or a table the script does not create before it). */
function tableOf(draft: SchemaDraft, ix: PlainIndexDraft): DraftTable | string {
  const table = draft.findTable(ix.table);
  if (table) return table;
  return draft.isSkippedRelation(ix.table) ? `"${ix.table}" is a view or partition, not a table Rowforge generates` : `table "${ix.table}" is not created before it in this script`;
}

/**
 * Records a non-unique index over plain columns on its table (columns spelled as declared).
 * One with an expression key part, a WHERE clause or a method other than btree is skipped with a
 * warning naming it, as is one on a view or partition, on a table the script does not create
 * (before it) or on a column the table lacks: it never shapes the data, so it never fails a
 * schema. An exact duplicate of an index already read is dropped.
 */
export function addPlainIndex(draft: SchemaDraft, ix: PlainIndexDraft, on?: DraftTable): void {
  const table = on ?? tableOf(draft, ix);
  if (typeof table === 'string') return skipIndex(draft, ix, table, false);
  const why = unsupportedReason(ix);
  if (why !== undefined) return skipIndex(draft, ix, why);
  const columns = ix.keys.flatMap((k) => (k.kind === 'column' ? [draft.findColumn(table, k.column)?.name ?? k.column] : []));
  const missing = columns.find((c) => !draft.findColumn(table, c));
  if (missing !== undefined) return skipIndex(draft, ix, `table "${table.name}" has no column "${missing}"`, false);
  const descending = ix.descending.some(Boolean) ? { descending: columns.map((_, i) => ix.descending[i] === true) } : {};
  const index: DraftIndex = { ...(ix.name === undefined ? {} : { name: ix.name }), columns, ...descending, ...prefixesOf(ix.keys), at: ix.at };
  if (!table.indexes.some((other) => sameIndex(other, index))) table.indexes.push(index);
}

/**
 * The table's indexes once its columns are built: one on a column left out of the data
 * (`--omit-unsupported`) is left out too, with a warning.
 */
export function builtIndexes(draft: SchemaDraft, table: DraftTable, columns: readonly Column[]): TableIndex[] {
  const has = new Set(columns.map((c) => c.name));
  return table.indexes.flatMap(({ at, ...index }) => {
    const missing = index.columns.find((c) => !has.has(c));
    if (missing === undefined) return [index];
    draft.warn(at, `index ${index.name === undefined ? `on "${table.name}"` : `"${index.name}"`} is left out: its column "${table.name}.${missing}" is left out of the generated data`);
    return [];
  });
}
