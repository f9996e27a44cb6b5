import type { Schema } from '../../schema/index.js';
import type { PgSession } from './pg-session.js';

/**
 * Tables, indexes, sequences, views, … of the schema other than the run's tables and what hangs
 * on them (their indexes, owned sequences): those a replacing load drops with the tables.
 */
const TAKEN = `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = COALESCE($2::text, current_schema()) AND c.relname <> ALL($1)
AND NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
  WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.objid = c.oid
  AND d.deptype IN ('a', 'i') AND t.relnamespace = n.oid AND t.relname = ANY($1))
ORDER BY c.relname`;

/**
 * The relation names PostgreSQL schema `schema` (default: the session's current schema) already
 * holds that a load of `run` may not give its indexes (one namespace for tables, indexes,
 * sequences and views): every relation there except the run's own tables and their indexes and
 * owned sequences, which a `--replace` load drops first (without it, existing tables are refused).
 *
 * @example
 * ```ts
 * await takenRelationNames(session, schema) // ['idx_status', 'orders', 'orders_pkey']
 * ```
 */
export async function takenRelationNames(session: PgSession, run: Schema, schema?: string): Promise<string[]> {
  const r = await session.query(TAKEN, [run.tables.map((t) => t.name), schema ?? null]);
  return r.rows.map((x) => String(x['relname']));
}
