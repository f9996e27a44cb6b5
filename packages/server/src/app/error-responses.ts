import { ErrorBodySchema } from '../errors/error-body.js';

const DESCRIPTIONS = {
  400: 'the request is invalid (field-level messages in `details.issues`)',
  404: 'no such resource',
  409: 'the resource already exists',
  413: 'the request body is too large',
  415: 'unsupported content type',
  422: 'the request asks for more than the server allows',
  501: 'not implemented yet',
  503: 'the store is unavailable',
} as const;

type ErrorStatus = keyof typeof DESCRIPTIONS;

/** OpenAPI `responses` entries for the error statuses a route can answer with. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]): Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorBodySchema } } }> {
  const out = {} as Record<S, { description: string; content: { 'application/json': { schema: typeof ErrorBodySchema } } }>;
  for (const s of statuses) out[s] = { description: DESCRIPTIONS[s], content: { 'application/json': { schema: ErrorBodySchema } } };
  return out;
}
