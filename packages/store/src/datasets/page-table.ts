import { findTable, RowforgeError, sqlSyntax, type Table } from '@rowforge/core';
import { CompiledQuery, type Kysely } from 'kysely';
import { z } from 'zod';
import type { StoreDatabase } from '../store-database.js';
import type { Dataset, TablePage } from '../store-types.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);
const Cells = z.array(z.record(z.string(), z.string().nullable()));
const Count = z.array(z.object({ n: z.number().int() }));

/** The table named `name` (exact, else the one case-insensitive match, as core's `findTable`). */
function tableOf(ds: Dataset, name: string): Table {
  const t = findTable(ds.schema, name);
  if (t) return t;
  throw new RowforgeError('DATASET_TABLE_NOT_FOUND', `dataset ${ds.id} has no table "${name}"`, { table: name, hint: `its tables: ${ds.schema.tables.map((x) => x.name).join(', ')}` });
}

/** Rows in primary-key order (load order, `ctid`, for a table without one). */
function pageSql(ds: Dataset, t: Table): string {
  const cols = t.columns.map((c, i) => `${q(c.name)}::text AS c${i}`).join(', ');
  const order = t.primaryKey ? t.primaryKey.columns.map(q).join(', ') : 'ctid';
  return `SELECT ${cols} FROM ${q(ds.dataSchema)}.${q(t.name)} ORDER BY ${order} LIMIT $1 OFFSET $2`;
}

/** One page of a dataset table's rows, every cell as PostgreSQL's text form (NULL as null). */
export async function pageTable(db: Kysely<StoreDatabase>, ds: Dataset, table: string, offset: number, limit: number): Promise<TablePage> {
  const t = tableOf(ds, table);
  const page = await db.executeQuery(CompiledQuery.raw(pageSql(ds, t), [limit, offset]));
  const count = await db.executeQuery(CompiledQuery.raw(`SELECT count(*)::int AS n FROM ${q(ds.dataSchema)}.${q(t.name)}`));
  const rows = Cells.parse(page.rows).map((r) => t.columns.map((_, i) => r[`c${i}`] ?? null));
  return { table: t.name, columns: t.columns.map((c) => c.name), rows, offset, limit, total: Count.parse(count.rows)[0]?.n ?? 0 };
}
