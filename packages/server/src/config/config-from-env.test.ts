import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config-from-env.js';
import { resolveServerConfig } from './resolve-server-config.js';

describe('server configuration', () => {
  it('has safe defaults: loopback, port 4000, no CORS, AI off', () => {
    expect(resolveServerConfig()).toMatchObject({ host: '127.0.0.1', port: 4000, corsOrigins: [], aiEnabled: false, model: null, maxRowsPerTable: 100_000 });
  });

  it('reads ROWFORGE_* variables, with comma-separated CORS origins', () => {
    const env = { ROWFORGE_PORT: '8080', ROWFORGE_CORS_ORIGINS: 'http://a.test, http://b.test', ROWFORGE_MAX_ROWS_PER_TABLE: '5000', ROWFORGE_HOST: '0.0.0.0' };
    expect(resolveServerConfig(configFromEnv(env))).toMatchObject({ port: 8080, host: '0.0.0.0', corsOrigins: ['http://a.test', 'http://b.test'], maxRowsPerTable: 5000 });
  });

  it('refuses a setting that is not a number, or out of range, naming it', () => {
    expect(() => configFromEnv({ ROWFORGE_CONCURRENCY: 'lots' })).toThrow(/ROWFORGE_CONCURRENCY must be a whole number/);
    expect(() => resolveServerConfig({ port: 70_000 })).toThrow(/port/);
    expect(() => resolveServerConfig({ concurrency: 0 })).toThrow(/concurrency/);
  });
});
