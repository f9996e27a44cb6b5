/**
 * `npm run bench`: Rowforge's CSV throughput next to the CSV-writing limit of this machine,
 * measured in one process and one run. See bench/README.md for how to read the ratio.
 *
 *   npm run bench [-- --total N] [-- --no-cli]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureCsvLimit, type LimitResult } from './csv-limit.js';
import { machineInfo } from './machine.js';
import { measureCli, type CliResult } from './rowforge-cli.js';
import { BenchSetupError, loadCore, measureLibrary, message, type LibraryResult } from './rowforge-library.js';
import { renderTable } from './render-table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ddlPath = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'ddl', 'restaurants.ddl');

interface Options {
  readonly total: number;
  readonly cli: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const i = argv.indexOf('--total');
  const total = i >= 0 ? Number(argv[i + 1]) : 1_000_000;
  if (!Number.isInteger(total) || total < 1) throw new BenchSetupError('--total needs a positive integer');
  return { total, cli: !argv.includes('--no-cli') };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(ddlPath)) throw new BenchSetupError(`fixture not found: ${ddlPath}`);
  const ddl = fs.readFileSync(ddlPath, 'utf8');
  const machine = machineInfo(repoRoot);
  const startedAt = new Date();
  console.log(`Rowforge bench ${startedAt.toISOString()} on ${machine.host}: ${machine.cpuModel}, ` +
    `${machine.cores} cores, ${gib(machine.totalMemoryBytes)} GiB, Node ${machine.node}`);
  return withTempDir(async (tmp) => {
    const { limit, rssAfterLimit } = runLimit(tmp, options.total);
    const { library, cli, rssAfterLibrary } = await runRowforge(tmp, ddl, options);
    console.log(renderTable(limit, library, cli, { rssAfterLimit, rssAfterLibrary }));
    const file = writeResults({ startedAt, machine, options, limit, library, cli, rssAfterLimit, rssAfterLibrary });
    console.log(`results: ${path.relative(process.cwd(), file)}`);
    return cli.status === 'failed' ? 1 : 0;
  });
}

/** Runs fn with a fresh temp directory that is removed afterwards, also on Ctrl-C. */
async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rowforge-bench-'));
  const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  try {
    return await fn(tmp);
  } finally {
    cleanup();
    process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
  }
}

function runLimit(tmp: string, total: number): { limit: LimitResult; rssAfterLimit: number } {
  const dir = mkdir(tmp, 'limit');
  measureCsvLimit(dir, Math.min(100_000, total)); // JIT warm-up, not timed
  const limit = measureCsvLimit(dir, total);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`CSV limit: ${n0(limit.rows / limit.seconds)} rows/s ` +
    `(${n0(limit.rows)} rows, ${(limit.bytes / 1e6).toFixed(1)} MB in ${limit.seconds.toFixed(2)} s)`);
  return { limit, rssAfterLimit: process.resourceUsage().maxRSS };
}

async function runRowforge(tmp: string, ddl: string, options: Options) {
  const core = await loadCore();
  const tables = await countTables(core.parseSchema.bind(core), ddl);
  const rowsPerTable = Math.ceil(options.total / tables);
  console.log(`"${n0(options.total)} rows" = the total over the ${tables} tables of restaurants.ddl: ` +
    `--rows ${n0(rowsPerTable)} per table; rows/s = total rows written / seconds.`);
  const library = await measureLibrary(core, ddl, rowsPerTable, path.join(tmp, 'library', 'out'));
  fs.rmSync(path.join(tmp, 'library'), { recursive: true, force: true });
  const rssAfterLibrary = process.resourceUsage().maxRSS;
  const cli: CliResult = options.cli
    ? await measureCli(repoRoot, ddlPath, rowsPerTable, path.join(mkdir(tmp, 'cli'), 'out'))
    : { status: 'skipped', reason: '--no-cli', args: [] };
  return { library, cli, rssAfterLibrary };
}

async function countTables(parse: (text: string) => unknown, ddl: string): Promise<number> {
  const parsed = (await parse(ddl)) as { schema?: { tables?: unknown } } | null;
  const tables = parsed?.schema?.tables;
  if (!Array.isArray(tables) || tables.length === 0) {
    throw new BenchSetupError('parseSchema(ddl) did not return { schema: { tables: [...] } }');
  }
  return tables.length;
}

interface Results {
  readonly startedAt: Date;
  readonly machine: ReturnType<typeof machineInfo>;
  readonly options: Options;
  readonly limit: LimitResult;
  readonly library: LibraryResult;
  readonly cli: CliResult;
  readonly rssAfterLimit: number;
  readonly rssAfterLibrary: number;
}

function writeResults(r: Results): string {
  const dir = mkdir(repoRoot, 'bench', 'results');
  const host = r.machine.host.replace(/[^\w.-]+/g, '_');
  const file = path.join(dir, `${r.startedAt.toISOString().slice(0, 10)}-${host}.json`);
  const limitRate = r.limit.rows / r.limit.seconds;
  const libraryRate = r.library.rows / r.library.seconds;
  const body = {
    startedAt: r.startedAt.toISOString(),
    machine: r.machine,
    coreModule: process.env['ROWFORGE_BENCH_CORE'] ?? '@rowforge/core',
    interpretation: `total of ${r.options.total} rows over ${r.library.tables} tables (${r.library.rowsPerTable} per table)`,
    limit: { ...r.limit, rowsPerSecond: limitRate, bytesPerSecond: r.limit.bytes / r.limit.seconds },
    library: { ...r.library, rowsPerSecond: libraryRate, bytesPerSecond: r.library.bytes / r.library.seconds },
    cli: r.cli.status === 'ok'
      ? { ...r.cli, rowsPerSecond: r.library.rows / r.cli.seconds, bytesPerSecond: r.cli.bytes / r.cli.seconds }
      : r.cli,
    ratio: { rows: libraryRate / limitRate, bytes: r.library.bytes / r.library.seconds / (r.limit.bytes / r.limit.seconds) },
    maxRssKiB: { afterLimit: r.rssAfterLimit, afterLibrary: r.rssAfterLibrary },
  };
  const tmpFile = file.replace(/\.json$/, '.tmp.json');
  fs.writeFileSync(tmpFile, `${JSON.stringify(body, null, 2)}\n`);
  fs.renameSync(tmpFile, file);
  return file;
}

function mkdir(...parts: string[]): string {
  const dir = path.join(...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

function n0(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function gib(bytes: number): string {
  return (bytes / 2 ** 30).toFixed(1);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`bench: ${message(err)}`);
    if (!(err instanceof BenchSetupError) && err instanceof Error && err.stack) console.error(err.stack);
    process.exitCode = 1;
  },
);
