import { createRoute } from '@hono/zod-openapi';
import type { Dataset, Store } from '@rowforge/store';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { datasetDetail, datasetSummary } from '../app/dataset-views.js';
import { errorResponses } from '../app/error-responses.js';
import { requireDataset, requireProject } from '../app/lookups.js';
import { IdParamsSchema } from '../schemas/common-schemas.js';
import { DatasetDetailSchema, DatasetListQuerySchema, DatasetListSchema, IncludeDataQuerySchema } from '../schemas/dataset-schemas.js';

const listRoute = createRoute({
  method: 'get',
  path: '/api/datasets',
  tags: ['datasets'],
  summary: 'Every stored dataset with its row counts, in creation order',
  request: { query: DatasetListQuerySchema },
  responses: {
    200: { description: 'the datasets', content: { 'application/json': { schema: DatasetListSchema } } },
    ...errorResponses(400, 404),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/datasets/{id}',
  tags: ['datasets'],
  summary: 'One dataset: metadata, schema, plan and validation report; the first rows of every table with ?includeData=true',
  request: { params: IdParamsSchema, query: IncludeDataQuerySchema },
  responses: {
    200: { description: 'the dataset', content: { 'application/json': { schema: DatasetDetailSchema } } },
    ...errorResponses(400, 404),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/api/datasets/{id}',
  tags: ['datasets'],
  summary: 'Delete a dataset and its rows (audited)',
  request: { params: IdParamsSchema },
  responses: {
    204: { description: 'deleted' },
    ...errorResponses(400, 404),
  },
});

async function tableData(store: Store, d: Dataset, limit: number) {
  const out: Record<string, { columns: string[]; rows: (string | null)[][]; total: number; truncated: boolean }> = {};
  for (const t of d.schema.tables) {
    const page = await store.datasets.page(d.id, t.name, 0, limit);
    out[t.name] = { columns: [...page.columns], rows: page.rows.map((r) => [...r]), total: page.total, truncated: page.total > page.rows.length };
  }
  return out;
}

/** GET /api/datasets, GET and DELETE /api/datasets/{id}. */
export function registerDatasetRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(listRoute, async (c) => {
    const { project } = c.req.valid('query');
    if (project !== undefined) await requireProject(deps.store, project);
    const list = await deps.store.datasets.list(project === undefined ? {} : { project });
    return c.json({ datasets: list.map(datasetSummary) }, 200);
  });
  app.openapi(getRoute, async (c) => {
    const d = await requireDataset(deps.store, c.req.valid('param').id);
    const data = c.req.valid('query').includeData === 'true' ? await tableData(deps.store, d, deps.config.maxPageRows) : undefined;
    return c.json({ ...datasetDetail(d), ...(data ? { data } : {}) }, 200);
  });
  app.openapi(deleteRoute, async (c) => {
    const d = await requireDataset(deps.store, c.req.valid('param').id);
    await deps.store.datasets.delete(d.id);
    return c.body(null, 204);
  });
}
