import { ErrorCodes, type ErrorCode } from '@rowforge/core';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Codes whose HTTP status is not their category's. */
const BY_CODE: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  PROJECT_NOT_FOUND: 404,
  DATASET_NOT_FOUND: 404,
  DATASET_TABLE_NOT_FOUND: 404,
  JOB_NOT_FOUND: 404,
  FILE_NOT_FOUND: 400,
  PROJECT_EXISTS: 409,
  ROW_LIMIT_EXCEEDED: 422,
  NOT_IMPLEMENTED: 501,
  STORE_UNAVAILABLE: 503,
};

/** Every other code by its category: the caller's mistake is 4xx, ours is 5xx. */
const BY_CATEGORY = {
  input: 400,
  usage: 400,
  validation: 422,
  generation: 422,
  output: 500,
  internal: 500,
} as const satisfies Record<(typeof ErrorCodes)[ErrorCode], ContentfulStatusCode>;

/**
 * The one place an error code becomes an HTTP status.
 *
 * @example
 * ```ts
 * httpStatusFor('DATASET_NOT_FOUND') // 404
 * httpStatusFor('DDL_SYNTAX')        // 400
 * ```
 */
export function httpStatusFor(code: ErrorCode): ContentfulStatusCode {
  return BY_CODE[code] ?? BY_CATEGORY[ErrorCodes[code]];
}
