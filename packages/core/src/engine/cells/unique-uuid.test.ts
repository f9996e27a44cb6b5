import { describe, expect, it } from 'vitest';
import type { Plan } from '../../plan/index.js';
import { generate } from '../generate.js';
import { col, schemaOf, table } from '../__tests__/schema-builder.js';

const uuids = (rows: number): string[] => {
  const s = schemaOf(table('t', [col('id', { kind: 'uuid' })], { primaryKey: { columns: ['id'] } }));
  const plan: Plan = {
    format: 'rowforge.plan', version: 1, seed: '5', referenceDate: '2026-01-01', locale: 'en_US', defaultRows: rows,
    tables: { t: { rows, columns: { id: { generator: 'uuid', unique: true } }, foreignKeys: [] } },
  };
  const t = generate(s, plan).tables[0];
  return t ? [...t.batches()].flat().map((r) => String(r[0])) : [];
};

describe('a unique uuid column', () => {
  it('is distinct, v4-shaped, and its last group does not start 0000 on every row', () => {
    const ids = uuids(50_000);
    expect(new Set(ids).size).toBe(50_000);
    expect(ids.every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u))).toBe(true);
    expect(ids.filter((u) => u.slice(24, 28) === '0000').length).toBeLessThan(10);
  });
});
