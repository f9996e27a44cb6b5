import { describe, expect, it } from 'vitest';
import type { ColumnSpec } from '../../plan/index.js';
import type { Column, LogicalType, Table, Value } from '../../schema/index.js';
import { RowContext } from '../row-context.js';
import { buildCell } from './build-cell.js';
import type { CellEnv } from './cell-env.js';

/** 500 values of a `number` plan entry in a column of `type`. */
function draws(type: LogicalType, spec: ColumnSpec): Value[] {
  const column: Column = { name: 'price', type, nullable: false };
  const table: Table = { name: 't', columns: [column], uniques: [], foreignKeys: [], checks: [] };
  const env: CellEnv = { seed: '1', table, column, spec, key: 7, rows: 500, referenceDay: 20000, locationKey: 1, personKey: 2, indexOf: () => 0 };
  const built = buildCell(env);
  const ctx = new RowContext(1);
  return Array.from({ length: 500 }, (_, row) => { ctx.start(row, 0); return built.fn(ctx); });
}

const money: LogicalType = { kind: 'decimal', precision: 10, scale: 2 };
const onStep = (v: Value, step: number): boolean => Math.abs(Number(v) / step - Math.round(Number(v) / step)) < 1e-9;

describe('number on a step', () => {
  it('draws whole multiples of the step within min and max, in every style', () => {
    for (const style of ['price', 'amount', 'uniform'] as const) {
      for (const step of [1, 0.05, 2]) {
        const values = draws(money, { generator: 'number', min: 0.5, max: 95, style, step });
        expect(values.every((v) => onStep(v, step) && Number(v) >= 0.5 && Number(v) <= 95)).toBe(true);
        expect(new Set(values).size).toBeGreaterThan(10);
      }
    }
  });

  it('keeps unique values distinct on the step', () => {
    const values = draws(money, { generator: 'number', min: 0, max: 1000, style: 'uniform', step: 0.5, unique: true });
    expect(new Set(values).size).toBe(500);
    expect(values.every((v) => onStep(v, 0.5))).toBe(true);
  });
});
