/**
 * @module @rowforge/server
 * `rowforge serve`: the REST API over the Rowforge store, with its OpenAPI document, live
 * progress as Server-Sent Events, and an in-process job runner.
 *
 * @example
 * ```ts
 * import { createApp, startServer } from '@rowforge/server'
 *
 * const { app } = createApp({ store })                 // test with app.request('/api/health')
 * const server = await startServer({ store, config: { port: 4000 } })
 * ```
 */
export { createApp, type CreateAppOptions, type RowforgeApp } from './app/create-app.js';
export type { ApiApp, AppDeps } from './app/app-deps.js';
export { startServer, CRASH_REASON, SHUTDOWN_REASON, type RunningServer, type StartServerOptions } from './server/start-server.js';
export { ServerConfigSchema, DEFAULT_PORT, type ServerConfig, type ServerConfigInput } from './config/server-config.js';
export { resolveServerConfig } from './config/resolve-server-config.js';
export { configFromEnv, CONFIG_ENV } from './config/config-from-env.js';
export { GENERATION_EVENTS, type GenerationEventName } from './jobs/generation-events.js';
export { ErrorBodySchema, type ErrorBody } from './errors/error-body.js';
export { httpStatusFor } from './errors/http-status.js';
