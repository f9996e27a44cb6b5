import { describe, expect, it } from 'vitest';
import { ColumnSpecSchema, type ColumnSpec, type Plan } from '../../plan/index.js';
import { TEXT_SHAPES, textShapeOf } from '../../plan/text-shapes.js';
import { col, schemaOf, table, text } from '../__tests__/schema-builder.js';
import { generate } from '../generate.js';

const ROWS = 2000;
const KEYS = Object.keys(TEXT_SHAPES);

function specOf(key: string, unique = false): ColumnSpec {
  const [generator, part] = key.split(':') as [string, string | undefined];
  const extra = part === undefined ? {} : generator === 'vocabulary' ? { name: part } : generator === 'address' ? { field: part } : { kind: part };
  return ColumnSpecSchema.parse({ generator, ...extra, ...(unique ? { unique: true } : {}) });
}

/** Every key's values in a column of `length` characters (unbounded text when undefined), by key. */
function drawAll(length: number | undefined, unique: boolean, keys = KEYS): Map<string, string[]> {
  const name = (k: string) => k.replace(':', '_');
  const columns = Object.fromEntries(keys.map((k) => [name(k), specOf(k, unique)]));
  const plan: Plan = { format: 'rowforge.plan', version: 1, seed: '11', referenceDate: '2026-01-01', locale: 'en_US', defaultRows: ROWS, tables: { t: { rows: ROWS, columns, foreignKeys: [] } } };
  const data = generate(schemaOf(table('t', keys.map((k) => col(name(k), text(length))))), plan);
  const rows = [...(data.tables[0]?.batches() ?? [])].flat();
  return new Map(keys.map((k, i) => [k, rows.map((r) => String(r[i]))]));
}

function offShape(values: readonly string[], key: string, length: number | undefined, unique: boolean): string[] {
  const shape = textShapeOf(specOf(key, unique), length);
  if (!shape) return [];
  const cased = (s: string) => (shape.textCase === 'upper' ? s.toUpperCase() : shape.textCase === 'lower' ? s.toLowerCase() : s);
  const caseless = (s: string) => shape.textCase !== 'none' || (s === s.toUpperCase() && s === s.toLowerCase());
  return values.filter((s) => s.length < shape.min || s.length > shape.max || cased(s) !== s || !caseless(s)).slice(0, 3);
}

describe('the text shapes the plan assumes match what the engine draws', () => {
  for (const length of [undefined, 255, 12, 6, 3]) {
    it(`in a column of ${length ?? 'unbounded'} characters`, () => {
      const drawn = drawAll(length, false);
      const off = KEYS.flatMap((k) => offShape(drawn.get(k) ?? [], k, length, false).map((s) => `${k}: ${s}`));
      expect(off).toEqual([]);
    });
  }

  /** Unique identifiers and network values (other generators' unique values have no known shape). */
  const UNIQUE_KEYS = KEYS.filter((k) => k.startsWith('identifier:') || k.startsWith('network:'));
  for (const length of [undefined, 12, 6]) {
    it(`for unique values in a column of ${length ?? 'unbounded'} characters`, () => {
      const drawn = drawAll(length, true, UNIQUE_KEYS.filter((k) => length === undefined || !k.startsWith('network:')));
      const off = [...drawn].flatMap(([k, v]) => offShape(v, k, length, true).map((s) => `${k}: ${s}`));
      expect(off).toEqual([]);
    });
  }
});
