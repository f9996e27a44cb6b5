import { OpenAPIHono } from '@hono/zod-openapi';
import { swaggerUI } from '@hono/swagger-ui';
import type { Store } from '@rowforge/store';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { resolveServerConfig } from '../config/resolve-server-config.js';
import type { ServerConfigInput } from '../config/server-config.js';
import { errorResponse, toErrorResponse } from '../errors/error-response.js';
import { validationHook } from '../errors/validation-hook.js';
import { ExportSlots } from '../export/export-slots.js';
import { JobHub } from '../jobs/job-hub.js';
import { JobRunner } from '../jobs/job-runner.js';
import { registerAiRoutes } from '../routes/ai-routes.js';
import { registerDatasetRoutes } from '../routes/dataset-routes.js';
import { registerExportRoutes } from '../routes/export-routes.js';
import { registerGenerateRoutes } from '../routes/generate-routes.js';
import { registerJobRoutes } from '../routes/job-routes.js';
import { registerProjectRoutes } from '../routes/project-routes.js';
import { registerSystemRoutes } from '../routes/system-routes.js';
import { registerTableRoutes } from '../routes/table-routes.js';
import { registerUploadRoutes } from '../routes/upload-routes.js';
import type { ApiApp, AppDeps } from './app-deps.js';
import { OPENAPI_INFO } from './openapi-info.js';

export interface CreateAppOptions {
  readonly store: Store;
  readonly config?: ServerConfigInput;
}

/** The app and what shuts it down: the job runner. */
export interface RowforgeApp {
  readonly app: ApiApp;
  readonly deps: AppDeps;
}

/** CORS first, so every answer a browser gets (a 413 from the body limit included) carries its headers. */
function useGuards(app: ApiApp, deps: AppDeps): void {
  const origins = deps.config.corsOrigins;
  if (origins.length > 0) app.use('/api/*', cors({ origin: origins.includes('*') ? '*' : origins, exposeHeaders: ['Location', 'Retry-After'] }));
  const max = deps.config.maxBodyBytes;
  app.use('/api/*', bodyLimit({ maxSize: max, onError: (c) => errorResponse(c, 'REQUEST_INVALID', `the request body is larger than this server's limit of ${max} bytes`, { maxBodyBytes: max }, 413) }));
}

function useErrors(app: ApiApp): void {
  app.onError(toErrorResponse);
  app.notFound((c) => errorResponse(c, 'REQUEST_INVALID', `no route ${c.req.method} ${c.req.path}; the API is described at /openapi.json`, undefined, 404));
}

function registerRoutes(app: ApiApp, deps: AppDeps): void {
  registerGenerateRoutes(app, deps);
  registerJobRoutes(app, deps);
  registerDatasetRoutes(app, deps);
  registerTableRoutes(app, deps);
  registerExportRoutes(app, deps);
  registerUploadRoutes(app);
  registerProjectRoutes(app, deps);
  registerSystemRoutes(app, deps);
  registerAiRoutes(app, deps);
  app.doc('/openapi.json', OPENAPI_INFO);
  app.get('/docs', swaggerUI({ url: '/openapi.json', title: 'Rowforge API' }));
}

/**
 * Builds the Rowforge API over a store: every route validated with zod and described in the
 * OpenAPI document (/openapi.json, interactive at /docs), errors as `{ error: { code,
 * message, details } }`, generation in an in-process job runner. No socket is opened: test it
 * with `app.request()`, serve it with `startServer`.
 *
 * @example
 * ```ts
 * const { app } = createApp({ store, config: { maxRowsPerTable: 5000 } })
 * const res = await app.request('/api/health')
 * ```
 */
export function createApp(options: CreateAppOptions): RowforgeApp {
  const config = resolveServerConfig(options.config);
  const hub = new JobHub();
  const deps: AppDeps = { store: options.store, config, hub, runner: new JobRunner(options.store, hub, config.concurrency, config.maxQueuedJobs), exports: new ExportSlots(config.maxConcurrentExports) };
  const app: ApiApp = new OpenAPIHono({ defaultHook: validationHook });
  useErrors(app);
  useGuards(app, deps);
  registerRoutes(app, deps);
  return { app, deps };
}
