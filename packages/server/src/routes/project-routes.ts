import { createRoute } from '@hono/zod-openapi';
import { RowforgeError } from '@rowforge/core';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { requireProject } from '../app/lookups.js';
import { ProjectParamsSchema } from '../schemas/common-schemas.js';
import { NewProjectSchema, ProjectListSchema, ProjectSchema, TransactionListSchema } from '../schemas/project-schemas.js';

const createProjectRoute = createRoute({
  method: 'post',
  path: '/api/projects',
  tags: ['projects'],
  summary: 'Create a project (names are unique)',
  request: { body: { content: { 'application/json': { schema: NewProjectSchema } }, required: true } },
  responses: {
    201: { description: 'created', content: { 'application/json': { schema: ProjectSchema } } },
    ...errorResponses(400, 409, 413, 415),
  },
});

const listProjectsRoute = createRoute({
  method: 'get',
  path: '/api/projects',
  tags: ['projects'],
  summary: 'Every project',
  responses: { 200: { description: 'the projects', content: { 'application/json': { schema: ProjectListSchema } } } },
});

const transactionsRoute = createRoute({
  method: 'get',
  path: '/api/projects/{name}/transactions',
  tags: ['projects'],
  summary: 'A project\'s audit log: create, generate, export, delete …',
  request: { params: ProjectParamsSchema },
  responses: {
    200: { description: 'the audit entries, oldest first', content: { 'application/json': { schema: TransactionListSchema } } },
    ...errorResponses(400, 404),
  },
});

/** POST and GET /api/projects, GET /api/projects/{name}/transactions. */
export function registerProjectRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(createProjectRoute, async (c) => {
    const body = c.req.valid('json');
    if (await deps.store.projects.get(body.name)) throw new RowforgeError('PROJECT_EXISTS', `a project named "${body.name}" already exists`, { project: body.name });
    const project = await deps.store.projects.create({ name: body.name, ...(body.description === undefined ? {} : { description: body.description }) });
    return c.json({ ...project }, 201);
  });
  app.openapi(listProjectsRoute, async (c) => {
    const projects = await deps.store.projects.list();
    return c.json({ projects: projects.map((p) => ({ ...p })) }, 200);
  });
  app.openapi(transactionsRoute, async (c) => {
    const project = await requireProject(deps.store, c.req.valid('param').name);
    const entries = await deps.store.audit.list(project.name);
    return c.json({ project: project.name, transactions: entries.map((e) => ({ ...e, details: { ...e.details } })) }, 200);
  });
}
