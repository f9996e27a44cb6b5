/**
 * A job's progress 0..1 over the passes of every row it makes: generate-and-validate, then save
 * into the store (two passes, each half the bar); or one pass that validates as the store loads.
 * `crossedTenth` says when a table crossed another tenth.
 */
export class ProgressMeter {
  readonly #done: Map<string, number>[];

  constructor(private readonly totalRows: number, private readonly passes: 1 | 2 = 2) {
    this.#done = Array.from({ length: passes }, () => new Map<string, number>());
  }

  /** Records `rowsDone` of `table` in pass 0 or 1 (0 only, with one pass); returns the overall progress. */
  record(pass: 0 | 1, table: string, rowsDone: number): number {
    const done = this.#done[pass] as Map<string, number>;
    done.set(table, rowsDone);
    let sum = 0;
    for (const n of done.values()) sum += n;
    const share = this.totalRows === 0 ? 1 : sum / this.totalRows;
    return Math.min(1, (pass + share) / this.passes);
  }
}

/** True when `rowsDone` is the last row or crossed a tenth of `rowCount` since `previous`. */
export function crossedTenth(previous: number, rowsDone: number, rowCount: number): boolean {
  if (rowsDone >= rowCount) return true;
  return Math.floor((rowsDone * 10) / rowCount) > Math.floor((previous * 10) / rowCount);
}
