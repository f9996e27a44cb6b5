import type { Column } from '../schema/index.js';
import { longestForm, maxLengthOf, regexShape, uniqueForm } from '../schema/index.js';
import { tokenWidth } from '../util/index.js';
import type { ColumnSpec } from './column-spec.js';
import { likeSegments } from './like-segments.js';

type Spec<G extends ColumnSpec['generator']> = Extract<ColumnSpec, { generator: G }>;

/** Room the engine assumes for an unbounded column: tokens, regexes and patterns, and prose. */
const TOKEN_ROOM = 64;
const SHAPE_ROOM = 255;
const TEXT_ROOM = 4000;
/** Characters of a UUID, an IPv4 address. */
const UUID_LENGTH = 36;
const IPV4_LENGTH = 15;
/** The pattern cell's longest run for one `%` of values that need not be unique, and its shortest unique token. */
const PATTERN_RUN = 8;
const PATTERN_TOKEN = 4;

/** A row token's width: 8 symbols where the column allows, more for more rows, at most the column. */
function tokenLength(max: number, rows: number): number {
  return Math.min(max, Math.max(tokenWidth(rows), Math.min(max, 8)));
}

function identifierLength(s: Spec<'identifier'>, max: number, rows: number): number | undefined {
  if (s.kind === 'token') return tokenLength(max, rows);
  if (s.kind === 'uuid') return UUID_LENGTH;
  return s.kind === 'ipv4' ? IPV4_LENGTH : undefined;
}

function regexLength(s: Spec<'regex'>, max: number, rows: number): number | undefined {
  const shape = regexShape(s.pattern);
  if (shape === undefined) return undefined;
  return s.unique === true ? uniqueForm(shape, rows, max).length : longestForm(shape);
}

/** A LIKE pattern's literals and `_`s, and what its `%`s get (a unique value's first holds the row token, the others nothing). */
function patternLength(s: Spec<'pattern'>, max: number, rows: number): number {
  const segments = likeSegments(s.like);
  const fixed = segments.reduce((n, x) => n + (x.kind === 'literal' ? x.text.length : x.kind === 'one' ? 1 : 0), 0);
  const anys = segments.filter((x) => x.kind === 'any').length;
  const room = Math.max(0, max - fixed);
  if (anys === 0) return fixed;
  return fixed + (s.unique === true ? Math.min(room, Math.max(tokenWidth(rows), PATTERN_TOKEN)) : anys * Math.min(PATTERN_RUN, Math.floor(room / anys)));
}

const digits = (n: number): number => String(n).length;

function numericLength(spec: ColumnSpec, rows: number): number | undefined {
  if (spec.generator === 'sequence') return Math.max(digits(spec.start), digits(spec.start + spec.step * Math.max(rows - 1, 0)));
  if (spec.generator === 'int' && Number.isInteger(spec.min) && Number.isInteger(spec.max)) return Math.max(digits(spec.min), digits(spec.max));
  return spec.generator === 'enum' ? Math.max(...spec.values.map((v) => String(v).length)) : undefined;
}

/**
 * The longest value the engine writes for `spec` into `column` at `rows` rows, where the
 * generator bounds it whatever the column's length: a UUID's 36 characters, a row token's 8, a
 * regex's longest (or, unique, its one) form, a LIKE pattern's literals and runs, digits of a
 * sequence. `undefined` where the value's length follows only the column (names, prose made
 * unique with row tokens, slugs): such a value may be as long as the column.
 *
 * @example
 * ```ts
 * valueLength({ generator: 'uuid' }, textColumn, 200) // 36
 * valueLength({ generator: 'identifier', kind: 'token', unique: true }, textColumn, 200) // 8
 * ```
 */
export function valueLength(spec: ColumnSpec, column: Column, rows: number): number | undefined {
  const max = maxLengthOf(column);
  const n = Math.max(rows, 1);
  switch (spec.generator) {
    case 'uuid': return UUID_LENGTH;
    case 'identifier': return identifierLength(spec, max ?? TOKEN_ROOM, n);
    case 'regex': return regexLength(spec, max ?? SHAPE_ROOM, n);
    case 'pattern': return patternLength(spec, max ?? SHAPE_ROOM, n);
    case 'text': return spec.unique === true ? undefined : Math.min(spec.maxLength ?? 400, max ?? TEXT_ROOM);
    default: return numericLength(spec, n);
  }
}
