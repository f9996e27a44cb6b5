import { maxLengthOf } from '../../schema/index.js';
import { IDENTIFIER_DISTINCT_LENGTH, type ColumnSpec } from '../../plan/index.js';
import { mix32, TOKEN_ALPHABET, tokenWidth } from '../../util/index.js';
import { documentLayout, documentNumber, domainFrom, ipv4, isbn10, isbn13, licenseNumber, passwordHash, permuteIndex, sku, slug, uniqueIpv4, uniqueToken, url, uuid } from '../semantic/index.js';
import { cell, type BuiltCell, type CellBuilder, type CellEnv } from './cell-env.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;
/** Token alphabet: digits and capitals without I and O. */
export const ALNUM = TOKEN_ALPHABET;

/** A row's position in a keyed permutation of the table: distinct rows, distinct indexes. */
function permuted(env: CellEnv, span: number): (row: number) => number {
  return (row) => permuteIndex(row, span, env.key);
}

/** Tokens from a keyed permutation of the row: 8 symbols where the column and rows allow, more for more rows. */
function tokenCell(env: CellEnv, max: number, unique: boolean): BuiltCell {
  const rows = Math.max(env.rows, 1);
  const len = Math.min(max, Math.max(tokenWidth(rows), Math.min(max, 8)));
  const span = Math.min(ALNUM.length ** len, Number.MAX_SAFE_INTEGER);
  const p = permuted(env, span);
  // Past the span a unique column is refused by the plan check (UNIQUE_CAPACITY); other columns repeat.
  return cell((ctx) => uniqueToken(p(unique ? ctx.row : ctx.row % span), len, ALNUM), 'string');
}

/** A unique SKU or ISBN cut to a column too short to keep it distinct would repeat: such a column gets tokens. */
function cutShort(s: Spec<'identifier'>, max: number): boolean {
  return s.unique === true && max < (IDENTIFIER_DISTINCT_LENGTH[s.kind] ?? 0);
}

/** Identifiers made from a bijection of the row index, so they are unique by construction. */
export const identifierCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'identifier'>;
  const max = maxLengthOf(env.column) ?? 64;
  const rows = Math.max(env.rows, 1);
  if (cutShort(s, max)) return tokenCell(env, max, true);
  switch (s.kind) {
    case 'isbn13': { const p = permuted(env, Math.min(1e9, Math.max(rows, 1e6))); return cell((ctx) => isbn13(p(ctx.row)), 'string'); }
    case 'isbn10': { const p = permuted(env, Math.min(1e9, Math.max(rows, 1e6))); return cell((ctx) => isbn10(p(ctx.row)), 'string'); }
    case 'licenseNumber': return cell((ctx) => licenseNumber(ctx.row, Math.min(max, 12), rows), 'string');
    case 'sku': return cell((ctx) => sku(ctx.row).slice(0, max), 'string');
    case 'uuid': return cell((ctx) => uuid(ctx.rngFor(env.key)), 'uuid');
    case 'token': return tokenCell(env, max, s.unique === true);
    case 'ipv4': return s.unique ? cell((ctx) => uniqueIpv4(ctx.row, env.key), 'string') : cell((ctx) => ipv4(ctx.rngFor(env.key)), 'string');
    case 'passwordHash': return passwordHashCell(env, max, s.unique === true);
    case 'slug': return cell((ctx) => slug(ctx.rngFor(env.key), max, s.unique ? ctx.row : undefined), 'string');
    case 'documentNumber': return documentNumberCell(env, s, max);
  }
};

/**
 * Sequential document numbers (`INV-004513`, `INV-004514`, …) from the row index, so every row's
 * is distinct and shards agree; tokens where the column cannot hold the digits the rows need.
 */
function documentNumberCell(env: CellEnv, s: Spec<'identifier'>, max: number): BuiltCell {
  const layout = documentLayout(s.prefix ?? '', Math.max(env.rows, 1), max, env.key);
  return layout ? cell((ctx) => documentNumber(ctx.row, layout), 'string') : tokenCell(env, max, s.unique === true);
}

/** Password hashes; a unique column's end with hex digits of a keyed permutation of the row, so no two collide. */
function passwordHashCell(env: CellEnv, max: number, unique: boolean): BuiltCell {
  if (!unique) return cell((ctx) => passwordHash(ctx.rngFor(env.key), max), 'string');
  const width = Math.min(max, 13, Math.max(8, tokenWidth(Math.max(env.rows, 1)) + 2));
  const p = permuted(env, 16 ** width);
  return cell((ctx) => {
    const h = passwordHash(ctx.rngFor(env.key), max);
    return h.slice(0, h.length - width) + p(ctx.row).toString(16).padStart(width, '0');
  }, 'string');
}

const hex = (n: number, w: number): string => n.toString(16).padStart(w, '0');

/**
 * A v4-format UUID whose last 48 bits are a bijection of the row index (unique for rows < 2^48):
 * the low 32 bits a bijection of the row's low 32, the high 16 the row's high bits offset by a
 * mix of the low ones (so they are not `0000` on every row below 2^32, yet two rows sharing low
 * bits still differ there).
 */
function indexedUuid(random: string, row: number, key: number): string {
  const low = mix32((row >>> 0) ^ key);
  const high = (Math.floor(row / 4294967296) + (mix32(low ^ 0x9e3779b9) >>> 16)) & 0xffff;
  return `${random.slice(0, 24)}${hex(high, 4)}${hex(low, 8)}`;
}

export const uuidCell: CellBuilder = (env) =>
  env.spec.unique
    ? cell((ctx) => indexedUuid(uuid(ctx.rngFor(env.key)), ctx.row, env.key), 'uuid')
    : cell((ctx) => uuid(ctx.rngFor(env.key)), 'uuid');

export const urlCell: CellBuilder = (env) => {
  const s = env.spec as Spec<'url'>;
  const src = s.fromColumn === undefined ? undefined : env.indexOf(s.fromColumn);
  const max = maxLengthOf(env.column) ?? 255;
  return cell((ctx) => {
    const from = src === undefined ? undefined : ctx.values[src];
    const u = url(ctx.rngFor(env.key), typeof from === 'string' ? from : undefined);
    return u.length <= max ? u : `https://${domainFrom(String(ctx.row))}`.slice(0, max);
  }, 'string', src === undefined ? [] : [src]);
};
