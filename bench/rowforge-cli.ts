/**
 * Rowforge through its command line, in a child process: the whole cost a user sees
 * (Node start, tsx, module loading, parse, plan, generate, write). The child's peak RSS is
 * read by a preloaded hook that prints process.resourceUsage().maxRSS on exit.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { directorySize } from './fs-util.js';

export type CliResult =
  | { readonly status: 'ok'; readonly seconds: number; readonly bytes: number; readonly files: number; readonly maxRssKiB: number | null; readonly args: readonly string[] }
  | { readonly status: 'skipped' | 'failed'; readonly reason: string; readonly args: readonly string[] };

const MARK = 'ROWFORGE_BENCH_MAXRSS=';
const HOOK =
  'data:text/javascript,import fs from "node:fs";' +
  `process.on("exit",()=>fs.writeSync(2,"\\n${MARK}"+process.resourceUsage().maxRSS+"\\n"));`;

export async function measureCli(
  repoRoot: string,
  ddlPath: string,
  rowsPerTable: number,
  outDir: string,
): Promise<CliResult> {
  const bin = path.join(repoRoot, 'packages/cli/bin/rowforge.js');
  const args = ['generate', ddlPath, '--rows', String(rowsPerTable), '--seed', '1',
    '--format', 'csv', '--target', 'postgres', '--out', outDir];
  if (!fs.existsSync(bin)) return { status: 'skipped', reason: `${path.relative(repoRoot, bin)} not found`, args };
  const start = process.hrtime.bigint();
  const { code, signal, stderr } = await run(process.execPath, ['--import', HOOK, bin, ...args], repoRoot);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = new RegExp(`${MARK}(\\d+)`).exec(stderr)?.[1];
  if (code !== 0) {
    const lines = stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith(MARK));
    const last = lines.find((l) => /error/i.test(l)) ?? lines.at(-1) ?? '';
    const how = code === null ? `signal ${signal ?? '?'}` : `exit ${code}`;
    return { status: 'failed', reason: `${how}: ${last.trim()}`, args };
  }
  const { bytes, files } = directorySize(outDir);
  return { status: 'ok', seconds, bytes, files, maxRssKiB: rss === undefined ? null : Number(rss), args };
}

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

function run(cmd: string, args: string[], cwd: string): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, CI: 'true' } });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-64 * 1024);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stderr }));
  });
}
