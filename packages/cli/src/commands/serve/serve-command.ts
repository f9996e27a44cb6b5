import { ExitCodes } from '@rowforge/core';
import { configFromEnv, resolveServerConfig, startServer, type ServerConfig, type ServerConfigInput } from '@rowforge/server';
import { openStore } from '@rowforge/store';
import type { Io } from '../../io.js';

/** `rowforge serve` flags; unset ones fall back to ROWFORGE_* variables, then defaults. */
export interface ServeFlags {
  readonly port?: number;
  readonly host?: string;
  readonly maxRowsPerTable?: number;
  readonly maxBodyBytes?: number;
  readonly corsOrigin?: readonly string[];
  readonly concurrency?: number;
  readonly shutdownTimeout?: number;
}

function flagConfig(f: ServeFlags): ServerConfigInput {
  const entries = Object.entries({
    port: f.port, host: f.host, maxRowsPerTable: f.maxRowsPerTable, maxBodyBytes: f.maxBodyBytes,
    corsOrigins: f.corsOrigin ? [...f.corsOrigin] : undefined, concurrency: f.concurrency, shutdownTimeoutMs: f.shutdownTimeout,
  });
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** Store connections: every running job and export holds one, plus requests and headroom (at least 20). */
function poolSizeFor(config: ServerConfig): number {
  return Math.max(20, config.concurrency + config.maxConcurrentExports + 5);
}

/**
 * `rowforge serve`: opens the store (PGlite under ROWFORGE_HOME, or DATABASE_URL), marks
 * jobs a crashed run left unfinished as failed, serves the API until SIGINT/SIGTERM, then
 * shuts down gracefully and closes the store.
 */
export async function serveCommand(flags: ServeFlags, io: Io): Promise<number> {
  const config = resolveServerConfig({ ...configFromEnv(process.env), ...flagConfig(flags) });
  const store = await openStore({ poolSize: poolSizeFor(config) });
  try {
    const server = await startServer({ store, config });
    if (server.recoveredJobs > 0) io.err(`rowforge serve: marked ${server.recoveredJobs} unfinished job(s) of an earlier run as failed`);
    io.out(`rowforge serve: listening on ${server.url} (store: ${store.kind}; API docs at ${server.url}/docs)`);
    await server.closed;
    io.out('rowforge serve: stopped');
    return ExitCodes.ok;
  } finally {
    await store.close();
  }
}
