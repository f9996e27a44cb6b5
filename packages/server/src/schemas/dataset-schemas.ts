import { z } from '@hono/zod-openapi';
import { IdSchema, RowCountsSchema, TextSchema } from './common-schemas.js';

export const ValidationSummarySchema = z.object({ ok: z.boolean(), violationCount: z.number().int() }).openapi('ValidationSummary');

export const DatasetSummarySchema = z.object({
  id: z.string(),
  project: z.string(),
  name: z.string(),
  seed: z.string(),
  generatorVersion: z.string(),
  rowCounts: RowCountsSchema,
  totalRows: z.number().int(),
  validation: ValidationSummarySchema.nullable(),
  createdAt: z.string(),
}).openapi('DatasetSummary');

export const DatasetListSchema = z.object({ datasets: z.array(DatasetSummarySchema) }).openapi('DatasetList');

export const TableDataSchema = z.object({
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string().nullable())),
  total: z.number().int(),
  truncated: z.boolean().openapi({ description: 'true when the table has more rows than were included (page through /tables/{table})' }),
}).openapi('TableData');

export const DatasetDetailSchema = DatasetSummarySchema.extend({
  schema: z.record(z.string(), z.unknown()).openapi({ description: 'the Rowforge schema JSON' }),
  plan: z.record(z.string(), z.unknown()).openapi({ description: 'the generation plan' }),
  report: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'the full validation report' }),
  data: z.record(z.string(), TableDataSchema).optional().openapi({ description: 'with ?includeData=true: the first rows of every table' }),
}).openapi('DatasetDetail');

export const IncludeDataQuerySchema = z.object({
  includeData: z.enum(['true', 'false']).optional().openapi({ param: { name: 'includeData', in: 'query' } }),
});

export const DatasetListQuerySchema = z.object({
  project: TextSchema.optional().openapi({ param: { name: 'project', in: 'query' }, description: 'only this project\'s datasets' }),
});

export const TableParamsSchema = z.object({
  id: IdSchema.openapi({ param: { name: 'id', in: 'path' } }),
  table: TextSchema.min(1).openapi({ param: { name: 'table', in: 'path' }, example: 'authors' }),
});

export const PageQuerySchema = z.object({
  offset: z.coerce.number().int().nonnegative().default(0).openapi({ param: { name: 'offset', in: 'query' } }),
  limit: z.coerce.number().int().positive().default(100).openapi({ param: { name: 'limit', in: 'query' }, description: 'at most the server\'s maxPageRows' }),
});

export const TablePageSchema = z.object({
  table: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string().nullable())),
  offset: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
}).openapi('TablePage');
