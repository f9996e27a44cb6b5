import { createRoute } from '@hono/zod-openapi';
import { RowforgeError } from '@rowforge/core';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { requireDataset } from '../app/lookups.js';
import { IdParamsSchema } from '../schemas/common-schemas.js';

const modifyRoute = createRoute({
  method: 'post',
  path: '/api/datasets/{id}/modify',
  tags: ['ai'],
  summary: 'Edit a dataset by textual feedback (not available yet: answers 501)',
  request: { params: IdParamsSchema },
  responses: { ...errorResponses(400, 404, 501) },
});

const describeRoute = createRoute({
  method: 'post',
  path: '/api/v1/generate',
  tags: ['ai'],
  summary: 'Generate from a plain-English description (not available yet: answers 501)',
  responses: { ...errorResponses(501) },
});

function notYet(what: string, instead: string): RowforgeError {
  return new RowforgeError('NOT_IMPLEMENTED', `${what} needs the AI features, which are not available in this version of rowforge serve; ${instead}`, { aiEnabled: false, instead });
}

/** The AI endpoints: declared so clients can find them, answering 501 until the AI work lands. */
export function registerAiRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(modifyRoute, async (c) => {
    await requireDataset(deps.store, c.req.valid('param').id);
    throw notYet('editing a dataset by textual feedback', 'generate again with POST /api/generate and a changed schema, numRecords or perTableRowCounts');
  });
  app.openapi(describeRoute, () => {
    throw notYet('generating from a plain-English description', 'POST a DDL or schema JSON to /api/generate');
  });
}
