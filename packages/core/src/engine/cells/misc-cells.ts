import type { Value } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import type { Rng } from '../rng.js';
import { dateBetween, uuid, word } from '../semantic/index.js';
import { cell, type CellBuilder } from './cell-env.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

const SOURCES = ['web', 'mobile', 'store', 'partner', 'phone'];
const TIERS = ['bronze', 'silver', 'gold', 'platinum'];

/** A small, plausible JSON document. */
export const jsonCell: CellBuilder = (env) =>
  cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const doc = { source: rng.pick(SOURCES), tier: rng.pick(TIERS), score: rng.int(0, 100), tags: [word(rng), word(rng)], verified: rng.chance(0.7) };
    return JSON.stringify(doc);
  }, 'json');

export const bytesCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'bytes'>;
  return cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = rng.u32() & 0xff;
    return out;
  }, 'bytes');
};

const ELEMENTS: Record<string, (rng: Rng, ref: number) => Value> = {
  int: (rng) => rng.int(1, 1000),
  number: (rng) => Math.round(rng.float() * 100000) / 100,
  date: (rng, ref) => dateBetween(rng, ref - 1825, ref),
  boolean: (rng) => rng.chance(0.5),
  uuid: (rng) => uuid(rng),
  word: (rng) => word(rng),
};

const wordElement = (rng: Rng): Value => word(rng);

export const arrayCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'array'>;
  const element = ELEMENTS[s.element] ?? wordElement;
  return cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const n = rng.int(s.minLength, Math.max(s.minLength, s.maxLength));
    return Array.from({ length: n }, () => element(rng, env.referenceDay));
  }, 'array');
};

/** Placeholder: foreign-key columns are filled by the table model from a parent row. */
export const foreignKeyCell: CellBuilder = () => cell(() => null, 'any');
