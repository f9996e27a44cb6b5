import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { esmBundle, type EsmBundleOptions } from './esm-bundle.mjs';

let root: string;
let options: EsmBundleOptions;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'esm-bundle-'));
  writeFileSync(join(root, 'entry.ts'), [
    "import { word } from './word.ts';",
    'export const here: string = import.meta.url;',
    "export const later = async (): Promise<string> => (await import('./later.ts')).value;",
    "export const greeting = (): string => 'hello ' + word;",
  ].join('\n'));
  writeFileSync(join(root, 'word.ts'), "export const word: string = 'world';\n");
  writeFileSync(join(root, 'later.ts'), "import { z } from 'zod';\nexport const value: string = typeof z === 'object' ? 'loaded' : 'no';\n");
  options = { name: 'demo', entry: join(root, 'entry.ts'), root, dir: join(root, '.bundle'), splitting: true };
});

afterEach(() => { rmSync(root, { recursive: true, force: true }); });

interface Demo {
  readonly here: string;
  readonly greeting: () => string;
}

async function load(url: URL | undefined): Promise<Demo> {
  expect(url).toBeDefined();
  return (await import(`${url?.href ?? ''}?t=${Date.now()}`)) as Demo;
}

describe('esmBundle', () => {
  it('bundles the entry into a folder of its own, keeping each module its import.meta.url and packages external', async () => {
    const url = await esmBundle(options);
    expect(fileURLToPath(url as URL)).toMatch(/[/\\]\.bundle[/\\]demo-[0-9a-f]{16}[/\\]entry\.mjs$/);
    const mod = await load(url);
    expect(mod.greeting()).toBe('hello world');
    expect(mod.here).toBe(pathToFileURL(join(root, 'entry.ts')).href);
    const folder = join(fileURLToPath(url as URL), '..');
    const chunks = readdirSync(folder).filter((f) => f.endsWith('.mjs'));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.some((f) => readFileSync(join(folder, f), 'utf8').includes('from "zod"'))).toBe(true);
  });

  it('reuses the bundle while the sources are unchanged and makes a new one when one changes', async () => {
    const first = await esmBundle(options);
    expect((await esmBundle(options))?.href).toBe(first?.href);
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'again';\n");
    const second = await esmBundle(options);
    expect(second?.href).not.toBe(first?.href);
    expect((await load(second)).greeting()).toBe('hello again');
  });

  it('gives one usable bundle when several builds race', async () => {
    const urls = await Promise.all([esmBundle(options), esmBundle(options), esmBundle(options)]);
    expect(new Set(urls.map((u) => u?.href)).size).toBe(1);
    expect((await load(urls[0])).greeting()).toBe('hello world');
    expect(readdirSync(options.dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('removes bundles of older sources only once they are stale', async () => {
    const old = fileURLToPath((await esmBundle(options)) as URL);
    const oldFolder = join(old, '..');
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'new';\n");
    await esmBundle(options);
    expect(readdirSync(options.dir).filter((f) => f.startsWith('demo-'))).toHaveLength(2);
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(oldFolder, hourAgo, hourAgo);
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'newer';\n");
    await esmBundle(options);
    const left = readdirSync(options.dir).filter((f) => f.startsWith('demo-'));
    expect(left).toHaveLength(2);
    expect(left).not.toContain(oldFolder.split(/[/\\]/).at(-1));
  });

  it('removes stale single-file bundles of the layout before folders', async () => {
    await esmBundle(options);
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of ['demo-0123abcd.mjs', 'demo-4567ef.mjs', 'demo-4567ef.mjs.123.tmp', 'inputs.json']) {
      writeFileSync(join(options.dir, name), 'export {};\n');
      utimesSync(join(options.dir, name), hourAgo, hourAgo);
    }
    writeFileSync(join(options.dir, 'demo-89ab.mjs'), 'export {};\n');
    writeFileSync(join(root, 'word.ts'), "export const word: string = 'moved';\n");
    await esmBundle(options);
    expect(readdirSync(options.dir).filter((f) => !/^demo-[0-9a-f]{16}$/.test(f))).toEqual(['demo-89ab.mjs', 'demo.inputs.json']);
  });

  it('makes bundles of its own for a copied checkout, so import.meta.url names the copy', async () => {
    await esmBundle(options);
    const copy = `${root}-copy`;
    cpSync(root, copy, { recursive: true });
    try {
      const copied = { ...options, entry: join(copy, 'entry.ts'), root: copy, dir: join(copy, '.bundle') };
      const url = await esmBundle(copied);
      expect(fileURLToPath(url as URL).startsWith(copy)).toBe(true);
      expect((await load(url)).here).toBe(pathToFileURL(join(copy, 'entry.ts')).href);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('never serves old code for a source saved while it was bundled', async () => {
    // the save lands at different moments of the build (esbuild reads in its own process)
    for (let i = 0; i < 12; i++) {
      const building = esmBundle(options);
      await new Promise<void>((resolve) => { setTimeout(resolve, i * 4); });
      writeFileSync(join(root, 'word.ts'), `export const word: string = 'edit ${i}';\n`);
      await building;
      expect((await load(await esmBundle(options))).greeting()).toBe(`hello edit ${i}`);
    }
  });

  it('is undefined when the entry does not exist, so the caller can load the sources another way', async () => {
    expect(await esmBundle({ ...options, entry: join(root, 'missing.ts') })).toBeUndefined();
  });
});
