import Tinypool from 'tinypool';
import { RowforgeError } from '../../errors/index.js';
import type { Plan } from '../../plan/index.js';
import type { EncodedRows, GeneratedData, LoadOrder, RowEncoding, RowRange, Schema, TableData } from '../../schema/index.js';
import { encodeRows, sqlDialect } from '../../sinks/index.js';
import type { RangeFailure, RangeRequest, RangeWorkerData, WarmRequest } from './range-protocol.js';
import { ReadAhead, type Chunk } from './read-ahead.js';
import { workerExecArgv } from './worker-exec-argv.js';

/** Most rows one task encodes (about 1–4 MB of CSV): small enough to keep every worker busy to the end of a table. */
const MAX_CHUNK_ROWS = 8192;
/** Tasks queued per worker beyond the one it runs, so a worker never waits for the main thread. */
const QUEUED_PER_WORKER = 2;

type Outcome = Uint8Array | RangeFailure;

export interface RangePoolOptions {
  readonly schema: Schema;
  readonly plan: Plan;
  readonly data: GeneratedData;
  readonly workers: number;
  /** The workers' module (default `worker-entry.mjs`; `workerBundle()` gives a faster one). */
  readonly entry?: URL;
  /** Encode chunks in this thread until a worker is up (default true; false: always wait for the workers, as `withWorkers` does when the workers start from the bundle). */
  readonly helpWhileStarting?: boolean;
}

function asFailure(e: unknown): RangeFailure {
  return { failed: true, code: 'WORKER_FAILED', message: `a generation worker failed: ${e instanceof Error ? e.message : String(e)}`, details: {} };
}

function isFailure(o: unknown): o is RangeFailure {
  return typeof o === 'object' && o !== null && (o as { failed?: unknown }).failed === true;
}

/**
 * A pool of worker threads (tinypool) that generate and encode row ranges of one run's tables.
 * Ranges are handed out in load order, a few ahead of the reader (also into the next table),
 * and read back strictly in order, so the bytes concatenate to the single-threaded output.
 */
export class RangePool {
  readonly #pool: Tinypool;
  readonly #workers: number;
  readonly #rows: ReadonlyMap<string, number>;
  readonly #order: LoadOrder;
  readonly #tables: ReadonlyMap<string, TableData>;
  #ahead: ReadAhead<Promise<Outcome> | undefined> | undefined;
  #ready: boolean;

  constructor(o: RangePoolOptions) {
    this.#workers = o.workers;
    this.#rows = new Map(o.data.tables.map((t) => [t.table.name, t.rowCount]));
    this.#order = o.data.order;
    const workerData: RangeWorkerData = { schema: o.schema, plan: o.plan };
    this.#pool = new Tinypool({
      filename: (o.entry ?? new URL('./worker-entry.mjs', import.meta.url)).href,
      minThreads: o.workers, maxThreads: o.workers, workerData, execArgv: workerExecArgv(),
    });
    this.#tables = new Map(o.data.tables.map((t) => [t.table.name, t]));
    this.#ready = o.helpWhileStarting === false;
    this.#warmUp(o.workers);
  }

  /** Starting a worker through tsx takes about a second; with `helpWhileStarting`, until one is up, the reader encodes chunks itself. */
  #warmUp(workers: number): void {
    const warm: WarmRequest = { warm: true };
    for (let i = 0; i < workers; i++) {
      (this.#pool.run(warm) as Promise<unknown>).then(() => { this.#ready = true; }, () => { this.#ready = true; });
    }
  }

  /** Rows [range) of `table`, encoded by the workers, in order. */
  async *encoded(table: string, encoding: RowEncoding, range: RowRange): AsyncGenerator<EncodedRows> {
    const ahead = this.#readAhead(table, encoding, range);
    for (let chunk = ahead.peek(); chunk && chunk.table === table && chunk.start < range.end; chunk = ahead.peek()) {
      const work = ahead.take();
      const outcome = work ? await work : await this.#local(chunk, encoding);
      if (isFailure(outcome)) throw new RowforgeError(outcome.code, outcome.message, { table, ...outcome.details });
      yield { rows: chunk.end - chunk.start, bytes: outcome };
    }
  }

  /** Encodes a chunk no worker has started, in this thread, then lets the pool's messages in. */
  async #local(c: Chunk, encoding: RowEncoding): Promise<Uint8Array> {
    const data = this.#tables.get(c.table);
    if (!data) throw new RowforgeError('INTERNAL', `no table "${c.table}" in this run`, { table: c.table });
    const { bytes } = encodeRows(data, encoding, c, this.#order);
    await new Promise<void>((resolve) => { setImmediate(resolve); });
    return bytes;
  }

  /** Stops the workers (tasks still running are abandoned). */
  async close(): Promise<void> {
    this.#ahead = undefined;
    await this.#pool.destroy();
  }

  /**
   * A read-ahead over `range` of `table` and, for a whole table, every later table in load
   * order; the running one is reused when it already stands at the start of this whole table.
   */
  #readAhead(table: string, encoding: RowEncoding, range: RowRange): ReadAhead<Promise<Outcome> | undefined> {
    const key = `${encoding.format}/${encoding.target}/${encoding.nullDeferred === true}/${encoding.maxChunkRows ?? MAX_CHUNK_ROWS}`;
    const whole = range.start === 0 && range.end === (this.#rows.get(table) ?? 0);
    if (whole && this.#ahead?.isAt(key, table, 0)) return this.#ahead;
    const order = this.#order.tables;
    const rest = whole ? order.slice(order.indexOf(table) + 1) : [];
    const chunks = [table, ...rest].flatMap((t) => this.#chunks(t, t === table ? range : { start: 0, end: this.#rows.get(t) ?? 0 }, encoding));
    this.#ahead = new ReadAhead(key, chunks, this.#workers * (1 + QUEUED_PER_WORKER), (c) => this.#run(c, encoding));
    return this.#ahead;
  }

  /**
   * Chunks of `range` of at most `encoding.maxChunkRows` rows; SQL chunks start (after the first)
   * on multiples of the dialect's rows per INSERT, where statements start.
   */
  #chunks(table: string, range: RowRange, encoding: RowEncoding): Chunk[] {
    const align = encoding.format === 'sql' ? sqlDialect(encoding.target).maxRowsPerInsert : 1;
    const even = Math.max(1, Math.min(encoding.maxChunkRows ?? MAX_CHUNK_ROWS, MAX_CHUNK_ROWS, Math.ceil((range.end - range.start) / (this.#workers * 4))));
    const size = Math.ceil(even / align) * align;
    const out: Chunk[] = [];
    for (let start = range.start; start < range.end; start += size) out.push({ table, start, end: Math.min(range.end, start + size) });
    return out;
  }

  #run(c: Chunk, encoding: RowEncoding): Promise<Outcome> | undefined {
    if (!this.#ready) return undefined;
    const request: RangeRequest = { table: c.table, start: c.start, end: c.end, encoding };
    return (this.#pool.run(request) as Promise<unknown>).then(
      (o): Outcome => (o instanceof Uint8Array || isFailure(o) ? o : asFailure(new Error('unexpected task result'))),
      asFailure,
    );
  }
}
