import { createRoute, z } from '@hono/zod-openapi';
import type { Dataset } from '@rowforge/store';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { requireDataset } from '../app/lookups.js';
import { exportDataset, exportSourceOf } from '../export/export-dataset.js';
import { IdParamsSchema } from '../schemas/common-schemas.js';

const exportRoute = createRoute({
  method: 'get',
  path: '/api/datasets/{id}/export',
  tags: ['datasets'],
  summary: 'The dataset as a ZIP of CSVs, with schema.sql, manifest.json and schema.json (passes `rowforge validate`)',
  request: { params: IdParamsSchema },
  responses: {
    200: { description: 'a ZIP archive', content: { 'application/zip': { schema: z.string().openapi({ format: 'binary' }) } } },
    ...errorResponses(400, 404, 503),
  },
});

function fileName(name: string, id: string): string {
  const base = name.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'dataset';
  return `${base}-${id.slice(0, 8)}.zip`;
}

/** Records the export (with where its rows come from), then builds the stream; the slot is freed if either fails. */
async function auditThenExport(deps: AppDeps, d: Dataset, release: () => void): Promise<ReadableStream<Uint8Array>> {
  try {
    await deps.store.audit.record({ project: d.project, action: 'export', datasetId: d.id, details: { format: 'zip', source: exportSourceOf(d) } });
    return await exportDataset(deps.store, d, release);
  } catch (e) {
    release();
    throw e;
  }
}

/** GET /api/datasets/{id}/export (audited as `export`; at most `maxConcurrentExports` at once, else 503). */
export function registerExportRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(exportRoute, async (c) => {
    const d = await requireDataset(deps.store, c.req.valid('param').id);
    const release = deps.exports.acquire();
    const zip = await auditThenExport(deps, d, release);
    c.header('Content-Type', 'application/zip');
    c.header('Content-Disposition', `attachment; filename="${fileName(d.name, d.id)}"`);
    return c.body(zip, 200);
  });
}
