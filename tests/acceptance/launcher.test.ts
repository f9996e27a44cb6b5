/**
 * The launcher (packages/cli/bin/rowforge.js) runs the CLI from an esbuild bundle of the
 * sources; with ROWFORGE_NO_BUNDLE=1 it runs them through tsx. Both ways must write the same
 * bytes and say the same things (docs/decisions/0008-cli-start-up.md).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffHashes, hashDirectory } from '../support/hash.js';
import { fixturesDir, repoRoot } from '../support/paths.js';
import { describeRun, runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const SCHEMA = path.join(fixturesDir, 'restaurants.ddl');

async function generateWith(noBundle: '0' | '1'): Promise<string> {
  const out = path.join(temps.make('launcher'), 'out');
  const args = ['generate', SCHEMA, '--rows', '200', '--seed', '7', '--out', out];
  const r = await runCli(args, { env: { ROWFORGE_NO_BUNDLE: noBundle } });
  expect(r.code, describeRun(args, r)).toBe(0);
  return out;
}

describe('the rowforge launcher', () => {
  it('writes the same bytes from the bundle as through tsx', async () => {
    const bundled = await generateWith('0');
    const direct = await generateWith('1');
    expect(diffHashes(hashDirectory(bundled), hashDirectory(direct))).toEqual([]);
  });

  it('keeps its bundle in packages/cli/.bundle/cli-<hash>/ and reports a user error the same way both ways', async () => {
    const dir = path.join(repoRoot, 'packages', 'cli', '.bundle');
    const bundles = readdirSync(dir).filter((f) => /^cli-[0-9a-f]{16}$/.test(f));
    expect(bundles.some((b) => existsSync(path.join(dir, b, 'main.mjs')))).toBe(true);
    const args = ['generate', path.join(temps.make('launcher'), 'missing.sql')];
    const [a, b] = await Promise.all([runCli(args, { env: { ROWFORGE_NO_BUNDLE: '0' } }), runCli(args, { env: { ROWFORGE_NO_BUNDLE: '1' } })]);
    expect(a.code).not.toBe(0);
    expect([a.code, a.stderr, a.stdout]).toEqual([b.code, b.stderr, b.stdout]);
    expect(a.stderr).not.toMatch(/\n\s+at /);
  });
});
