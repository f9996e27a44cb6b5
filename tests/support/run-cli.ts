import { existsSync } from 'node:fs';
import { execFile, type ExecResult } from './exec.js';
import { cliEntry, repoRoot } from './paths.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunCliOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly input?: string;
}

/**
 * Runs `node packages/cli/bin/rowforge.js ...args` with the current Node binary and returns
 * its exit code and output. Never throws for a non-zero exit: callers assert on `code`.
 * A missing entry point is reported as a failure of the test, never a skip.
 */
export async function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  if (!existsSync(cliEntry)) {
    throw new Error(`the CLI entry point ${cliEntry} does not exist (packages/cli/bin/rowforge.js is not built yet)`);
  }
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env };
  const r: ExecResult = await execFile(process.execPath, [cliEntry, ...args], {
    cwd: options.cwd ?? repoRoot,
    env,
    input: options.input,
  });
  return { code: r.code, stdout: r.stdout, stderr: r.stderr };
}

/** Formats a CLI run for assertion messages. */
export function describeRun(args: readonly string[], r: CliResult): string {
  return `rowforge ${args.join(' ')}\n→ exit ${r.code}\nstderr:\n${r.stderr.slice(0, 4000)}\nstdout:\n${r.stdout.slice(0, 2000)}`;
}

/** Runs the CLI and throws (with its output) unless it exits 0. */
export async function runCliOk(args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  const r = await runCli(args, options);
  if (r.code !== 0) throw new Error(`expected exit 0\n${describeRun(args, r)}`);
  return r;
}
