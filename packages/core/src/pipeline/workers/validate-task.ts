import type { Schema } from '../../schema/index.js';
import { tableFirstPass, type TableFirstPass, type TablePassRequest } from '../../validation/index.js';

/** One validation task: the schema and the table to read. */
export interface ValidateTaskRequest {
  readonly schema: Schema;
  readonly request: TablePassRequest;
}

/** A worker's share of `validateInWorkers`: reads one table's file (its key fingerprints come back as typed arrays). */
export default function validateTask({ schema, request }: ValidateTaskRequest): Promise<TableFirstPass> {
  return tableFirstPass(schema, request);
}
