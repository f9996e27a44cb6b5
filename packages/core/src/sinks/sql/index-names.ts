import type { Schema, Table, TableIndex } from '../../schema/index.js';
import type { Target } from '../target.js';

/** PostgreSQL truncates longer identifiers (NAMEDATALEN − 1 bytes); MySQL allows 64 characters. */
const MAX_NAME_BYTES = 63;

/** `name` cut to at most `bytes` UTF-8 bytes, on a character boundary. */
function fitBytes(name: string, bytes: number): string {
  let out = '';
  for (const ch of name) {
    if (Buffer.byteLength(out + ch) > bytes) break;
    out += ch;
  }
  return out;
}

/** Targets where index names are unique per table, not per schema. */
const PER_TABLE: ReadonlySet<Target> = new Set(['mysql', 'mssql']);

/** The names the indexes of `tables` may not take: those tables, their constraints, MySQL's `PRIMARY`, `reserved`. */
function reservedNames(tables: readonly Table[], reserved: Iterable<string>): Set<string> {
  const taken = new Set(['primary', ...[...reserved].map((n) => n.toLowerCase())]);
  for (const t of tables) {
    taken.add(fitBytes(t.name, MAX_NAME_BYTES).toLowerCase());
    const constraints = [t.primaryKey, ...t.uniques, ...t.checks, ...t.foreignKeys];
    for (const c of constraints) if (c?.name) taken.add(fitBytes(c.name, MAX_NAME_BYTES).toLowerCase());
  }
  return taken;
}

/** `base` + `suffix`, else numbered after the suffix (`t_a_idx2`, as PostgreSQL does): the first free one, within the byte limit, claimed in `taken`. */
function claim(taken: Set<string>, base: string, suffix = ''): string {
  for (let n = 1; ; n++) {
    const tail = `${suffix}${n === 1 ? '' : String(n)}`;
    const name = fitBytes(base, MAX_NAME_BYTES - Buffer.byteLength(tail)) + tail;
    if (taken.has(name.toLowerCase())) continue;
    taken.add(name.toLowerCase());
    return name;
  }
}

const givenName = (ix: TableIndex): string | undefined => (ix.name === undefined || ix.name === '' ? undefined : fitBytes(ix.name, MAX_NAME_BYTES));

/** A name for an index whose own name is taken, or that has none. */
function fallbackName(taken: Set<string>, table: Table, ix: TableIndex): string {
  const given = givenName(ix);
  return given === undefined ? claim(taken, `${table.name}_${ix.columns.join('_')}`, '_idx') : claim(taken, `${table.name}_${given}`);
}

/** Names for the indexes of `tables`, which share one namespace; own names are claimed first, in order. */
function nameAll(tables: readonly Table[], names: Map<TableIndex, string>, reserved: Iterable<string>): void {
  const taken = reservedNames(tables, reserved);
  const all = tables.flatMap((t) => (t.indexes ?? []).map((ix) => [t, ix] as const));
  for (const [, ix] of all) {
    const given = givenName(ix);
    if (given !== undefined && !taken.has(given.toLowerCase())) names.set(ix, claim(taken, given));
  }
  for (const [t, ix] of all) if (!names.has(ix)) names.set(ix, fallbackName(taken, t, ix));
}

/**
 * The name each secondary index is created with on `target`: the DDL's own name unless another
 * index, table or constraint in its namespace has it — the schema in PostgreSQL and SQLite, the
 * table in MySQL and SQL Server (so MySQL's names repeated per table stay as they are there) —
 * then `<table>_<name>`; an unnamed index gets `<table>_<columns>_idx`; numbered when taken. At
 * most 63 bytes. Stable: the same schema always gets the same names. `reserved` adds names the
 * schema-wide namespace already holds (relations in the target schema of a PostgreSQL load);
 * ignored where names are per table.
 *
 * @example
 * ```ts
 * indexNames(schema, 'postgres').get(table.indexes![0]!) // 'users_email_idx'
 * ```
 */
export function indexNames(schema: Schema, target: Target, reserved: readonly string[] = []): ReadonlyMap<TableIndex, string> {
  const names = new Map<TableIndex, string>();
  if (PER_TABLE.has(target)) for (const t of schema.tables) nameAll([t], names, []);
  else nameAll(schema.tables, names, reserved);
  return names;
}
