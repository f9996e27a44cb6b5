import { z } from 'zod';

/** Default port of `rowforge serve` (the port seed 001's UI talks to). */
export const DEFAULT_PORT = 4000;

/**
 * Everything `rowforge serve` can be told, validated. Defaults are safe for a laptop: loopback
 * only, no CORS, 1 MiB bodies, 100,000 rows per table, two generations at a time.
 */
export const ServerConfigSchema = z.object({
  port: z.number().int().min(0).max(65_535).default(DEFAULT_PORT),
  host: z.string().min(1).default('127.0.0.1'),
  /** Largest row count any one table of a generation may ask for. */
  maxRowsPerTable: z.number().int().positive().default(100_000),
  /** Rows per table when a request gives no `numRecords`. */
  defaultNumRecords: z.number().int().positive().default(100),
  /** Largest request body, in bytes (uploads included). */
  maxBodyBytes: z.number().int().positive().default(1_048_576),
  /** Origins allowed to call the API from a browser; empty means no CORS headers at all. */
  corsOrigins: z.array(z.string().min(1)).default([]),
  /** Generations that run at once; the rest wait in the queue. */
  concurrency: z.number().int().min(1).max(64).default(2),
  /** Jobs that may wait in the queue; beyond that POST /api/generate answers 503 with Retry-After. */
  maxQueuedJobs: z.number().int().min(1).max(100_000).default(100),
  /** ZIP exports that run at once; beyond that the export answers 503 with Retry-After. */
  maxConcurrentExports: z.number().int().min(1).max(64).default(2),
  /** Jobs still waiting or running this long after a shutdown signal are marked failed. */
  shutdownTimeoutMs: z.number().int().nonnegative().default(10_000),
  /** Largest `limit` of a table page and of `includeData` per table. */
  maxPageRows: z.number().int().positive().default(1000),
  /** AI features (plain-English schemas, edits by feedback) are not available yet. */
  aiEnabled: z.literal(false).default(false),
  model: z.null().default(null),
}).strict();

export type ServerConfig = z.output<typeof ServerConfigSchema>;
export type ServerConfigInput = z.input<typeof ServerConfigSchema>;
