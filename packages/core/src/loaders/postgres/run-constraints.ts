import { ConstraintSchedule } from './constraint-schedule.js';
import type { ConstraintTask } from './constraint-statements.js';
import type { PgSession } from './pg-session.js';

async function work(session: PgSession, schedule: ConstraintSchedule): Promise<void> {
  for (let task = await schedule.next(); task; task = await schedule.next()) {
    const failed = await session.query(task.sql).then(() => undefined, (error: unknown) => ({ error }));
    schedule.finish(task, failed);
  }
}

/**
 * Runs the after-load statements over `sessions` side by side, as {@link ConstraintSchedule}
 * allows (no two on the same table at once, foreign keys after the keys of their tables), each
 * statement in its session's own transaction. Resolves once all ran; if any failed, waits for
 * the ones in flight, starts no more and throws the error of the failed statement earliest in
 * the list. With one session this is `runEach`.
 */
export async function runConstraints(sessions: readonly PgSession[], tasks: readonly ConstraintTask[]): Promise<void> {
  const schedule = new ConstraintSchedule(tasks);
  await Promise.all(sessions.map((s) => work(s, schedule)));
  const failed = schedule.error;
  if (failed) throw failed.error;
}
