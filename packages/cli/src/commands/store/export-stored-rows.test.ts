import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate, loadParsers, parseSchema, planFor } from '@rowforge/core';
import { openStore, type Store } from '@rowforge/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportStoredRows } from './export-stored-rows.js';

const root = mkdtempSync(join(tmpdir(), 'rowforge-stored-rows-'));
let store: Store;

beforeAll(async () => {
  await loadParsers();
  store = await openStore({ dataDir: 'memory://', databaseUrl: '' });
}, 120_000);
afterAll(async () => { await store.close(); rmSync(root, { recursive: true, force: true }); });

describe('exportStoredRows', () => {
  it('names files from safe stems, so a table called ../../x stays inside the output directory', async () => {
    const { schema } = parseSchema('CREATE TABLE "../../x" (id integer PRIMARY KEY, v text);', { dialect: 'postgres' });
    const plan = planFor(schema, { rows: 3 });
    await store.projects.ensure('p');
    const d = await store.datasets.create({ project: 'p', name: 'escape', schema, plan, validation: null, data: generate(schema, plan) });
    const out = join(root, 'a', 'b', 'out');
    await exportStoredRows(store, d, out, false);
    expect(readdirSync(out)).toEqual(['__.._x.csv']);
    expect(existsSync(join(root, 'a', 'x.csv'))).toBe(false);
    expect(readFileSync(join(out, '__.._x.csv'), 'utf8').split('\n')[0]).toBe('id,v');
  });
});
