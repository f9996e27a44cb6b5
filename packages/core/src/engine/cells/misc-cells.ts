import type { Column, LogicalType, Value } from '../../schema/index.js';
import { baseType } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import { elementDraw } from './array-elements.js';
import type { Rng } from '../rng.js';
import { cell, type CellBuilder, type CellEnv } from './cell-env.js';
import { converterFor } from './coerce.js';
import { elementCheck } from './element-checks.js';
import { jsonDocument } from './json-document.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

/** A small, plausible JSON document. */
export const jsonCell: CellBuilder = (env) => cell((ctx) => jsonDocument(ctx.rngFor(env.key)), 'json');

export const bytesCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'bytes'>;
  return cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) out[i] = rng.u32() & 0xff;
    return out;
  }, 'bytes');
};

const TEXT: LogicalType = { kind: 'string', variant: 'text' };

/** The type of an array column's elements (text when the column is not an array). */
function elementType(column: Column): LogicalType {
  const t = baseType(column.type);
  return t.kind === 'array' ? t.element : TEXT;
}

function lengthOf(type: LogicalType): number | undefined {
  const t = baseType(type);
  return t.kind === 'string' ? t.length : undefined;
}

/** Draws of an element before one that fails its domain's CHECKs is left out of the array. */
const ELEMENT_TRIES = 8;

/** Redraws an element its domain's CHECKs reject; `undefined` when every try fails. */
function checked(draw: (rng: Rng) => Value, ok: (v: Value) => boolean): (rng: Rng) => Value | undefined {
  return (rng) => {
    for (let i = 0; i < ELEMENT_TRIES; i++) {
      const v = draw(rng);
      if (ok(v)) return v;
    }
    return undefined;
  };
}

/** One element drawn as the plan names, fitted to the element type (text cut to its length, decimals to their scale). */
function elementOf(env: CellEnv, s: Spec<'array'>): (rng: Rng) => Value | undefined {
  const type = elementType(env.column);
  const [draw, native] = elementDraw({ ...s, name: s.element, type });
  const fit = converterFor(native, type, native === 'string' ? lengthOf(type) : undefined);
  const fitted = (rng: Rng): Value => fit(draw(rng, env.referenceDay));
  const ok = elementCheck(type);
  return ok ? checked(fitted, ok) : fitted;
}

/** `minLength`…`maxLength` elements of the element type; elements no draw fits to their domain's CHECKs are left out. */
export const arrayCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'array'>;
  const element = elementOf(env, s);
  return cell((ctx) => {
    const rng = ctx.rngFor(env.key);
    const n = rng.int(s.minLength, Math.max(s.minLength, s.maxLength));
    return Array.from({ length: n }, () => element(rng)).filter((v): v is Value => v !== undefined);
  }, 'array');
};

/** Placeholder: foreign-key columns are filled by the table model from a parent row. */
export const foreignKeyCell: CellBuilder = () => cell(() => null, 'any');
