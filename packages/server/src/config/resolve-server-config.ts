import { RowforgeError } from '@rowforge/core';
import type { z } from 'zod';
import { ServerConfigSchema, type ServerConfig, type ServerConfigInput } from './server-config.js';

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '<config>'}: ${i.message}`).join('; ');
}

/**
 * Validates a server configuration and fills in the defaults.
 *
 * @throws RowforgeError `USAGE` naming every invalid setting.
 * @example
 * ```ts
 * const config = resolveServerConfig({ port: 0, maxRowsPerTable: 5000 })
 * ```
 */
export function resolveServerConfig(input: ServerConfigInput = {}): ServerConfig {
  const r = ServerConfigSchema.safeParse(input);
  if (r.success) return r.data;
  throw new RowforgeError('USAGE', `invalid server configuration: ${describeIssues(r.error)}`, {
    issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  });
}
