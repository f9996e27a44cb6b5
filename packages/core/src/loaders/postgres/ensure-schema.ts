import { sqlSyntax } from '../../sinks/index.js';
import type { PgSession } from './pg-session.js';

/** Creates `schema` unless it exists (`CREATE SCHEMA IF NOT EXISTS` needs the right to create one even then). */
export async function ensureSchema(session: PgSession, schema: string): Promise<void> {
  const r = await session.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (r.rows.length === 0) await session.query(`CREATE SCHEMA IF NOT EXISTS ${sqlSyntax('postgres').quoteIdent(schema)}`);
}
