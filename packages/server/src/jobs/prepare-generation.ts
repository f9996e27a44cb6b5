import { loadParsers, parseSchema, planFor, RowforgeError, unsafeExpressions, type ParseResult, type Plan, type Schema } from '@rowforge/core';
import type { ServerConfig } from '../config/server-config.js';
import type { GenerateInput } from '../schemas/generate-schemas.js';
import type { GenerationRequest } from './generation-request.js';

async function readSchemaInput(input: GenerateInput): Promise<ParseResult> {
  const text = typeof input.schema === 'string' ? input.schema : JSON.stringify(input.schema);
  const dialect = typeof input.schema === 'string' ? input.dialect : 'json';
  if (dialect !== 'json') await loadParsers();
  return parseSchema(text, { dialect, file: 'schema' });
}

function checkRows(table: string, rows: number, max: number): void {
  if (rows <= max) return;
  throw new RowforgeError('ROW_LIMIT_EXCEEDED', `${table} asks for ${rows} rows; this server allows at most ${max} per table`, { table, rows, maxRowsPerTable: max, hint: 'lower numRecords / perTableRowCounts, or start the server with a higher --max-rows-per-table' });
}

function checkRequestedRows(input: GenerateInput, config: ServerConfig): void {
  checkRows('numRecords (every table)', input.numRecords ?? config.defaultNumRecords, config.maxRowsPerTable);
  for (const [table, rows] of Object.entries(input.perTableRowCounts ?? {})) checkRows(`table "${table}"`, rows, config.maxRowsPerTable);
}

function checkRowCaps(plan: Plan, max: number): void {
  for (const [table, tp] of Object.entries(plan.tables)) checkRows(`table "${table}"`, tp.rows, max);
}

const PART_LABEL = { raw: 'raw SQL', function: 'function', cast: 'cast to type' } as const;

/**
 * Refuses CHECK expressions that would send arbitrary SQL to the store's database: raw SQL in a
 * JSON schema (DDL raw text was accepted by the SQL parser), unknown functions, odd cast types.
 */
function checkExpressionsSafe(schema: Schema, dialect: string): void {
  const unsafe = unsafeExpressions(schema, { allowRaw: dialect !== 'json' });
  const first = unsafe[0];
  if (first === undefined) return;
  const where = `table "${first.table}", constraint "${first.constraint}"`;
  throw new RowforgeError('SCHEMA_INVALID', `${where}: ${PART_LABEL[first.part]} ${JSON.stringify(first.text)} is not allowed in a CHECK on this server`, {
    issues: unsafe.map((u) => ({ table: u.table, constraint: u.constraint, part: u.part, text: u.text })),
    hint: 'use column references, literals, operators and ordinary SQL functions (length, lower, coalesce, …) in CHECK expressions',
  });
}

function defaultName(schema: Schema): string {
  const names = schema.tables.map((t) => t.name);
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;
}

/**
 * Everything about a generation that can fail because of the request, checked before the job
 * is queued: the schema parses, the plan is valid, no table exceeds the row cap.
 *
 * @throws RowforgeError `DDL_SYNTAX` (with line and column), `SCHEMA_INVALID`,
 *   `PLAN_CONTRADICTS_SCHEMA` (unknown table in perTableRowCounts), `ROW_LIMIT_EXCEEDED`, …
 */
export async function prepareGeneration(input: GenerateInput, config: ServerConfig): Promise<GenerationRequest> {
  checkRequestedRows(input, config);
  const { schema, dialect, warnings } = await readSchemaInput(input);
  checkExpressionsSafe(schema, dialect);
  const plan = planFor(schema, {
    rows: input.numRecords ?? config.defaultNumRecords,
    ...(input.perTableRowCounts ? { rowsFor: input.perTableRowCounts } : {}),
    ...(input.seed !== undefined ? { seed: input.seed } : {}),
    ...(input.referenceDate ? { referenceDate: input.referenceDate } : {}),
  });
  checkRowCaps(plan, config.maxRowsPerTable);
  return { project: input.project, name: input.name ?? defaultName(schema), schema, plan, dialect, warnings };
}
