import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { workerAccepts, workerExecArgv } from './worker-exec-argv.js';

const acceptAll = (): boolean => true;

describe('workerExecArgv', () => {
  it('drops the preloads tsx adds and keeps every other flag a worker accepts', () => {
    const argv = ['--require', '/w/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///w/node_modules/tsx/dist/loader.mjs', '--enable-source-maps', '--conditions', 'dev'];
    expect(workerExecArgv(argv, acceptAll)).toEqual(['--enable-source-maps', '--conditions', 'dev']);
  });

  it('handles the inline and bare forms', () => {
    expect(workerExecArgv(['--import=tsx', '--import', 'tsx', '-r', './setup.cjs'], acceptAll)).toEqual(['-r', './setup.cjs']);
  });

  it('keeps preloads that are not tsx, without probing them', () => {
    const probed: string[][] = [];
    const argv = ['--import', './otel.mjs', '--require', '/opt/tsxlike/x.cjs'];
    expect(workerExecArgv(argv, (g) => { probed.push([...g]); return false; })).toEqual(argv);
    expect(probed).toEqual([]);
  });

  it('drops the V8 and per-process flags a real worker refuses, so the pool can start', async () => {
    const argv = ['--max-old-space-size=4096', '--enable-source-maps', '--stack-size=2000', '--title', 'rf', '--no-warnings'];
    const kept = workerExecArgv(argv);
    expect(kept).toEqual(['--enable-source-maps', '--no-warnings']);
    const w = new Worker('require("node:worker_threads").parentPort.postMessage(42)', { eval: true, execArgv: kept });
    await expect(new Promise((resolve) => { w.once('message', resolve); })).resolves.toBe(42);
    await w.terminate();
  });

  it('workerAccepts tells the refused flags from the accepted ones', () => {
    expect(workerAccepts(['--max-old-space-size=4096'])).toBe(false);
    expect(workerAccepts(['--expose-gc'])).toBe(false);
    expect(workerAccepts(['--trace-warnings'])).toBe(true);
  });
});
