import { RowforgeError } from '../../errors/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { regexShape, uniqueSlotCapacity, uniqueSlots, type RegexShape } from '../../schema/index.js';
import type { Rng } from '../rng.js';
import { MAX_PERMUTATION_SIZE, permuteIndex } from '../semantic/index.js';
import { cell, type CellBuilder } from './cell-env.js';

/** Repeats drawn beyond a quantifier's minimum when values need not be unique: 0–6. */
const EXTRA_REPEATS = 6;

function draw(shape: RegexShape, rng: Rng): string {
  switch (shape.kind) {
    case 'chars': return shape.set.charAt(rng.int(0, shape.set.length - 1));
    case 'seq': return shape.items.map((s) => draw(s, rng)).join('');
    case 'alt': return draw(shape.options[rng.int(0, shape.options.length - 1)] as RegexShape, rng);
    case 'repeat': {
      const count = rng.int(shape.min, Math.min(shape.max, shape.min + EXTRA_REPEATS));
      let out = '';
      for (let i = 0; i < count; i++) out += draw(shape.node, rng);
      return out;
    }
  }
}

/** `index` written in mixed radix over the slots, last slot fastest. */
function spell(index: number, slots: readonly string[]): string {
  const out: string[] = [];
  let v = index;
  for (let i = slots.length - 1; i >= 0; i--) {
    const set = slots[i] as string;
    out.push(set.charAt(v % set.length));
    v = Math.floor(v / set.length);
  }
  return out.reverse().join('');
}

function uniqueValues(slots: readonly string[], rows: number, key: number, where: string): (row: number) => string {
  const capacity = uniqueSlotCapacity(slots);
  if (capacity < rows) {
    throw new RowforgeError('UNIQUE_CAPACITY', `${where} must be unique but its regex allows ${capacity} distinct values for ${rows} rows`, {
      hint: 'lower the row count or widen the pattern',
    });
  }
  const span = Math.min(capacity, MAX_PERMUTATION_SIZE);
  return (row) => spell(permuteIndex(row, span, key), slots);
}

/**
 * Text matching a regular expression a CHECK requires (`'^[A-Z]{3}-[0-9]{4}$'` → `QKD-0417`).
 * Unique: one fixed form of the pattern (see `uniqueSlots`) spelled from a bijection of the row index.
 */
export const regexCell: CellBuilder = (env) => {
  const s = env.spec as Extract<ColumnSpec, { generator: 'regex' }>;
  const shape = regexShape(s.pattern);
  if (!shape) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `the regex of "${env.table.name}.${env.column.name}" cannot be generated: ${s.pattern}`, {});
  if (s.unique === true) {
    const value = uniqueValues(uniqueSlots(shape), Math.max(env.rows, 1), env.key, `"${env.table.name}.${env.column.name}"`);
    return cell((ctx) => value(ctx.row), 'string');
  }
  return cell((ctx) => draw(shape, ctx.rngFor(env.key)), 'string');
};
