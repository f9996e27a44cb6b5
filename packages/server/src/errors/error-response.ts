import { isRowforgeError, type ErrorCode } from '@rowforge/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorBody } from './error-body.js';
import { httpStatusFor } from './http-status.js';
import { sqlDataException } from './sql-data-exception.js';

/** Answers with the error body; the status is the code's unless `status` says otherwise. */
export function errorResponse(c: Context, code: ErrorCode, message: string, details?: Readonly<Record<string, unknown>>, status?: ContentfulStatusCode): Response {
  return c.json(errorBody(code, message, details), status ?? httpStatusFor(code));
}

function fromHttpException(c: Context, e: HTTPException): Response {
  const status = e.status;
  const code: ErrorCode = status >= 500 ? 'INTERNAL' : 'REQUEST_INVALID';
  return errorResponse(c, code, e.message || 'bad request', undefined, status);
}

/** A PostgreSQL data exception (SQLSTATE class 22, e.g. 22021 NUL in text) is the request's fault: 400. */
function fromDataException(c: Context, e: unknown): Response | undefined {
  const data = sqlDataException(e);
  if (data === undefined) return undefined;
  return errorResponse(c, 'REQUEST_INVALID', `the database refused a value in the request (SQLSTATE ${data.sqlState}): ${data.message}`, { sqlState: data.sqlState }, 400);
}

/**
 * Turns anything thrown by a handler into the error JSON: Rowforge errors keep their code
 * and details, Hono's HTTP exceptions (malformed JSON, 415) their status, PostgreSQL data
 * exceptions (SQLSTATE class 22) are 400; anything else is a bug, logged on the server and
 * answered with 500 and no stack.
 */
export function toErrorResponse(e: unknown, c: Context): Response {
  const retryAfter = isRowforgeError(e) ? e.details['retryAfterSeconds'] : undefined;
  if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter));
  if (isRowforgeError(e) && httpStatusFor(e.code) < 500) return errorResponse(c, e.code, e.message, e.details);
  const data = fromDataException(c, e);
  if (data) return data;
  if (isRowforgeError(e)) return errorResponse(c, e.code, e.message, e.details);
  if (e instanceof HTTPException) return fromHttpException(c, e);
  console.error(`rowforge serve: internal error on ${c.req.method} ${c.req.path}:`, e);
  return errorResponse(c, 'INTERNAL', 'internal server error; the server log has the details');
}
