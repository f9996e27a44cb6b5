import { RowforgeError } from '../../errors/index.js';
import type { Schema } from '../../schema/index.js';
import { baseType, describeType, uniqueKeys } from '../../schema/index.js';
import type { ColumnSpec } from '../column-spec.js';
import { uniqueCapacity } from '../generator-compat.js';
import { referencingTextRoom, type TextRoom } from '../referencing-text-room.js';
import { valueLength } from '../value-length.js';
import { maxLengthOf, withRoom, type ColumnContext } from './column-context.js';
import { inferColumn } from './infer-column.js';
import { likeAsRegex, TOKEN_CLASS } from './like-as-regex.js';

const n = (x: number): string => x.toLocaleString('en-US');

const longest = (ctx: ColumnContext, spec: ColumnSpec): number => valueLength(spec, ctx.column, ctx.rows) ?? maxLengthOf(ctx.column) ?? Infinity;

/** True when the column is in a PRIMARY KEY or UNIQUE of several columns, which may make it unique later (`enforceCompositeKeys`). */
const inCompositeKey = (ctx: ColumnContext): boolean =>
  uniqueKeys(ctx.table).some((k) => k.length > 1 && k.some((c) => c.toLowerCase() === ctx.column.name.toLowerCase()));

/** True when every value the engine writes for `spec` (made unique, for a column of a composite key) into the key's own column fits `room`. */
function fits(ctx: ColumnContext, spec: ColumnSpec, room: TextRoom): boolean {
  return longest(ctx, spec) <= room.length && (!inCompositeKey(ctx) || longest(ctx, { ...spec, unique: true }) <= room.length);
}

const keyed = (ctx: ColumnContext, spec: ColumnSpec): ColumnSpec => (ctx.unique ? { ...spec, unique: true } : spec);

/** Row tokens where the engine's fit the room, else tokens exactly as long as the room. */
function roomTokens(ctx: ColumnContext, room: TextRoom): ColumnSpec {
  const tokens = keyed(ctx, { generator: 'identifier', kind: 'token' });
  return fits(ctx, tokens, room) ? tokens : keyed(ctx, { generator: 'regex', pattern: `${TOKEN_CLASS}{${room.length}}` });
}

const described = (room: TextRoom): string => `"${room.table.name}.${room.column.name}" (${describeType(room.column.type)})`;

function tooFewKeys(ctx: ColumnContext, room: TextRoom, capacity: number): never {
  const { table, column } = ctx;
  const most = Math.min(capacity, Number.MAX_SAFE_INTEGER);
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `"${table.name}" has ${n(ctx.rows)} rows but ${described(room)}, which holds the keys of "${table.name}.${column.name}", has room for only ${n(most)} distinct keys`, {
    table: table.name, column: column.name,
    hint: `lower "${table.name}" to at most ${most} rows, e.g. --rows-for ${table.name}=${most}, or widen "${room.table.name}.${room.column.name}"`,
  });
}

function tooLong(ctx: ColumnContext, room: TextRoom): never {
  const { table, column } = ctx;
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `the values "${table.name}.${column.name}" must have (its CHECK's shape) are longer than ${described(room)}, which holds its keys`, {
    table: table.name, column: column.name, hint: `widen "${room.table.name}.${room.column.name}" or loosen the CHECK on "${table.name}.${column.name}"`,
  });
}

/** `spec`, refused when the key needs more distinct values than it makes within the room, or its values do not fit. */
function checked(ctx: ColumnContext, room: TextRoom, spec: ColumnSpec): ColumnSpec {
  const capacity = ctx.unique ? uniqueCapacity({ ...spec, unique: true }, withRoom(ctx, room.length).column.type) : Infinity;
  if (capacity < ctx.rows) tooFewKeys(ctx, room, capacity);
  return fits(ctx, spec, room) ? spec : tooLong(ctx, room);
}

/**
 * What the key makes when the spec inferred for the room still writes longer values: a LIKE
 * pattern's (a CHECK's) shape as a regex within the room, a CHECK's regex as it is (refused if
 * it cannot fit), else row tokens.
 */
function refitted(ctx: ColumnContext, room: TextRoom, spec: ColumnSpec): ColumnSpec {
  if (fits(ctx, spec, room) || spec.generator === 'regex') return spec;
  if (spec.generator !== 'pattern') return roomTokens(ctx, room);
  const pattern = likeAsRegex(spec.like, room.length);
  return pattern === undefined ? tooLong(ctx, room) : keyed(ctx, { generator: 'regex', pattern });
}

/**
 * A string key whose values foreign keys copy into narrower columns (`accounts.id TEXT` that
 * `notes.account_id VARCHAR(20)` refers to, directly or through a chain of keys) is inferred as
 * though it were as narrow as the narrowest of them, so every value fits each: row tokens
 * instead of 36-character UUIDs, and tokens as long as the room where even a token is too long;
 * a CHECK's LIKE shape becomes a regex within the room. A spec whose values already fit stays.
 * A key with more rows than the room has distinct values is PLAN_CONTRADICTS_SCHEMA, naming
 * the narrow column.
 *
 * @example
 * ```ts
 * fitReferencedText(schema, accountsIdContext, { generator: 'uuid', unique: true })
 * // { generator: 'identifier', kind: 'token', unique: true }
 * ```
 */
export function fitReferencedText(schema: Schema, ctx: ColumnContext, spec: ColumnSpec): ColumnSpec {
  if (baseType(ctx.column.type).kind !== 'string') return spec;
  const room = referencingTextRoom(schema, ctx.table, ctx.column);
  if (room === undefined || room.length >= (maxLengthOf(ctx.column) ?? Infinity) || fits(ctx, spec, room)) return spec;
  return checked(ctx, room, refitted(ctx, room, inferColumn(withRoom(ctx, room.length))));
}
