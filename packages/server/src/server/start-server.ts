import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Store } from '@rowforge/store';
import { createApp } from '../app/create-app.js';
import type { ServerConfigInput } from '../config/server-config.js';
import { SHUTDOWN_REASON } from '../jobs/job-runner.js';

/** The reason a job left unfinished by a crash or `kill -9` gets when the server starts again. */
export const CRASH_REASON = 'the server stopped (crashed or was killed) while this job was unfinished; submit it again';

export interface StartServerOptions {
  readonly store: Store;
  readonly config?: ServerConfigInput;
  /** Shut down gracefully on SIGINT and SIGTERM (default true). */
  readonly handleSignals?: boolean;
}

export interface RunningServer {
  /** The address actually listened on (port 0 picks a free port). */
  readonly url: string;
  readonly port: number;
  /** Jobs of an earlier run found unfinished at start-up and marked failed. */
  readonly recoveredJobs: number;
  /** Stops accepting connections, lets running jobs finish (up to the configured timeout), marks the rest failed. */
  shutdown(): Promise<void>;
  /** Resolves once the server has shut down (by `shutdown()` or a signal). */
  readonly closed: Promise<void>;
}

function listen(fetch: (req: Request) => Response | Promise<Response>, port: number, hostname: string): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, (info: AddressInfo) => resolve({ server, port: info.port }));
    server.once('error', reject);
  });
}

function closeServer(server: ServerType): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    if ('closeIdleConnections' in server) server.closeIdleConnections();
  });
}

/**
 * Starts `rowforge serve`: marks jobs a crashed earlier run left unfinished as failed, then
 * listens. Shutdown stops taking connections, lets running jobs finish up to
 * `shutdownTimeoutMs`, then marks unfinished jobs failed; the store stays open (the caller owns it).
 *
 * @example
 * ```ts
 * const server = await startServer({ store: await openStore(), config: { port: 4000 } })
 * console.log(`listening on ${server.url}`)
 * await server.closed
 * ```
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const recoveredJobs = await options.store.jobs.failUnfinished(CRASH_REASON);
  const { app, deps } = createApp(options);
  const { server, port } = await listen(app.fetch, deps.config.port, deps.config.host);
  let finish: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => { finish = resolve; });
  let stopping: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    stopping ??= (async () => {
      const closing = closeServer(server);
      await deps.runner.shutdown(deps.config.shutdownTimeoutMs);
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closing;
      finish();
    })();
    return stopping;
  };
  if (options.handleSignals ?? true) for (const s of ['SIGINT', 'SIGTERM'] as const) process.once(s, () => void shutdown());
  const host = deps.config.host.includes(':') ? `[${deps.config.host}]` : deps.config.host;
  return { url: `http://${host}:${port}`, port, recoveredJobs, shutdown, closed };
}

export { SHUTDOWN_REASON };
