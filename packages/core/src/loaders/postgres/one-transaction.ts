import type { GeneratedData } from '../../schema/index.js';
import { loadIntoSession, type LoadSummary, type SessionLoadOptions } from './load-into-session.js';
import type { PgSession } from './pg-session.js';

/** {@link loadIntoSession} in one transaction on `session`: committed whole, or rolled back on any error. */
export async function loadInTransaction(session: PgSession, data: GeneratedData, o: SessionLoadOptions): Promise<LoadSummary> {
  await session.query('BEGIN');
  try {
    const summary = await loadIntoSession(session, data, o);
    await session.query('COMMIT');
    return summary;
  } catch (e) {
    await session.query('ROLLBACK').catch(() => undefined);
    throw e;
  }
}

/** True when the user may create a schema in the database (the staging schema needs it). */
export async function mayCreateSchema(session: PgSession): Promise<boolean> {
  const r = await session.query("SELECT has_database_privilege(current_database(), 'CREATE') AS ok");
  return r.rows[0]?.['ok'] === true;
}

