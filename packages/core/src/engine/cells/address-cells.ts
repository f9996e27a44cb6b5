import { maxLengthOf } from '../../schema/index.js';
import type { ColumnSpec } from '../../plan/index.js';
import type { RowContext } from '../row-context.js';
import type { RowLocation } from '../row-location.js';
import { formatPhoneDigits, permuteIndex, phoneFitting, secondaryAddress, uniquePhoneDigits, type UsLocation } from '../semantic/index.js';
import { cell, sharingRowState, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';
import { rowToken } from './row-token.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

/** The row's one US location, so street, city, state, ZIP and area code agree. */
export function locationOf(ctx: RowContext, env: CellEnv): RowLocation {
  return ctx.locationIn(env.locationKey);
}

const FIELDS: Record<Spec<'address'>['field'], (l: UsLocation, ctx: RowContext, env: CellEnv) => string> = {
  street: (l) => l.street,
  city: (l) => l.city,
  state: (l) => l.state,
  stateName: (l) => l.stateName,
  zip: (l) => l.zip,
  country: (l) => l.country,
  full: (l) => `${l.street}, ${l.city}, ${l.state} ${l.zip}`,
  secondary: (_l, ctx, env) => secondaryAddress(ctx.rngFor(env.key)),
};

export const addressCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'address'>;
  const max = maxLengthOf(env.column);
  const field = s.field === 'state' && max !== undefined && max < 2 ? 'state' : s.field;
  const get = FIELDS[field];
  const fit = s.field === 'state' && (max ?? 99) >= 14 && /name/i.test(env.column.name) ? FIELDS.stateName : get;
  return sharingRowState(cell((ctx) => fit(locationOf(ctx, env), ctx, env), 'string'));
};

/**
 * A fictitious 555-01xx number whose area code belongs to the row's state. Its digits come from
 * the phone's own stream, except when the phone is the first cell of the row to read the
 * location: then they go on from the location's stream after the area code, as they did when
 * the location and the phone shared one random source (generator version 1's bytes).
 */
/**
 * A unique phone column: distinct numbers from a keyed bijection of the row (the 555-01xx block
 * first, see {@link uniquePhoneDigits}), in the layout the column fits; row tokens in a column
 * shorter than 10.
 */
function uniquePhoneCell(env: CellEnv, max: number): BuiltCell {
  if (max < 10) { const token = rowToken(env, max); return cell((ctx) => token(ctx.row), 'string'); }
  const rows = Math.max(env.rows, 1);
  return cell((ctx) => formatPhoneDigits(uniquePhoneDigits(permuteIndex(ctx.row, rows, env.key)), max), 'string');
}

export const phoneCell: CellBuilder = (env) => {
  const max = maxLengthOf(env.column) ?? 20;
  if (env.spec.unique === true) return uniquePhoneCell(env, max);
  return sharingRowState(cell((ctx) => {
    const first = ctx.location === undefined;
    const location = locationOf(ctx, env);
    const rng = first ? location.streamAfterAreaCode() : ctx.rngFor(env.key);
    return phoneFitting(rng, location.areaCode, max);
  }, 'string'));
};
