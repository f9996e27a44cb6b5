import Tinypool from 'tinypool';
import { isRowforgeError } from '../../errors/index.js';
import { generate } from '../../engine/generate.js';
import type { GeneratedData } from '../../schema/index.js';
import { encodeRows } from '../../sinks/output/encode-rows.js';
import type { RangeFailure, RangeRequest, RangeWorkerData, WarmRequest } from './range-protocol.js';

let run: GeneratedData | undefined;

/** The run this worker serves, compiled once from the pool's `workerData` (schema and plan). */
function generated(): GeneratedData {
  if (run) return run;
  const data = Tinypool.workerData as RangeWorkerData | undefined;
  if (!data?.schema || !data.plan) throw new Error('rowforge range worker started without a schema and plan');
  run = generate(data.schema, data.plan);
  return run;
}

function failure(e: unknown): RangeFailure {
  if (isRowforgeError(e)) return { failed: true, code: e.code, message: e.message, details: { ...e.details } };
  return { failed: true, code: 'WORKER_FAILED', message: e instanceof Error ? e.message : String(e), details: {} };
}

/** Compiles the run and makes the first row of every table, so lazy data (ZIP table, names) is loaded. */
function warm(): Uint8Array {
  for (const t of generated().tables) if (t.rowCount > 0) t.eachRow?.({ start: 0, end: 1 }, () => undefined);
  return new Uint8Array(0);
}

/**
 * One task: rows [start, end) of one table, encoded as the sinks encode them. The bytes are
 * moved (not copied) back to the main thread; a failure comes back as data, so the main
 * thread rethrows the same typed error.
 */
export default function encodeRange(request: RangeRequest | WarmRequest): Uint8Array | RangeFailure {
  try {
    if ('warm' in request) return warm();
    const run = generated();
    const table = run.tables.find((t) => t.table.name === request.table);
    if (!table) throw new Error(`no table "${request.table}" in this run`);
    const { bytes } = encodeRows(table, request.encoding, { start: request.start, end: request.end }, run.order);
    return Tinypool.move(bytes) as Uint8Array;
  } catch (e) {
    return failure(e);
  }
}
