import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { amount, permuteIndex, price, quantity, rating } from '../semantic/index.js';
import { decimalPlaces } from '../../util/index.js';
import { cell, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

function scaleOf(env: CellEnv): number {
  const t = baseType(env.column.type);
  return t.kind === 'decimal' ? t.scale : t.kind === 'int' ? 0 : 4;
}

export const sequenceCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'sequence'>;
  return cell((ctx) => s.start + ctx.row * s.step, 'int');
};

export const intCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'int'>;
  const min = Math.ceil(s.min);
  const max = Math.floor(s.max);
  if (s.unique) return cell((ctx) => min + permuteIndex(ctx.row, max - min + 1, env.key), 'int');
  if (s.skew === 'small') return cell((ctx) => quantity(ctx.rngFor(env.key), min, max), 'int');
  return cell((ctx) => ctx.rngFor(env.key).int(min, max), 'int');
};

/** The whole multiple of `step` nearest `v` within [min, max] (binary noise dropped). */
function onStep(v: number, step: number, min: number, max: number): number {
  const k = Math.min(Math.floor(max / step + 1e-9), Math.max(Math.ceil(min / step - 1e-9), Math.round(v / step)));
  return Number((k * step).toPrecision(15));
}

/** A `number` on a `step` (whole prices for an integer total): drawn at the step's places, then moved to the nearest multiple. */
function steppedCell(env: CellEnv, s: Spec<'number'>, step: number): BuiltCell {
  const scale = Math.min(scaleOf(env), decimalPlaces(step) ?? 0);
  if (s.unique) {
    const lo = Math.ceil(s.min / step - 1e-9);
    const span = Math.floor(s.max / step + 1e-9) - lo + 1;
    return cell((ctx) => Number(((lo + permuteIndex(ctx.row, span, env.key)) * step).toPrecision(15)), 'number');
  }
  const draw = s.style === 'price' ? price : s.style === 'amount' ? amount : s.style === 'rating' ? rating : undefined;
  if (draw) return cell((ctx) => onStep(draw(ctx.rngFor(env.key), s.min, s.max, scale), step, s.min, s.max), 'number');
  return cell((ctx) => onStep(s.min + ctx.rngFor(env.key).float() * (s.max - s.min), step, s.min, s.max), 'number');
}

export const numberCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'number'>;
  if (s.step !== undefined) return steppedCell(env, s, s.step);
  const scale = scaleOf(env);
  if (s.unique) {
    const f = 10 ** scale;
    const span = Math.floor((s.max - s.min) * f) + 1;
    return cell((ctx) => s.min + permuteIndex(ctx.row, span, env.key) / f, 'number');
  }
  const draw = s.style === 'price' ? price : s.style === 'amount' ? amount : s.style === 'rating' ? rating : undefined;
  if (draw) return cell((ctx) => draw(ctx.rngFor(env.key), s.min, s.max, scale), 'number');
  return cell((ctx) => s.min + ctx.rngFor(env.key).float() * (s.max - s.min), 'number');
};

export const booleanCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'boolean'>;
  if (s.unique) return cell((ctx) => permuteIndex(ctx.row, 2, env.key) === 1, 'boolean');
  return cell((ctx) => ctx.rngFor(env.key).chance(s.trueRate), 'boolean');
};

export const enumCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'enum'>;
  const values = s.values;
  if (s.unique) return cell((ctx) => values[permuteIndex(ctx.row, values.length, env.key)] ?? null, 'any');
  const w = s.weights;
  if (w) return cell((ctx) => values[ctx.rngFor(env.key).weighted(w)] ?? null, 'any');
  return cell((ctx) => ctx.rngFor(env.key).pick(values), 'any');
};

export const constantCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'constant'>;
  return cell(() => s.value, 'any');
};
