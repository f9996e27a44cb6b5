import { createRoute } from '@hono/zod-openapi';
import { RowforgeError } from '@rowforge/core';
import type { Job } from '@rowforge/store';
import type { ApiApp, AppDeps } from '../app/app-deps.js';
import { errorResponses } from '../app/error-responses.js';
import { requireProject } from '../app/lookups.js';
import type { GenerationRequest } from '../jobs/generation-request.js';
import { SHUTDOWN_REASON } from '../jobs/job-runner.js';
import { prepareGeneration } from '../jobs/prepare-generation.js';
import { GenerateAcceptedSchema, GenerateFormSchema, GenerateJsonSchema, type GenerateForm, type GenerateInput } from '../schemas/generate-schemas.js';
import { generateInputFromForm } from './generate-input.js';

const generateRoute = createRoute({
  method: 'post',
  path: '/api/generate',
  tags: ['generation'],
  summary: 'Queue a generation (JSON or a multipart upload); follow it at /api/jobs/{id}',
  request: {
    body: {
      content: {
        'application/json': { schema: GenerateJsonSchema },
        'multipart/form-data': { schema: GenerateFormSchema },
      },
    },
  },
  responses: {
    202: { description: 'queued', content: { 'application/json': { schema: GenerateAcceptedSchema } } },
    ...errorResponses(400, 404, 413, 415, 422),
  },
});

/** Which body the request sent; anything but JSON or a multipart form is refused. */
function bodyKind(contentType: string | undefined): 'json' | 'form' {
  if (/^application\/json/i.test(contentType ?? '')) return 'json';
  if (/^multipart\/form-data/i.test(contentType ?? '')) return 'form';
  throw new RowforgeError('REQUEST_INVALID', 'send the generation request as application/json or multipart/form-data', { issues: [{ path: 'body', message: 'Required' }] });
}

/** A shutdown that began while the row was being created fails the job rather than orphaning it. */
function submitOrFail(deps: AppDeps, job: Job, request: GenerationRequest): void {
  try {
    deps.runner.submit(job.id, request);
  } catch (e) {
    void deps.store.jobs.update(job.id, { state: 'failed', error: SHUTDOWN_REASON }).catch(() => undefined);
    throw e;
  }
}

/** Creates the job row only once the runner has a queue slot for it (503 when full or stopping). */
async function queueJob(deps: AppDeps, project: string, request: GenerationRequest): Promise<Job> {
  const release = deps.runner.reserve();
  try {
    const job = await deps.store.jobs.create({ project });
    submitOrFail(deps, job, request);
    return job;
  } finally {
    release();
  }
}

/** POST /api/generate: validate, parse and plan on the request path; generate in the job runner. */
export function registerGenerateRoutes(app: ApiApp, deps: AppDeps): void {
  app.openapi(generateRoute, async (c) => {
    const input = bodyKind(c.req.header('content-type')) === 'json' ? (c.req.valid('json') as GenerateInput) : await generateInputFromForm(c.req.valid('form') as GenerateForm);
    await requireProject(deps.store, input.project);
    const request = await prepareGeneration(input, deps.config);
    const job = await queueJob(deps, input.project, request);
    const status = `/api/jobs/${job.id}`;
    c.header('Location', status);
    return c.json({ jobId: job.id, status, events: `${status}/events` }, 202);
  });
}
