import type { PgSession } from './pg-session.js';

/** One statement per query: sessions send them through the extended protocol (no stacking). */
export async function runEach(session: PgSession, statements: readonly string[]): Promise<void> {
  for (const sql of statements) await session.query(sql);
}
