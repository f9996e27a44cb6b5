import type { ColumnSpec } from '../column-spec.js';
import { uniqueCapacity } from '../generator-compat.js';
import { longestForm, regexShape } from '../../schema/index.js';
import { maxLengthOf, type ColumnContext } from './column-context.js';

/** Characters of a UUID in text (`8-4-4-4-12`). */
export const UUID_LENGTH = 36;
/** Shortest column a drawn token or digest is written in full to; shorter ones get the engine's row tokens. */
const SHORTEST_DRAWN = 8;

/** A column's room: its length, or `fallback` for unbounded text. */
const room = (ctx: ColumnContext, fallback: number): number => maxLengthOf(ctx.column) ?? fallback;

/** True when `spec`, made unique, has a value of its own for every row of the column. */
export function holdsRows(ctx: ColumnContext, spec: ColumnSpec): boolean {
  return uniqueCapacity({ ...spec, unique: true }, ctx.column.type) >= ctx.rows;
}

/**
 * A key that must be distinct (a text primary key, a UNIQUE token): a UUID where it fits, as
 * Prisma's `@default(uuid())` and Laravel's `HasUuids` write them; else the engine's row tokens
 * (`K3XQ7P2M`), a bijection of the row within the column's length.
 */
export function distinctKey(ctx: ColumnContext): ColumnSpec {
  return room(ctx, UUID_LENGTH) >= UUID_LENGTH ? { generator: 'uuid' } : { generator: 'identifier', kind: 'token' };
}

/**
 * Random characters of `alphabet`, as long as `preferred` or the column if shorter
 * (`[A-Za-z0-9]{40}`: a Laravel `remember_token`); a key gets {@link distinctKey} instead,
 * since distinct values of a fixed-length pattern would share their leading characters.
 */
export function drawnToken(ctx: ColumnContext, alphabet: string, preferred: number): ColumnSpec {
  if (ctx.unique) return distinctKey(ctx);
  const length = Math.min(preferred, room(ctx, preferred));
  return length < SHORTEST_DRAWN ? { generator: 'identifier', kind: 'token' } : { generator: 'regex', pattern: `[${alphabet}]{${length}}` };
}

/** Digest lengths in hex: SHA-256, SHA-1, MD5, then 64-bit. */
const DIGEST_LENGTHS = [64, 40, 32, 16];

/** A lower-case hex digest, the longest of SHA-256 / SHA-1 / MD5 / 16 digits the column holds. */
export function hexDigest(ctx: ColumnContext): ColumnSpec {
  const max = room(ctx, 64);
  return drawnToken(ctx, '0-9a-f', DIGEST_LENGTHS.find((n) => n <= max) ?? max);
}

/** An opaque secret or token of letters and digits, 40 characters where the column has room. */
export function secretToken(ctx: ColumnContext): ColumnSpec {
  return drawnToken(ctx, 'A-Za-z0-9', 40);
}

/** A regex whose every value fits the column whole and, for a key, has room for every row; else `undefined`. */
export function fittingRegex(ctx: ColumnContext, pattern: string): ColumnSpec | undefined {
  const shape = regexShape(pattern);
  if (shape === undefined || longestForm(shape) > room(ctx, Infinity)) return undefined;
  const spec: ColumnSpec = { generator: 'regex', pattern };
  return !ctx.unique || holdsRows(ctx, spec) ? spec : undefined;
}

/** Shortest column a unique slug keeps distinct in (`spring-garden-1234` leaves room for the row number). */
const SHORTEST_UNIQUE_SLUG = 16;

/** A lower-case, hyphenated word label (`spring-garden-tips`, a DNS label or settings key); a short key column gets row tokens. */
export function wordLabel(ctx: ColumnContext): ColumnSpec {
  if (ctx.unique && room(ctx, SHORTEST_UNIQUE_SLUG) < SHORTEST_UNIQUE_SLUG) return { generator: 'identifier', kind: 'token' };
  return { generator: 'identifier', kind: 'slug' };
}
