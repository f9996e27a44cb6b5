/** Which temporal type a `SqlTemporal` holds. */
export type SqlTemporalKind = 'date' | 'time' | 'timestamp';

/**
 * A date, time or timestamp as a number: days since 1970-01-01 (date), seconds since
 * midnight (time) or milliseconds since the epoch, UTC (timestamp).
 */
export interface SqlTemporal {
  readonly temporal: SqlTemporalKind;
  readonly value: number;
}

/**
 * A typed cell as the validator's CHECK evaluator sees it. Numbers of every numeric
 * type are JS numbers (int64 beyond 2^53 loses precision here, not in key checks).
 */
export type SqlValue = null | number | string | boolean | Uint8Array | SqlTemporal | readonly SqlValue[];

/** Type guard for temporal values. */
export function isTemporal(v: SqlValue): v is SqlTemporal {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

/** A text cell that does not fit its column type. */
export class CellProblem {
  constructor(
    readonly rule: 'type' | 'length' | 'precision' | 'enum',
    readonly message: string,
  ) {}
}

/** Parses a text cell into a typed value, or explains why it does not fit. */
export type CellParser = (text: string) => SqlValue | CellProblem;
