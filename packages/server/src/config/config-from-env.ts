import { RowforgeError } from '@rowforge/core';
import type { ServerConfigInput } from './server-config.js';

/** The environment variables `rowforge serve` reads, and the setting each one fills. */
export const CONFIG_ENV = {
  ROWFORGE_PORT: 'port',
  ROWFORGE_HOST: 'host',
  ROWFORGE_MAX_ROWS_PER_TABLE: 'maxRowsPerTable',
  ROWFORGE_DEFAULT_NUM_RECORDS: 'defaultNumRecords',
  ROWFORGE_MAX_BODY_BYTES: 'maxBodyBytes',
  ROWFORGE_CORS_ORIGINS: 'corsOrigins',
  ROWFORGE_CONCURRENCY: 'concurrency',
  ROWFORGE_MAX_QUEUED_JOBS: 'maxQueuedJobs',
  ROWFORGE_MAX_CONCURRENT_EXPORTS: 'maxConcurrentExports',
  ROWFORGE_SHUTDOWN_TIMEOUT_MS: 'shutdownTimeoutMs',
} as const;

type EnvName = keyof typeof CONFIG_ENV;

function envNumber(name: EnvName, text: string): number {
  if (!/^\d+$/.test(text.trim())) throw new RowforgeError('USAGE', `${name} must be a whole number, got "${text}"`, { variable: name });
  return Number(text);
}

function envValue(name: EnvName, text: string): unknown {
  if (name === 'ROWFORGE_HOST') return text;
  if (name === 'ROWFORGE_CORS_ORIGINS') return text.split(',').map((s) => s.trim()).filter((s) => s !== '');
  return envNumber(name, text);
}

/**
 * Reads the `ROWFORGE_*` server settings from an environment; unset variables are left out
 * so defaults (or flags) apply. Validate the result with `resolveServerConfig`.
 */
export function configFromEnv(env: NodeJS.ProcessEnv): ServerConfigInput {
  const out: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(CONFIG_ENV) as [EnvName, string][]) {
    const text = env[name];
    if (text !== undefined && text !== '') out[key] = envValue(name, text);
  }
  return out;
}
