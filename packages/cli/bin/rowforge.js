#!/usr/bin/env node
// Launcher. Runs the CLI from an esbuild bundle of its TypeScript sources and the workspace
// packages they import, made on the first run and again whenever a source changes
// (packages/cli/.bundle/, git-ignored): ~1 s sooner than loading ~500 files through tsx.
// Through tsx when no bundle can be made (esbuild missing, a read-only folder) or when
// ROWFORGE_NO_BUNDLE=1. See docs/decisions/0007-worker-start-up.md.
import { fileURLToPath } from 'node:url';
import { esmBundle } from '@rowforge/core/esm-bundle';

// With ROWFORGE_DEBUG set, a bug's stack trace names the TypeScript sources (the bundle's source maps).
if (process.env.ROWFORGE_DEBUG) process.setSourceMapsEnabled(true);

const source = new URL('../src/main.ts', import.meta.url);
const at = (rel) => fileURLToPath(new URL(rel, import.meta.url));

async function entry() {
  if (process.env.ROWFORGE_NO_BUNDLE !== '1') {
    const bundled = await esmBundle({ name: 'cli', entry: fileURLToPath(source), root: at('..'), dir: at('../.bundle'), bundle: ['@rowforge/'], splitting: true });
    if (bundled) return bundled.href;
  }
  const { register } = await import('tsx/esm/api');
  register();
  return source.href;
}

const { main } = await import(await entry());
process.exitCode = await main(process.argv.slice(2));
