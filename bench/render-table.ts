import type { LimitResult } from './csv-limit.js';
import type { CliResult } from './rowforge-cli.js';
import type { LibraryResult } from './rowforge-library.js';

interface Rss {
  readonly rssAfterLimit: number;
  readonly rssAfterLibrary: number;
}

const n0 = (x: number) => Math.round(x).toLocaleString('en-US');
const f2 = (x: number) => x.toFixed(2);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The printed summary: one line per measurement, then the ratio and peak RSS. */
export function renderTable(limit: LimitResult, lib: LibraryResult, cli: CliResult, rss: Rss): string {
  const limitRate = limit.rows / limit.seconds;
  const limitBps = limit.bytes / limit.seconds;
  const row = (name: string, rows: number, bytes: number, s: number) => [
    name, n0(rows), mb(bytes), f2(s), n0(rows / s), mb(bytes / s), pct(rows / s / limitRate), pct(bytes / s / limitBps),
  ];
  const rows: string[][] = [
    ['measurement', 'rows', 'MB', 'seconds', 'rows/s', 'MB/s', 'rows/s vs limit', 'MB/s vs limit'],
    row('CSV limit (8 cols, byte writer)', limit.rows, limit.bytes, limit.seconds),
    row('Rowforge library (csv, postgres)', lib.rows, lib.bytes, lib.seconds),
  ];
  if (cli.status === 'ok') rows.push(row('Rowforge CLI (child process)', lib.rows, cli.bytes, cli.seconds));
  const lines = align(rows);
  if (cli.status !== 'ok') lines.push(`Rowforge CLI: ${cli.status} (${cli.reason})`);
  const ratio = lib.rows / lib.seconds / limitRate;
  lines.push(
    '',
    `ratio Rowforge / limit = ${ratio.toFixed(3)} (rows/s): Rowforge runs at ${pct(ratio)} of this machine's CSV-writing ceiling`,
    `library phases: parse ${f2(lib.phases.parse)} s, plan ${f2(lib.phases.plan)} s, generate+write ${f2(lib.phases.generateAndWrite)} s; ${lib.files} files`,
    `peak RSS (this process): ${mb(rss.rssAfterLimit * 1024)} MB after the limit, ${mb(rss.rssAfterLibrary * 1024)} MB after the library run` +
      (cli.status === 'ok' && cli.maxRssKiB !== null ? `; CLI child ${mb(cli.maxRssKiB * 1024)} MB` : ''),
  );
  return lines.join('\n');
}

function align(rows: readonly string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r, i) => {
    const cells = r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)));
    const line = cells.join('  ');
    return i === 0 ? `${line}\n${'-'.repeat(line.length)}` : line;
  });
}
