import type { Value } from '../schema/index.js';
import { Rng } from './rng.js';
import { RowLocation } from './row-location.js';

/** Per-row scratch state shared by a row's cells: one location, one person, the values so far. */
export class RowContext {
  row = 0;
  attempt = 0;
  readonly rng = new Rng(0, 0);
  readonly values: Value[];
  /** The row's location once a cell has drawn it (see `locationOf`). */
  location: RowLocation | undefined;
  readonly #location = new RowLocation();
  sex: 'female' | 'male' | undefined;

  constructor(width: number) {
    this.values = new Array<Value>(width).fill(null);
  }

  /** Points the context at a new row (or a redraw attempt of it). */
  start(row: number, attempt: number): void {
    this.row = row;
    this.attempt = attempt;
    if (attempt === 0) {
      this.location = undefined;
      this.sex = undefined;
    }
  }

  /** The row's one US location, drawn in stream `key` on first use in this row. */
  locationIn(key: number): RowLocation {
    this.location ??= this.#location.moveTo(key, this.row);
    return this.location;
  }

  /** The cell's random source: stream `key`, this row, draws offset by the attempt. */
  rngFor(key: number): Rng {
    return this.rng.reset(key, this.row, this.attempt * 256);
  }
}

/** Computes one cell of the current row. */
export type CellFn = (ctx: RowContext) => Value;
