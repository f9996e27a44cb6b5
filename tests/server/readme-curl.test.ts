import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from '../support/exec.js';
import { cliEntry, repoRoot } from '../support/paths.js';
import { TempDirs } from '../support/temp.js';
import { startServe, stopServe, type ServeProcess } from './support/serve-process.js';

/** The README's `rowforge serve` section, between its markers. */
function serveSection(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const m = /<!-- serve:start -->([\s\S]*?)<!-- serve:end -->/.exec(readme);
  if (!m?.[1]) throw new Error('README.md has no <!-- serve:start --> … <!-- serve:end --> section');
  return m[1];
}

/**
 * The section's shell blocks as one script. Two lines are the reader's setup, which the test
 * provides itself: `rowforge serve` (started here on a free port) and `export ROWFORGE_URL=…`
 * (set to that port). Every other line runs exactly as written.
 */
function readmeScript(section: string): string {
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  const lines = blocks.join('\n').split('\n').filter((l) => !/^rowforge serve\b/.test(l) && !/^export ROWFORGE_URL=/.test(l));
  return lines.join('\n');
}

/** A `rowforge` command on PATH that runs this checkout's CLI. */
function rowforgeShim(dir: string): string {
  const file = join(dir, 'rowforge');
  writeFileSync(file, `#!/bin/sh\nexec "${process.execPath}" "${cliEntry}" "$@"\n`);
  chmodSync(file, 0o755);
  return dir;
}

describe('the README serve section', () => {
  const temp = new TempDirs();
  let server: ServeProcess | undefined;
  afterAll(async () => {
    if (server) await stopServe(server);
    temp.cleanup();
  });

  it('documents rowforge serve with curl examples that work as written', async () => {
    const section = serveSection();
    expect(section).toMatch(/```sh\nrowforge serve/);
    const script = readmeScript(section);
    expect(script.match(/curl /g)?.length ?? 0).toBeGreaterThanOrEqual(10);
    server = await startServe({ ROWFORGE_HOME: temp.make('readme-home'), DATABASE_URL: '' });
    const bin = rowforgeShim(temp.make('readme-bin'));
    const env = { ...process.env, ROWFORGE_URL: server.url, PATH: `${bin}:${process.env['PATH'] ?? ''}` };
    const run = await execFile('bash', ['-euo', 'pipefail', '-c', script], { cwd: temp.make('readme-cwd'), env, killAfterMs: 120_000 });
    const log = `exit ${run.code}\nstderr:\n${run.stderr}\nstdout:\n${run.stdout.slice(0, 3000)}`;
    expect(run.code, log).toBe(0);
    expect(run.stdout, log).toMatch(/"ok":true/);
    expect(run.stdout, log).toMatch(/"authors"\n"books"/);
    expect(run.stdout, log).toMatch(/event: generation:start[\s\S]*event: generation:complete/);
    expect(run.stdout, log).toMatch(/✓ valid: 2 tables, 500 rows, no violations/);
    expect(run.stdout, log).toMatch(/create\ngenerate\nexport\n/);
    const stop = await stopServe(server);
    server = undefined;
    expect(stop.code).toBe(0);
  });
});
