import { describe, expect, it } from 'vitest';
import { workerExecArgv } from './worker-exec-argv.js';

describe('workerExecArgv', () => {
  it('drops the preloads tsx adds and keeps every other flag', () => {
    const argv = ['--require', '/w/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///w/node_modules/tsx/dist/loader.mjs', '--max-old-space-size=4096', '--enable-source-maps'];
    expect(workerExecArgv(argv)).toEqual(['--max-old-space-size=4096', '--enable-source-maps']);
  });

  it('handles the inline and bare forms', () => {
    expect(workerExecArgv(['--import=tsx', '--import', 'tsx', '-r', './setup.cjs'])).toEqual(['-r', './setup.cjs']);
  });

  it('keeps preloads that are not tsx', () => {
    expect(workerExecArgv(['--import', './otel.mjs', '--require', '/opt/tsxlike/x.cjs'])).toEqual(['--import', './otel.mjs', '--require', '/opt/tsxlike/x.cjs']);
  });
});
