import { RowforgeError } from '../../errors/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { drawableSet, maxLengthOf, regexShape, slotCapacity, uniqueForm, type RegexShape } from '../../schema/index.js';
import type { Rng } from '../rng.js';
import { MAX_PERMUTATION_SIZE, permuteIndex } from '../semantic/index.js';
import { cell, type CellBuilder } from './cell-env.js';

/** Rounds beyond a repeat's minimum a value that need not be unique may take. */
const EXTRA_DRAWN = 6;

/** Rounds a repeat takes: any count in its range (`extra` at most beyond the minimum), or just the minimum. */
function draw(shape: RegexShape, rng: Rng, extra: number): string {
  switch (shape.kind) {
    case 'chars': { const set = drawableSet(shape); return set.charAt(rng.int(0, set.length - 1)); }
    case 'start': case 'end': return '';
    case 'seq': return shape.items.map((s) => draw(s, rng, extra)).join('');
    case 'alt': return draw(shape.options[rng.int(0, shape.options.length - 1)] as RegexShape, rng, extra);
    case 'repeat': {
      const count = rng.int(shape.min, Math.min(shape.max, shape.min + extra));
      let out = '';
      for (let i = 0; i < count; i++) out += draw(shape.node, rng, extra);
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

function uniqueValues(shape: RegexShape, rows: number, maxLength: number, key: number, where: string): (row: number) => string {
  const slots = uniqueForm(shape, rows, maxLength);
  const capacity = slotCapacity(slots);
  if (capacity < rows) {
    throw new RowforgeError('UNIQUE_CAPACITY', `${where} must be unique but its regex allows ${capacity} distinct values of at most ${maxLength} characters for ${rows} rows`, {
      hint: 'lower the row count or widen the pattern or the column',
    });
  }
  const span = Math.min(capacity, MAX_PERMUTATION_SIZE);
  return (row) => spell(permuteIndex(row, span, key), slots);
}

/**
 * Text matching a regular expression a CHECK requires (`'^[A-Z]{3}-[0-9]{4}$'` → `QKD-0417`),
 * within the column's length: a value drawn longer than the column is drawn again with every
 * repeat at its minimum. Unique: the shortest form of the pattern with room for every row
 * (`uniqueForm`), spelled from a bijection of the row index.
 */
export const regexCell: CellBuilder = (env) => {
  const s = env.spec as Extract<ColumnSpec, { generator: 'regex' }>;
  const shape = regexShape(s.pattern);
  const where = `"${env.table.name}.${env.column.name}"`;
  if (!shape) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `the regex of ${where} cannot be generated: ${s.pattern}`, {});
  const max = maxLengthOf(env.column) ?? 255;
  if (s.unique === true) {
    const value = uniqueValues(shape, Math.max(env.rows, 1), max, env.key, where);
    return cell((ctx) => value(ctx.row), 'string');
  }
  return cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const v = draw(shape, rng, EXTRA_DRAWN);
    return v.length <= max ? v : draw(shape, rng, 0);
  }, 'string');
};
