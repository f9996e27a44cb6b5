import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../engine/index.js';
import { planFor } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

const DDL = `CREATE TABLE store_hours (
  id int PRIMARY KEY,
  opens_at time NOT NULL CHECK (opens_at BETWEEN '09:00:00' AND '17:00:00'),
  closes_at time CHECK (closes_at < '9:00' OR closes_at >= '18:30')
);`;

/** Seconds since midnight of the engine's time values. */
function seconds(column: string): number[] {
  const schema = parseSchema(DDL).schema;
  const t = generate(schema, planFor(schema, { rows: 500 })).tables[0]!;
  const i = t.table.columns.findIndex((c) => c.name === column);
  return [...t.batches()].flat().map((r) => r[i]).filter((v): v is number => typeof v === 'number');
}

describe('CHECKs on TIME columns compare times, not text', () => {
  beforeAll(async () => { await loadParsers(); });

  it('BETWEEN two times (it was CHECK_REDRAW_EXHAUSTED: the seconds were compared with the text)', () => {
    const opens = seconds('opens_at');
    expect(opens).toHaveLength(500);
    expect(opens.every((s) => s >= 9 * 3600 && s <= 17 * 3600)).toBe(true);
  });

  it('times written without seconds', () => {
    expect(seconds('closes_at').every((s) => s < 9 * 3600 || s >= 18.5 * 3600)).toBe(true);
  });
});
