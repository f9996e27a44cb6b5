import { createRoute } from '@hono/zod-openapi';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { HealthSchema, PublicConfigSchema } from '../schemas/system-schemas.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Database and migration status; 503 when the store is not usable',
  responses: {
    200: { description: 'healthy', content: { 'application/json': { schema: HealthSchema } } },
    503: { description: 'unhealthy', content: { 'application/json': { schema: HealthSchema } } },
  },
});

const configRoute = createRoute({
  method: 'get',
  path: '/api/config',
  tags: ['system'],
  summary: 'Limits, defaults and whether AI features are enabled (and with which model)',
  responses: { 200: { description: 'the public configuration', content: { 'application/json': { schema: PublicConfigSchema } } } },
});

/** GET /api/health and GET /api/config. */
export function registerSystemRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(healthRoute, async (c) => {
    const h = await deps.store.health().catch(() => ({ ok: false, kind: deps.store.kind, migrations: { applied: [], pending: [] } }));
    const body = { ok: h.ok, database: { kind: h.kind, ok: h.ok }, migrations: { applied: [...h.migrations.applied], pending: [...h.migrations.pending] }, jobs: deps.runner.counts };
    return h.ok ? c.json(body, 200) : c.json(body, 503);
  });
  app.openapi(configRoute, (c) => {
    const { maxRowsPerTable, defaultNumRecords, maxBodyBytes, maxPageRows, concurrency, aiEnabled, model } = deps.config;
    return c.json({ maxRowsPerTable, defaultNumRecords, maxBodyBytes, maxPageRows, concurrency, aiEnabled, model }, 200);
  });
}
