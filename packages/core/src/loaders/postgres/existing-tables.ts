import { RowforgeError } from '../../errors/index.js';
import type { PgSession } from './pg-session.js';

/**
 * Which of `names` are already tables in PostgreSQL schema `schema` (default: the session's
 * current schema).
 */
export async function existingTables(session: PgSession, names: readonly string[], schema?: string): Promise<string[]> {
  const r = await session.query(
    "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r','p') AND n.nspname = COALESCE($2::text, current_schema()) AND c.relname = ANY($1)",
    [names, schema ?? null],
  );
  return r.rows.map((x) => String(x['relname']));
}

/** Throws `OUTPUT_EXISTS` when tables a load would create exist already and `replace` is off. */
export function refuseExisting(existing: readonly string[], replace: boolean | undefined): void {
  if (existing.length === 0 || replace) return;
  throw new RowforgeError('OUTPUT_EXISTS', `the database already has table(s) ${existing.map((n) => `"${n}"`).join(', ')}`, { hint: 'pass --replace to drop and reload them, or load into another database' });
}
