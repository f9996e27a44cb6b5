import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cliEntry, repoRoot } from '../../support/paths.js';

/** A live `rowforge serve` child process. */
export interface ServeProcess {
  readonly url: string;
  readonly child: ChildProcessWithoutNullStreams;
  /** Everything the process wrote so far. */
  output(): { stdout: string; stderr: string };
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const LISTENING = /listening on (http:\/\/[^\s]+)/;

/**
 * Starts `node packages/cli/bin/rowforge.js serve --port 0 …args` with `env` and resolves
 * once it prints the address it listens on. Fails (never skips) when it exits first or
 * does not come up within `timeoutMs`.
 */
export function startServe(env: NodeJS.ProcessEnv, args: readonly string[] = [], timeoutMs = 90_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [cliEntry, 'serve', '--port', '0', ...args], { cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => { child.on('exit', (code, signal) => resolve({ code, signal })); });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error(`rowforge serve did not start in ${timeoutMs} ms\n${stderr}`)); }, timeoutMs);
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
      const m = LISTENING.exec(stdout);
      if (m?.[1]) { clearTimeout(timer); resolve({ url: m[1], child, exited, output: () => ({ stdout, stderr }) }); }
    });
    void exited.then((e) => { clearTimeout(timer); reject(new Error(`rowforge serve exited (${String(e.code ?? e.signal)}) before listening\n${stderr}`)); });
  });
}

/** Ends a serve process with `signal` (default SIGTERM) and waits for it. */
export async function stopServe(p: ServeProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  return p.exited;
}
