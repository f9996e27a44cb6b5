/** One task of a run: rows [start, end) of a table. */
export interface Chunk {
  readonly table: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A fixed sequence of chunks whose work is started up to `window` chunks ahead of the
 * reader and taken strictly in order. `start` may decline (return undefined): the chunk is
 * offered again on the next fill, and `take` hands back undefined if it never started.
 */
export class ReadAhead<T> {
  readonly key: string;
  readonly #chunks: readonly Chunk[];
  readonly #window: number;
  readonly #start: (c: Chunk) => T | undefined;
  readonly #started: (T | undefined)[] = [];
  #read = 0;

  constructor(key: string, chunks: readonly Chunk[], window: number, start: (c: Chunk) => T | undefined) {
    this.key = key;
    this.#chunks = chunks;
    this.#window = Math.max(1, window);
    this.#start = start;
  }

  /** True when the next chunk to read is (table, start) of this sequence's `key`. */
  isAt(key: string, table: string, start: number): boolean {
    const next = this.#chunks[this.#read];
    return this.key === key && next !== undefined && next.table === table && next.start === start;
  }

  /** The next chunk to read, without taking it. */
  peek(): Chunk | undefined {
    return this.#chunks[this.#read];
  }

  /** Starts what the window allows and takes the next chunk's work (undefined: not started). */
  take(): T | undefined {
    this.#fill();
    const i = this.#read++;
    const work = this.#started[i];
    this.#started[i] = undefined;
    this.#fill();
    return work;
  }

  #fill(): void {
    const last = Math.min(this.#chunks.length, this.#read + this.#window);
    for (let i = this.#read; i < last; i++) this.#started[i] ??= this.#start(this.#chunks[i] as Chunk);
  }
}
