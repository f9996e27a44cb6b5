import { Option } from 'commander';
import type { CommandContext } from '../../command-context.js';
import { parseCount } from '../../options.js';
import type { ServeFlags } from './serve-command.js';

const SERVE_HELP = `
Settings come from flags, then ROWFORGE_PORT, ROWFORGE_HOST, ROWFORGE_MAX_ROWS_PER_TABLE,
ROWFORGE_DEFAULT_NUM_RECORDS, ROWFORGE_MAX_BODY_BYTES, ROWFORGE_CORS_ORIGINS (comma-separated),
ROWFORGE_CONCURRENCY, ROWFORGE_MAX_QUEUED_JOBS (default 100), ROWFORGE_MAX_CONCURRENT_EXPORTS
(default 2) and ROWFORGE_SHUTDOWN_TIMEOUT_MS. The store is PGlite under ROWFORGE_HOME
(default ~/.rowforge), or the PostgreSQL server in DATABASE_URL.

Examples:
  rowforge serve                                  # http://127.0.0.1:4000, docs at /docs
  rowforge serve --port 8080 --cors-origin http://localhost:3000
  DATABASE_URL=postgres://postgres@127.0.0.1/rowforge rowforge serve --host 0.0.0.0`;

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Registers `rowforge serve`; the server loads only when it runs. */
export function registerServeCommands(ctx: CommandContext): void {
  ctx.program.command('serve').description('serve the REST API (OpenAPI at /openapi.json, docs at /docs) over the Rowforge store')
    .addOption(new Option('--port <n>', 'port to listen on; 0 picks a free one (default 4000)').argParser(parseCount('--port')))
    .option('--host <host>', 'interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)')
    .option('--max-rows-per-table <n>', 'largest row count one table may ask for (default 100000)', parseCount('--max-rows-per-table'))
    .option('--max-body-bytes <n>', 'largest request body (default 1048576)', parseCount('--max-body-bytes'))
    .option('--cors-origin <origin>', 'allow browser calls from this origin (repeatable; * for any)', collect)
    .option('--concurrency <n>', 'generations that run at once (default 2)', parseCount('--concurrency'))
    .option('--shutdown-timeout <ms>', 'on SIGINT/SIGTERM, how long running jobs may finish before being marked failed (default 10000)', parseCount('--shutdown-timeout'))
    .addHelpText('after', SERVE_HELP)
    .action(async (flags: ServeFlags) => ctx.run((await import('./serve-command.js')).serveCommand(flags, ctx.io)));
}
