import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { amount, permuteIndex, price, quantity, rating } from '../semantic/index.js';
import { cell, type CellBuilder, type CellEnv } from './cell-env.js';

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

export const numberCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'number'>;
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
