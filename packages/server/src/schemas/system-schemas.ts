import { z } from '@hono/zod-openapi';

export const HealthSchema = z.object({
  ok: z.boolean(),
  database: z.object({ kind: z.enum(['pglite', 'postgres']), ok: z.boolean() }),
  migrations: z.object({ applied: z.array(z.string()), pending: z.array(z.string()) }),
  jobs: z.object({ running: z.number().int(), queued: z.number().int() }),
}).openapi('Health');

export const PublicConfigSchema = z.object({
  maxRowsPerTable: z.number().int(),
  defaultNumRecords: z.number().int(),
  maxBodyBytes: z.number().int(),
  maxPageRows: z.number().int(),
  concurrency: z.number().int(),
  aiEnabled: z.boolean(),
  model: z.string().nullable(),
}).openapi('Config');
