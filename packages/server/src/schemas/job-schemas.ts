import { z } from '@hono/zod-openapi';

export const JobSchema = z.object({
  id: z.string(),
  project: z.string(),
  state: z.enum(['queued', 'running', 'completed', 'failed']),
  progress: z.number().min(0).max(1).openapi({ description: '0..1' }),
  datasetId: z.string().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
}).openapi('Job');

export const EventsHeadersSchema = z.object({
  'last-event-id': z.string().regex(/^\d{1,9}$/, 'Last-Event-ID is the number (1 to 9 digits) of the last event received').optional()
    .openapi({ description: 'resume after this event (sent by EventSource on reconnect)' }),
});
