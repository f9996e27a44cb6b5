/**
 * Bench part (e), the child: one `generateToDirectory` run (restaurants, CSV, no validation,
 * ROWFORGE_BENCH_WORKERS workers, default 2) at `--total N` rows, then `{ rows, seconds, maxRssKiB }` as JSON on stdout.
 * Run as a fresh process so the peak RSS is this run's alone (worker threads included).
 *
 *   node --import tsx bench/rss-child.ts --total 1000000 --ddl FILE --out DIR
 */
import fs from 'node:fs';
import { loadCore, measureLibrary } from './rowforge-library.js';

function arg(name: string): string {
  const i = process.argv.indexOf(name);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`rss-child needs ${name}`);
  return v;
}

const core = await loadCore();
const ddl = fs.readFileSync(arg('--ddl'), 'utf8');
const total = Number(arg('--total'));
const rowsPerTable = Math.ceil(total / 7);
const r = await measureLibrary(core, { label: 'rss', ddl, rowsPerTable, outDir: arg('--out'), workers: Number(process.env['ROWFORGE_BENCH_WORKERS'] ?? 2) });
process.stdout.write(`${JSON.stringify({ rows: r.rows, seconds: r.seconds, maxRssKiB: process.resourceUsage().maxRSS, workers: r.workers })}\n`);
