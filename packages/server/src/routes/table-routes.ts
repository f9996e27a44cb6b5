import { createRoute } from '@hono/zod-openapi';
import { RowforgeError } from '@rowforge/core';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { pageView } from '../app/dataset-views.js';
import { errorResponses } from '../app/error-responses.js';
import { requireDataset, requireTable } from '../app/lookups.js';
import { PageQuerySchema, TableParamsSchema, TablePageSchema } from '../schemas/dataset-schemas.js';

const pageRoute = createRoute({
  method: 'get',
  path: '/api/datasets/{id}/tables/{table}',
  tags: ['datasets'],
  summary: 'A page of one table\'s rows (cells as text, NULL as null)',
  request: { params: TableParamsSchema, query: PageQuerySchema },
  responses: {
    200: { description: 'the page', content: { 'application/json': { schema: TablePageSchema } } },
    ...errorResponses(400, 404),
  },
});

function checkLimit(limit: number, max: number): void {
  if (limit <= max) return;
  throw new RowforgeError('REQUEST_INVALID', `invalid request: query.limit: at most ${max} rows per page`, { issues: [{ path: 'query.limit', message: `Too big: expected at most ${max}` }] });
}

/** GET /api/datasets/{id}/tables/{table}?offset&limit: preview pages. */
export function registerTableRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(pageRoute, async (c) => {
    const { id, table } = c.req.valid('param');
    const { offset, limit } = c.req.valid('query');
    checkLimit(limit, deps.config.maxPageRows);
    const d = await requireDataset(deps.store, id);
    const t = requireTable(d, table);
    return c.json(pageView(await deps.store.datasets.page(d.id, t.name, offset, limit)), 200);
  });
}
