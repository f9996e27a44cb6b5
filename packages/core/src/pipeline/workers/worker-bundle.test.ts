import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workerBundle } from './worker-bundle.js';

describe('workerBundle', () => {
  it('bundles range-task.ts into one module (in a folder of its own) whose default export is the task', async () => {
    const url = await workerBundle();
    expect(url).toBeDefined();
    const file = fileURLToPath(url as URL);
    expect(file).toMatch(/\.bundle[/\\]range-task-[0-9a-f]{16}[/\\]range-task\.mjs$/);
    expect(existsSync(file)).toBe(true);
    const mod = (await import(url?.href ?? '')) as { default?: unknown };
    expect(typeof mod.default).toBe('function');
  });

  it('bundles validate-task.ts beside it, each task keeping its own bundle', async () => {
    const validate = await workerBundle('validate-task');
    const range = await workerBundle('range-task');
    expect(fileURLToPath(validate as URL)).toMatch(/\.bundle[/\\]validate-task-[0-9a-f]{16}[/\\]validate-task\.mjs$/);
    expect(existsSync(fileURLToPath(validate as URL)) && existsSync(fileURLToPath(range as URL))).toBe(true);
    const mod = (await import(validate?.href ?? '')) as { default?: unknown };
    expect(typeof mod.default).toBe('function');
  });

  it('reuses the bundle while the sources are unchanged', async () => {
    const first = await workerBundle();
    const second = await workerBundle();
    expect(second?.href).toBe(first?.href);
  });
});
