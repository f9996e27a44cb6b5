import type { ColumnSpec } from './column-spec.js';
import { IDENTIFIER_DISTINCT_LENGTH } from './generator-compat.js';
import type { TextCase } from './text-checks.js';

/**
 * What a text generator's values look like in a column long enough for all of them: their
 * shortest and longest length (Infinity when it depends on the row count or on combined parts),
 * the case of their letters (`none`: no letters, so either case passes; absent: mixed), and
 * whether a shorter column slices them (`slice`: they keep `min(min, length)` characters) or
 * rewrites them shorter (any length from 1).
 * Measured from the engine's output; engine/checks/text-shapes.test.ts holds the engine to it.
 */
export interface TextShape {
  readonly min: number;
  readonly max: number;
  readonly textCase?: TextCase | 'none';
  readonly slice?: true;
}

const mixed = (min: number, max: number): TextShape => ({ min, max });
const sliced = (min: number, max: number, textCase?: TextCase | 'none'): TextShape => ({ min, max, slice: true, ...(textCase ? { textCase } : {}) });

/** Shapes by generator, `generator:kind` (identifier, network), `generator:field` (address) or `generator:name` (vocabulary). */
export const TEXT_SHAPES: Readonly<Record<string, TextShape>> = {
  'vocabulary:currency': { min: 3, max: 3, textCase: 'upper' },
  'vocabulary:licensePlate': { min: 7, max: 8, textCase: 'upper' },
  'vocabulary:word': { min: 3, max: 8, textCase: 'lower' },
  'vocabulary:status': { min: 6, max: 9, textCase: 'lower' },
  'vocabulary:cuisine': mixed(3, 14), 'vocabulary:color': mixed(3, 12), 'vocabulary:category': mixed(3, 9),
  'vocabulary:edition': mixed(3, 11), 'vocabulary:title': mixed(7, 16), 'vocabulary:projectRole': mixed(7, 15),
  'vocabulary:nationality': mixed(4, 13), 'vocabulary:language': mixed(4, 14), 'vocabulary:paymentMethod': mixed(4, 13),
  'vocabulary:vehicleType': mixed(3, 13), 'vocabulary:genre': mixed(5, 23), 'vocabulary:country': mixed(4, 20),
  'identifier:sku': sliced(10, 10, 'upper'),
  'identifier:token': sliced(8, Infinity, 'upper'),
  'identifier:isbn13': sliced(13, 13, 'none'),
  'identifier:isbn10': sliced(10, 10, 'upper'),
  'identifier:licenseNumber': sliced(12, 12, 'upper'),
  'identifier:ipv4': sliced(7, 15, 'none'),
  'identifier:slug': sliced(3, Infinity, 'lower'),
  'address:state': sliced(2, 2, 'upper'),
  'address:zip': sliced(5, 5, 'none'),
  'address:country': sliced(13, 13),
  'address:street': sliced(8, Infinity), 'address:full': sliced(20, Infinity), 'address:city': mixed(3, Infinity),
  'address:stateName': mixed(4, 20), 'address:secondary': mixed(4, 9),
  'network:inet': sliced(7, 15, 'none'), 'network:cidr': sliced(9, 18, 'none'), 'network:macaddr': sliced(17, 17, 'lower'),
  email: sliced(8, Infinity, 'lower'),
  username: { min: 3, max: Infinity, textCase: 'lower' },
  url: sliced(12, Infinity, 'lower'),
  phone: { min: 10, max: 14, textCase: 'none' },
  firstName: mixed(2, Infinity), lastName: mixed(2, Infinity), middleName: mixed(2, Infinity), fullName: sliced(5, Infinity),
  gender: mixed(4, 10), honorific: mixed(3, 5),
};

/** Generators that end a unique column's values with tokens of the row, or give the token alone where it does not fit. */
const TOKEN_BACKED = new Set<ColumnSpec['generator']>(['firstName', 'lastName', 'middleName', 'fullName', 'email', 'username', 'phone', 'address', 'vocabulary', 'url']);

/** A unique SKU or ISBN in a column too short to keep it distinct is drawn as tokens (as the engine's identifier cells do). */
function cutToTokens(spec: ColumnSpec, maxLength: number | undefined): boolean {
  return spec.generator === 'identifier' && spec.unique === true && maxLength !== undefined && maxLength < (IDENTIFIER_DISTINCT_LENGTH[spec.kind] ?? 0);
}

function shapeKey(spec: ColumnSpec, maxLength: number | undefined): string {
  if (spec.generator === 'vocabulary') return `vocabulary:${spec.name}`;
  if (cutToTokens(spec, maxLength)) return 'identifier:token';
  if (spec.generator === 'identifier' || spec.generator === 'network') return `${spec.generator}:${spec.kind}`;
  return spec.generator === 'address' ? `address:${spec.field}` : spec.generator;
}

/**
 * The shape of a generator's values in a column of `maxLength` characters (cut to it), or
 * undefined when it is not known (a generator not measured, tokens of a unique column).
 *
 * @example
 * ```ts
 * textShapeOf({ generator: 'identifier', kind: 'sku' }, 6) // { min: 6, max: 6, textCase: 'upper' }
 * ```
 */
export function textShapeOf(spec: ColumnSpec, maxLength: number | undefined): TextShape | undefined {
  const shape = TEXT_SHAPES[shapeKey(spec, maxLength)];
  if (!shape || (spec.unique === true && TOKEN_BACKED.has(spec.generator))) return undefined;
  if (maxLength === undefined || maxLength >= shape.max) return shape;
  const min = shape.slice ? Math.min(shape.min, maxLength) : 1;
  return { min, max: maxLength, ...(shape.textCase ? { textCase: shape.textCase } : {}) };
}
