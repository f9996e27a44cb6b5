/**
 * A CHECK the generator cannot meet on a nullable column leaves the column (nearly) all NULL, as
 * the redraws end on NULL, which passes; `rowforge generate` says so on stderr, with or without workers.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { TempDirs } from '../support/temp.js';

const temps = new TempDirs();
afterAll(() => temps.cleanup());

const SKU = `CREATE TABLE t (id int PRIMARY KEY, n int CHECK (n BETWEEN 1 AND 9),
  sku varchar(20) CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}-[a-z]{9}[0-9]{9}[A-Z]{9}$' AND length(sku) = 19));\n`;

function schemaFile(dir: string): string {
  const file = path.join(dir, 'schema.sql');
  writeFileSync(file, SKU);
  return file;
}

describe('a CHECK that only NULL meets', () => {
  it.each(['1', '2'])('is reported by `rowforge generate` (--workers %s) for the column it empties, and no other', async (workers) => {
    const dir = temps.make('redraw-nulls');
    const out = path.join(dir, 'out');
    const r = await runCli(['generate', schemaFile(dir), '--rows', '300', '--out', out, '--workers', workers]);
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('sampled rows'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^rowforge: warning: "t"\.sku is NULL in 64 of 64 sampled rows \(the plan asks for 10%\), \d+ of them only because CHECK \(sku ~ '/);
    const skus = readFileSync(path.join(out, 't.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[2]);
    expect(skus.every((s) => s === '')).toBe(true);
  });
});
