import { compileErrors, validate } from '@readme/openapi-parser';
import { createApp } from '@rowforge/server';
import type { OpenAPIV3 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { memoryStore } from '../../packages/server/src/testing/memory-store.js';

const DOC_ROUTES = new Set(['GET /openapi.json', 'GET /docs']);
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/** Every route the app answers (middleware left out), as `METHOD /path/{param}`. */
function servedRoutes(app: ReturnType<typeof createApp>['app']): string[] {
  const routes = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:([A-Za-z_]+)/g, '{$1}')}`);
  return [...new Set(routes)].filter((r) => !DOC_ROUTES.has(r)).sort();
}

function documentedRoutes(doc: OpenAPIV3.Document): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => METHODS.filter((m) => item?.[m] !== undefined).map((m) => `${m.toUpperCase()} ${path}`)).sort();
}

describe('the OpenAPI document', () => {
  const { app } = createApp({ store: memoryStore() });

  it('is valid OpenAPI 3', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as OpenAPIV3.Document;
    expect(doc.openapi).toMatch(/^3\./);
    const result = await validate(structuredClone(doc));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('lists exactly the routes the server serves', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as OpenAPIV3.Document;
    expect(documentedRoutes(doc)).toEqual(servedRoutes(app));
    expect(servedRoutes(app)).toEqual(expect.arrayContaining([
      'POST /api/generate', 'GET /api/jobs/{id}', 'GET /api/jobs/{id}/events', 'GET /api/datasets', 'GET /api/datasets/{id}',
      'GET /api/datasets/{id}/export', 'GET /api/datasets/{id}/tables/{table}', 'DELETE /api/datasets/{id}', 'POST /api/upload',
      'GET /api/health', 'GET /api/config', 'POST /api/projects', 'GET /api/projects', 'GET /api/projects/{name}/transactions',
      'POST /api/datasets/{id}/modify', 'POST /api/v1/generate',
    ]));
  });

  it('serves interactive docs at /docs that load the document', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/swagger-ui[\s\S]*\/openapi\.json/);
  });

  it('describes every 4xx and 501 response with the one error shape', async () => {
    const doc = (await (await app.request('/openapi.json')).json()) as OpenAPIV3.Document;
    const errors = Object.values(doc.paths).flatMap((item) => METHODS.flatMap((m) => Object.entries(item?.[m]?.responses ?? {})))
      .filter(([status]) => (Number(status) >= 400 && Number(status) < 500) || status === '501');
    expect(errors.length).toBeGreaterThan(20);
    for (const [, response] of errors) expect(JSON.stringify(response)).toContain('#/components/schemas/Error');
  });
});
