import type pg from 'pg';
import type { GeneratedData, TableData } from '../../schema/index.js';
import type { ConstraintTask } from './constraint-statements.js';
import { sqlSyntax } from '../../sinks/index.js';
import { copyTarget, csvChunks } from './csv-chunks.js';
import type { LoadSummary, SessionLoadOptions } from './load-into-session.js';
import { connectClient } from './pg-connect.js';
import { pgClientSession } from './pg-client-session.js';
import { runConstraints } from './run-constraints.js';
import { SessionFanout } from './session-fanout.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);

type Progress = SessionLoadOptions['onProgress'];

async function connectAll(url: string, count: number): Promise<pg.Client[]> {
  const tries = await Promise.allSettled(Array.from({ length: count }, () => connectClient(url)));
  const clients = tries.flatMap((t) => (t.status === 'fulfilled' ? [t.value] : []));
  const failed = tries.find((t) => t.status === 'rejected');
  if (failed === undefined) return clients;
  await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
  throw failed.reason;
}

/**
 * The sessions of a parallel load: `count` `pg` clients whose search path is the stage schema,
 * copying every table there through a {@link SessionFanout}, or adding the constraints there
 * side by side. Close them (always) before anything else touches the stage: `close` first
 * waits for every COPY to end.
 */
export class LoadSessions {
  readonly #clients: readonly pg.Client[];
  readonly #fanout: SessionFanout;

  private constructor(clients: readonly pg.Client[]) {
    this.#clients = clients;
    this.#fanout = new SessionFanout(clients.map((c) => pgClientSession(c)));
  }

  /** Connects `count` sessions to `url`, each with `search_path` set to `stage`. */
  static async open(url: string, count: number, stage: string): Promise<LoadSessions> {
    const sessions = new LoadSessions(await connectAll(url, count));
    try {
      await Promise.all(sessions.#clients.map((c) => c.query(`SET search_path TO ${q(stage)}`)));
      return sessions;
    } catch (e) {
      await sessions.close();
      throw e;
    }
  }

  /**
   * COPYs every table in load order, its chunks read once and spread over the sessions. The next
   * table is sent while the COPYs of the one before finish; at most two tables are in flight.
   */
  async copyAll(data: GeneratedData, onProgress: Progress): Promise<LoadSummary['tables']> {
    const tables = [];
    let previous: Promise<void> = Promise.resolve();
    for (const t of data.tables) {
      let rows = 0;
      const sent = await this.#fanout.send(copyTarget(t), csvChunks(t, (done) => { rows = done; report(onProgress, t, done); }));
      await previous;
      previous = sent.copied;
      tables.push({ name: t.table.name, rows });
    }
    await previous;
    return tables;
  }

  /** Runs the after-load statements over the sessions side by side ({@link runConstraints}); call it once no COPY is under way. */
  async constrain(tasks: readonly ConstraintTask[]): Promise<void> {
    await runConstraints(this.#clients.map((c) => pgClientSession(c)), tasks);
  }

  /** Waits for every COPY to end, then closes every session. */
  async close(): Promise<void> {
    await this.#fanout.settled();
    await Promise.all(this.#clients.map((c) => c.end().catch(() => undefined)));
  }
}

function report(onProgress: Progress, t: TableData, done: number): void {
  onProgress?.({ table: t.table.name, rowsDone: done, rowCount: t.rowCount });
}
