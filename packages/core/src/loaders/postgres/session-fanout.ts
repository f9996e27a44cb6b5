import { ChunkQueue } from './chunk-queue.js';
import type { PgSession } from './pg-session.js';

/** Chunks that may wait unread per session and table: memory stays at a few chunks a session. */
const QUEUED = 2;

/** One session's share of one table: the chunks waiting for its COPY, and that COPY. */
interface Lane {
  readonly queue: ChunkQueue;
  readonly copied: Promise<void>;
}

/** A table handed over to the sessions: `copied` settles when every session's COPY of it ended. */
export interface SentTable {
  readonly copied: Promise<void>;
}

/**
 * Spreads tables over several PostgreSQL sessions: each table gets one `COPY … FROM STDIN` per
 * session, and the table's chunks (row-aligned) go round-robin, chunk `k` of the run to session
 * `k % n` (the count runs on across tables, so small tables spread too). A session runs its COPYs
 * one after another, so the next table can be sent while the last COPYs of this one finish.
 * The first failure (a COPY or the chunk source) fails every open queue, so nothing waits forever.
 *
 * @example
 * ```ts
 * const fanout = new SessionFanout(sessions)
 * const { copied } = await fanout.send(target, chunks)
 * await copied
 * ```
 */
export class SessionFanout {
  readonly #sessions: readonly PgSession[];
  readonly #lanes: Promise<void>[];
  readonly #open = new Set<ChunkQueue>();
  #sent = 0;

  constructor(sessions: readonly PgSession[]) {
    this.#sessions = sessions;
    this.#lanes = sessions.map(() => Promise.resolve());
  }

  /** Hands over every chunk of one table (to `target`, a quoted table and column list); returns once all are queued. */
  async send(target: string, chunks: AsyncIterable<Uint8Array>): Promise<SentTable> {
    const lanes = this.#sessions.map((session, i) => this.#copy(i, session, target));
    try {
      for await (const chunk of chunks) await (lanes[this.#sent++ % lanes.length] as Lane).queue.push(chunk);
    } catch (e) {
      this.fail(e);
      throw e;
    }
    lanes.forEach((lane) => lane.queue.close());
    const copied = Promise.all(lanes.map((lane) => lane.copied)).then(() => lanes.forEach((lane) => this.#open.delete(lane.queue)));
    copied.catch(() => undefined);
    return { copied };
  }

  /** Fails every queue still open: their COPYs abort and any `send` under way rejects. */
  fail(error: unknown): void {
    this.#open.forEach((queue) => queue.fail(error));
  }

  /** Waits until every COPY started has ended, however it ended. */
  async settled(): Promise<void> {
    await Promise.allSettled(this.#lanes);
  }

  /** Opens session `i`'s COPY of `target` once its earlier COPYs ended; a failure fails everything open. */
  #copy(i: number, session: PgSession, target: string): Lane {
    const queue = new ChunkQueue(QUEUED);
    this.#open.add(queue);
    const copied = (this.#lanes[i] as Promise<void>).then(() => session.copyCsvFrom(target, queue));
    copied.catch((e: unknown) => this.fail(e));
    this.#lanes[i] = copied;
    return { queue, copied };
  }
}
