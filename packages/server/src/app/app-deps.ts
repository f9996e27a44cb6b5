import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '@rowforge/store';
import type { ServerConfig } from '../config/server-config.js';
import type { ExportSlots } from '../export/export-slots.js';
import type { JobHub } from '../jobs/job-hub.js';
import type { JobRunner } from '../jobs/job-runner.js';

/** What every route file gets: the store, the validated config, the job runner and its hub, the export slots. */
export interface AppDeps {
  readonly store: Store;
  readonly config: ServerConfig;
  readonly runner: JobRunner;
  readonly hub: JobHub;
  readonly exports: ExportSlots;
}

/** The application type routes register on. */
export type ApiApp = OpenAPIHono;
