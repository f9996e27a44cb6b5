import { z } from '@hono/zod-openapi';
import type { ErrorCode } from '@rowforge/core';

/** The one JSON shape every failed request answers with. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string().openapi({ example: 'DATASET_NOT_FOUND', description: 'a stable Rowforge error code' }),
    message: z.string().openapi({ example: 'no dataset with id "4f0c…"' }),
    details: z.record(z.string(), z.unknown()).optional().openapi({ description: 'what and where, e.g. `position: {line, column}` or `issues: [{path, message}]`' }),
  }),
}).openapi('Error');

export type ErrorBody = z.infer<typeof ErrorBodySchema>;

/** Builds an error body; `details` is left out when empty. */
export function errorBody(code: ErrorCode, message: string, details?: Readonly<Record<string, unknown>>): ErrorBody {
  const hasDetails = details !== undefined && Object.keys(details).length > 0;
  return { error: { code, message, ...(hasDetails ? { details: { ...details } } : {}) } };
}
