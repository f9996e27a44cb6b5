import type { Hook } from '@hono/zod-openapi';
import type { Env } from 'hono';
import type { ZodError } from 'zod';
import { errorResponse } from './error-response.js';

/** Where a failed field was: `body.numRecords`, `query.limit`, `param.id`. */
function fieldPath(target: string, path: readonly PropertyKey[]): string {
  const where = target === 'json' || target === 'form' ? 'body' : target;
  return [where, ...path.map(String)].join('.');
}

/** Zod issues as `{ path, message }`, one per failing field. */
export function fieldIssues(target: string, error: ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: fieldPath(target, i.path), message: i.message }));
}

/**
 * zod-openapi's `defaultHook`: a request that fails its route's schemas gets 400
 * `REQUEST_INVALID` naming every bad field.
 */
export const validationHook: Hook<unknown, Env, string, unknown> = (result, c) => {
  if (result.success) return undefined;
  const issues = fieldIssues(result.target, result.error);
  const summary = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ');
  return errorResponse(c, 'REQUEST_INVALID', `invalid request: ${summary}`, { issues });
};
