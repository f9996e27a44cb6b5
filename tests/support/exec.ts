import { spawn } from 'node:child_process';

export interface ExecResult {
  /** Exit code; a process ended by a signal reports 128 + signal number (or -1 when unknown). */
  readonly code: number;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface ExecOptions {
  readonly cwd?: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Text written to the child's standard input (closed afterwards). */
  readonly input?: string;
  /**
   * Safety net against a hung child, not an assertion: the child is killed after this long
   * and the result carries the signal. Default 10 minutes.
   */
  readonly killAfterMs?: number;
}

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGSEGV: 11, SIGTERM: 15, SIGABRT: 6 };

/** Runs a program without a shell and collects its output. Never rejects for a non-zero exit. */
export function execFile(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 600_000);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const bySignal = signal ? 128 + (SIGNAL_NUMBERS[signal] ?? -129) : -1;
      resolve({
        code: code ?? bySignal,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
    child.stdin.on('error', () => { /* the child may exit before reading its input */ });
    child.stdin.end(options.input ?? '');
  });
}

/** Like `execFile`, but throws with the command's output when it exits non-zero. */
export async function execOk(command: string, args: readonly string[], options: ExecOptions = {}): Promise<ExecResult> {
  const r = await execFile(command, args, options);
  if (r.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${r.code}${r.signal ? ` (${r.signal})` : ''}\nstderr:\n${r.stderr}\nstdout:\n${r.stdout.slice(0, 4000)}`);
  }
  return r;
}
