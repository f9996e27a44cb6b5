/** Bench part (e): peak RSS of a whole run at 10^6 and 10^7 rows, each in its own child process. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface RssResult {
  readonly rows: number;
  readonly seconds: number;
  readonly maxRssKiB: number;
  readonly workers?: number;
}

/** One child run at `total` rows with `workers` worker threads (1: in the child's own thread). */
export async function measureRss(repoRoot: string, ddlPath: string, total: number, outDir: string, workers = 2): Promise<RssResult> {
  const child = path.join(repoRoot, 'bench', 'rss-child.ts');
  const args = ['--import', 'tsx', child, '--total', String(total), '--ddl', ddlPath, '--out', outDir];
  const { code, stdout, stderr } = await run(process.execPath, args, repoRoot, workers);
  fs.rmSync(outDir, { recursive: true, force: true });
  if (code !== 0) throw new Error(`rss child (${total} rows) failed: ${stderr.trim().split('\n').at(-1) ?? ''}`);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as RssResult;
}

function run(cmd: string, args: string[], cwd: string, workers: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ROWFORGE_BENCH_WORKERS: String(workers) } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => { stdout += c; });
    child.stderr.setEncoding('utf8').on('data', (c: string) => { stderr = (stderr + c).slice(-16_384); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
