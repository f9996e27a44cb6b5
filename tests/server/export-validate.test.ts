import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.js';
import { describeRun, runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';
import { ApiHarness, STORE_KINDS } from './support/api-harness.js';

const SHOP = readFileSync(join(repoRoot, 'examples', 'shop.sql'), 'utf8');

function extract(zip: Uint8Array, dir: string): string[] {
  const files = unzipSync(zip);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), bytes);
  }
  return Object.keys(files).sort();
}

describe.each(STORE_KINDS)('the export ZIP on %s', (kind) => {
  let h: ApiHarness;
  const temp = new TempDirs();
  beforeAll(async () => { h = await ApiHarness.open(kind); });
  afterAll(async () => { await h.close(); temp.cleanup(); });

  it('holds a CSV per table with its schema, and passes `rowforge validate` with zero violations', async () => {
    const job = await h.waitForJob(await h.generate({ schema: SHOP, numRecords: 150, seed: 'export' }));
    const res = await h.request(`/api/datasets/${job.datasetId ?? 'missing'}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.zip"$/);
    const dir = temp.make('export');
    const names = extract(new Uint8Array(await res.arrayBuffer()), dir);
    const d = await h.store.datasets.get(job.datasetId as string);
    const tables = d?.schema.tables.map((t) => `${t.name}.csv`) ?? [];
    expect(names).toEqual(expect.arrayContaining([...tables, 'schema.sql', 'manifest.json', 'schema.json', 'plan.json']));
    const args = ['validate', dir, '--schema', join(dir, 'schema.json'), '--json'];
    const run = await runCli(args);
    expect(run.code, describeRun(args, run)).toBe(0);
    const report = JSON.parse(run.stdout) as { ok: boolean; violationCount: number; tables: { name: string; rows: number }[] };
    expect(report).toMatchObject({ ok: true, violationCount: 0 });
    expect(report.tables.map((t) => t.rows)).toEqual(d?.schema.tables.map(() => 150));
  });

  it('exports the stored rows when the dataset was made by another generator version, audited before the stream', async () => {
    const job = await h.waitForJob(await h.generate({ schema: SHOP, numRecords: 20, seed: 'stale' }));
    const id = job.datasetId as string;
    await h.test.query("UPDATE rowforge.datasets SET generator_version = 'rowforge-gen-0-old' WHERE id = $1", [id]);
    const d = await h.store.datasets.get(id);
    const res = await h.request(`/api/datasets/${id}/export`);
    expect(res.status).toBe(200);
    const audit = await h.store.audit.list(d?.project ?? 'default');
    expect(audit.filter((a) => a.action === 'export' && a.datasetId === id).map((a) => a.details)).toEqual([{ format: 'zip', source: 'store' }]);
    const dir = temp.make('stale');
    const names = extract(new Uint8Array(await res.arrayBuffer()), dir);
    const tables = d?.schema.tables.map((t) => `${t.name}.csv`) ?? [];
    expect(names.sort()).toEqual([...tables, 'plan.json', 'schema.json'].sort());
    const first = d?.schema.tables[0]?.name ?? '';
    const page = await h.store.datasets.page(id, first, 0, 1);
    const csv = readFileSync(join(dir, `${first}.csv`), 'utf8').split('\n');
    expect(csv[0]).toBe(page.columns.join(','));
    expect(csv.filter((l) => l !== '')).toHaveLength(21);
  });
});

describe('export slots', () => {
  let h: ApiHarness;
  beforeAll(async () => { h = await ApiHarness.open('pglite', { maxConcurrentExports: 1 }); });
  afterAll(async () => { await h.close(); });

  it('answers 503 with Retry-After while maxConcurrentExports exports run, and frees the slot when a stream ends', async () => {
    const job = await h.waitForJob(await h.generate({ schema: SHOP, numRecords: 5 }));
    const path = `/api/datasets/${job.datasetId ?? 'missing'}/export`;
    const first = await h.request(path);
    expect(first.status).toBe(200);
    const busy = await h.request(path);
    const body = (await busy.json()) as { error: { code: string; message: string } };
    expect([busy.status, body.error.code, busy.headers.get('retry-after')]).toEqual([503, 'STORE_UNAVAILABLE', '10']);
    expect(body.error.message).toMatch(/export/);
    await first.arrayBuffer();
    await new Promise<void>((r) => { setTimeout(r, 50); });
    const again = await h.request(path);
    expect(again.status).toBe(200);
    await again.body?.cancel();
  });
});
