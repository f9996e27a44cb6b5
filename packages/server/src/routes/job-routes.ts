import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { requireJob } from '../app/lookups.js';
import { IdParamsSchema } from '../schemas/common-schemas.js';
import { EventsHeadersSchema, JobSchema } from '../schemas/job-schemas.js';
import { streamJobEvents } from '../sse/stream-job-events.js';

const getJobRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}',
  tags: ['generation'],
  summary: 'A generation job: state, progress 0..1, the dataset when completed, the reason when failed',
  request: { params: IdParamsSchema },
  responses: {
    200: { description: 'the job', content: { 'application/json': { schema: JobSchema } } },
    ...errorResponses(400, 404),
  },
});

const jobEventsRoute = createRoute({
  method: 'get',
  path: '/api/jobs/{id}/events',
  tags: ['generation'],
  summary: 'Live progress as Server-Sent Events (generation:start … generation:complete | generation:error); resumable with Last-Event-ID',
  request: { params: IdParamsSchema, headers: EventsHeadersSchema },
  responses: {
    200: { description: 'an event stream that ends after generation:complete or generation:error', content: { 'text/event-stream': { schema: z.string() } } },
    ...errorResponses(400, 404),
  },
});

/** GET /api/jobs/{id} and its event stream. */
export function registerJobRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(getJobRoute, async (c) => {
    const job = await requireJob(deps.store, c.req.valid('param').id);
    return c.json({ ...job }, 200);
  });
  app.openapi(jobEventsRoute, async (c) => {
    const job = await requireJob(deps.store, c.req.valid('param').id);
    const after = Number(c.req.valid('header')['last-event-id'] ?? 0);
    return streamJobEvents(c, deps, job.id, after);
  });
}
