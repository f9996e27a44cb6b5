import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, redrawNulls } from '../engine/index.js';
import { buildModels } from '../engine/generate.js';
import { planFor } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const SKU = `CREATE TABLE t (id int PRIMARY KEY,
  sku varchar(20) CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}-[a-z]{9}[0-9]{9}[A-Z]{9}$' AND length(sku) = 19));`;
/** The OR keeps the plan from shaping first_name to capitals (a plain upper() rule now does), so names fail it. */
const MIXED = `CREATE TABLE p (id int PRIMARY KEY, first_name varchar(40), qty int CHECK (qty BETWEEN 1 AND 50), lo int, hi int,
  CHECK (lo <= hi), CHECK (upper(first_name) = first_name OR id < 0));`;

const read = (ddl: string): Schema => parseSchema(ddl, { dialect: 'postgres' }).schema;
const corpus = (name: string): string => readFileSync(new URL(`../../../../tests/corpus/${name}`, import.meta.url), 'utf8');

describe('redrawNulls: columns a CHECK turns NULL through redraws', () => {
  beforeAll(loadParsers);

  it('warns about a CHECK no generated value meets, which left the column all NULL', () => {
    const schema = read(SKU);
    const plan = planFor(schema, { rows: 1000, seed: 1 });
    const [w, ...rest] = redrawNulls(schema, plan);
    expect(rest).toEqual([]);
    expect(w).toMatchObject({ table: 't', column: 'sku', sampled: 64, allNulls: 64 });
    expect(w?.check).toMatch(/^CHECK \(sku ~/);
    expect(w?.nulls).toBeGreaterThan(48);
    expect(w?.message).toMatch(/^"t"\.sku is NULL in 64 of 64 sampled rows \(the plan asks for 10%\), \d+ of them only because CHECK \(sku ~ /);
    const written = [...generate(schema, plan).tables[0]!.batches()].flat();
    expect(written.every((r) => r[1] === null)).toBe(true);
  });

  it('names only the columns whose CHECK the generator misses, not those it meets', () => {
    const schema = read(MIXED);
    const warned = redrawNulls(schema, planFor(schema, { rows: 500, seed: 3 })).map((w) => w.column);
    expect(warned).toEqual(['first_name']);
  });

  it('is deterministic and samples every row of a small table', () => {
    const schema = read(SKU);
    const plan = planFor(schema, { rows: 10, seed: 9 });
    expect(redrawNulls(schema, plan)).toEqual(redrawNulls(schema, plan));
    expect(redrawNulls(schema, plan)[0]?.sampled).toBe(10);
  });

  it('probes rows exactly as generation writes them', () => {
    const schema = read(MIXED);
    const plan = planFor(schema, { rows: 200, seed: 5 });
    const probe = buildModels(schema, plan).models.get('p')!;
    const written = [...generate(schema, plan).tables[0]!.batches()].flat();
    written.forEach((row, r) => expect(probe.probeRow(r)?.values).toEqual(row));
  });

  it('stays quiet on corpus schemas whose CHECKs the generators meet', () => {
    for (const file of ['pg-checks.sql', 'pg-regex-checks.sql', 'pg-domains-enums.sql', 'mysql-regex-checks.sql']) {
      const schema = parseSchema(corpus(file)).schema;
      expect(redrawNulls(schema, planFor(schema, { rows: 1000, seed: 1 })), file).toEqual([]);
    }
  });
});
