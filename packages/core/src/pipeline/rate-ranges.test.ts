import { beforeAll, describe, expect, it } from 'vitest';
import { planFor, type ColumnSpec } from '../plan/index.js';
import { loadParsers, parseSchema } from '../sources/index.js';

beforeAll(async () => { await loadParsers(); });

const RATES = `CREATE TABLE rates (id INT PRIMARY KEY,
  tax_rate NUMERIC(5,4), tax_rate_pct NUMERIC(5,2), vat_rate DECIMAL(4,2), discount_rate NUMERIC(3,2),
  interest_rate NUMERIC(6,3), commission_rate DECIMAL(5,2), conversion_rate FLOAT, churn_rate REAL,
  success_rate NUMERIC(5,2), exchange_rate NUMERIC(12,6), hourly_rate NUMERIC(8,2), room_rate NUMERIC(8,2),
  heart_rate INT, frame_rate SMALLINT, growth_rate NUMERIC(5,4));`;

function specs(): (column: string) => ColumnSpec | undefined {
  const plan = planFor(parseSchema(RATES, { dialect: 'postgres' }).schema, { rows: 10 });
  return (column) => plan.tables['rates']?.columns[column];
}
const range = (s: ColumnSpec | undefined): [number, number] | undefined =>
  s?.generator === 'number' || s?.generator === 'int' ? [s.min, s.max] : undefined;

describe('rates by what they are a rate of (every *_rate was a price, 2–95)', () => {
  it('draws shares as fractions where the type holds only values under 10, as percents otherwise', () => {
    const spec = specs();
    expect(range(spec('tax_rate'))).toEqual([0.03, 0.1]);
    expect(range(spec('vat_rate'))).toEqual([5, 25]);
    expect(range(spec('discount_rate'))).toEqual([0, 0.3]);
    expect(range(spec('interest_rate'))).toEqual([1, 20]);
    expect(range(spec('commission_rate'))).toEqual([2, 15]);
    expect(range(spec('conversion_rate'))).toEqual([0.005, 0.15]);
    expect(range(spec('churn_rate'))).toEqual([0.005, 0.1]);
    expect(range(spec('success_rate'))).toEqual([40, 99]);
    expect(range(spec('growth_rate'))).toEqual([-0.05, 0.25]);
  });

  it('keeps prices per unit as prices, and reads rates of the body and of video', () => {
    const spec = specs();
    expect(spec('hourly_rate')).toMatchObject({ min: 15, max: 150, style: 'price' });
    expect(spec('room_rate')).toMatchObject({ min: 2, max: 95, style: 'price' });
    expect(range(spec('exchange_rate'))).toEqual([0.5, 1.6]);
    expect(range(spec('heart_rate'))).toEqual([50, 160]);
    expect(range(spec('frame_rate'))).toEqual([24, 60]);
  });
});
