import { Rng } from './rng.js';
import { skipStreetAddress, streetAddress, usPlace, type UsLocation } from './semantic/index.js';

/**
 * The row's one US location, the same as `usLocation` draws from the stream (key, row), but
 * drawn in parts as cells read them: state and place first, the street and then the area
 * code only when a cell asks (a table with city and state columns never builds a street line).
 * One instance per row context, re-pointed at each row without allocating.
 */
export class RowLocation implements UsLocation {
  readonly country = 'United States';
  readonly #rng = new Rng(0, 0);
  #key = 0;
  #row = -1;
  #city = '';
  #state = '';
  #stateName = '';
  #zip = '';
  #areaCodes: readonly string[] = [];
  #afterPlace = 0;
  #afterStreet = 0;
  #afterAreaCode = 0;
  #street: string | undefined;
  #areaCode: string | undefined;

  /** Draws the state and place of `row` in stream `key`; street and area code wait. */
  moveTo(key: number, row: number): this {
    const { state, place } = usPlace(this.#rng.reset(key, row, 0));
    this.#key = key;
    this.#row = row;
    this.#city = place.city;
    this.#zip = place.zip;
    this.#state = state.code;
    this.#stateName = state.name;
    this.#areaCodes = state.areaCodes;
    this.#afterPlace = this.#rng.drawn;
    this.#street = this.#areaCode = undefined;
    return this;
  }

  get city(): string { return this.#city; }
  get state(): string { return this.#state; }
  get stateName(): string { return this.#stateName; }
  get zip(): string { return this.#zip; }

  get street(): string {
    return this.#street ?? this.#drawStreet();
  }

  /** Drawn after the street, as `usLocation` does, so both give the same code. */
  get areaCode(): string {
    if (this.#areaCode === undefined) {
      if (this.#street === undefined) this.#skipStreet();
      this.#areaCode = this.#rng.reset(this.#key, this.#row, this.#afterStreet).pick(this.#areaCodes);
      this.#afterAreaCode = this.#rng.drawn;
    }
    return this.#areaCode;
  }

  /**
   * The location's stream, pointed at the draw after the area code: where a cell that drew the
   * row's location through one shared random source (as every cell did before this class) went
   * on drawing. The phone cell needs it to keep generator version 1's bytes.
   */
  streamAfterAreaCode(): Rng {
    void this.areaCode;
    return this.#rng.reset(this.#key, this.#row, this.#afterAreaCode);
  }

  /** Where the street's draws end, without the street (drawn later if a cell asks). */
  #skipStreet(): void {
    skipStreetAddress(this.#rng.reset(this.#key, this.#row, this.#afterPlace));
    this.#afterStreet = this.#rng.drawn;
  }

  #drawStreet(): string {
    this.#street = streetAddress(this.#rng.reset(this.#key, this.#row, this.#afterPlace));
    this.#afterStreet = this.#rng.drawn;
    return this.#street;
  }
}
