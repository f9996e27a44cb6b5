import type { ErrorCode } from '../../errors/index.js';
import type { Plan } from '../../plan/index.js';
import type { RowEncoding, Schema } from '../../schema/index.js';

/** What every worker of a run's pool starts with (tinypool `workerData`). */
export interface RangeWorkerData {
  readonly schema: Schema;
  readonly plan: Plan;
}

/** Sent once per worker when the pool starts: load everything a task needs, return no bytes. */
export interface WarmRequest {
  readonly warm: true;
}

/** One task: rows [start, end) of `table`, encoded as `encoding`. */
export interface RangeRequest {
  readonly table: string;
  readonly start: number;
  readonly end: number;
  readonly encoding: RowEncoding;
}

/** A task that failed in the worker, as plain data (errors lose their class crossing threads). */
export interface RangeFailure {
  readonly failed: true;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}
