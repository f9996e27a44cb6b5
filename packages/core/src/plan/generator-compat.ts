import type { LogicalType, LogicalTypeKind } from '../schema/index.js';
import { baseType, regexShape, slotCapacity, uniqueForm } from '../schema/index.js';
import type { ColumnSpec, GeneratorName, IdentifierKind } from './column-spec.js';
import { likeCapacity, likeSegments } from './like-segments.js';
import { daysFromIso, TOKEN_ALPHABET } from '../util/index.js';

/** ISBNs come from a permutation of at most 10⁹ indexes. */
const ISBN_CAPACITY = 1e9;

/**
 * Characters within which a kind's values stay distinct (a SKU "KTR-482913" needs all 10, an
 * ISBN-13 its first 12): a unique column shorter than that gets tokens of its length instead.
 */
export const IDENTIFIER_DISTINCT_LENGTH: Readonly<Partial<Record<IdentifierKind, number>>> = { sku: 10, isbn13: 12, isbn10: 9 };

/** Distinct tokens in a text column of `maxLength` characters. */
const tokens = (maxLength: number): number => TOKEN_ALPHABET.length ** maxLength;

/** Distinct identifiers of `kind` in a text column of `maxLength` characters (tokens use every character). */
function identifierCapacity(kind: IdentifierKind, maxLength: number): number {
  // Document numbers give way to tokens where the rows' digits do not fit.
  if (kind === 'token' || kind === 'documentNumber' || maxLength < (IDENTIFIER_DISTINCT_LENGTH[kind] ?? 0)) return tokens(maxLength);
  if (kind === 'licenseNumber') return 26 * 10 ** (Math.min(maxLength, 12) - 1);
  return kind === 'isbn10' || kind === 'isbn13' ? ISBN_CAPACITY : Infinity;
}

/**
 * Text generators a unique column makes distinct with tokens of the row: appended to the value
 * where the column has room, alone where it has not (or, for emails and usernames, where a
 * distinct address or name does not fit). A column of `n` characters holds 34^n of them.
 */
const TOKEN_BACKED = new Set<GeneratorName>(['firstName', 'lastName', 'middleName', 'fullName', 'email', 'username', 'phone', 'address', 'vocabulary', 'url', 'text']);

function textCapacity(spec: ColumnSpec, t: LogicalType): number {
  return t.kind === 'string' && t.length !== undefined && TOKEN_BACKED.has(spec.generator) ? tokens(t.length) : Infinity;
}

type Kinds = readonly LogicalTypeKind[];
const TEXT: Kinds = ['string'];
const NUM: Kinds = ['int', 'decimal', 'float'];

/** Symbols a `pattern` generator draws for each `_` and `%` character (digits and capitals without I and O). */
export const PATTERN_SYMBOLS = 34;

/** Column types each generator can fill. */
export const GENERATOR_TYPES: Record<GeneratorName, Kinds> = {
  sequence: [...NUM, 'string'],
  int: [...NUM, 'string'],
  number: NUM,
  boolean: ['boolean', 'int'],
  enum: ['string', 'enum', 'int', 'decimal', 'float', 'char' as LogicalTypeKind],
  firstName: TEXT, lastName: TEXT, middleName: TEXT, fullName: TEXT,
  gender: ['string', 'enum'], honorific: TEXT,
  email: TEXT, username: TEXT, phone: TEXT, address: TEXT, vocabulary: TEXT, identifier: ['string', 'uuid'], pattern: TEXT, regex: TEXT, url: TEXT, text: TEXT,
  date: ['date', 'timestamp', 'string'],
  birthDate: ['date', 'timestamp', 'string'],
  timestamp: ['timestamp', 'date', 'string'],
  time: ['time', 'string'],
  after: ['date', 'timestamp', 'time', ...NUM],
  formula: NUM,
  uuid: ['uuid', 'string'],
  json: ['json', 'string'],
  network: TEXT, xml: TEXT,
  bytes: ['bytes'],
  array: ['array'],
  constant: ['int', 'decimal', 'float', 'boolean', 'string', 'date', 'time', 'timestamp', 'uuid', 'json', 'bytes', 'enum', 'array'],
  foreignKey: ['int', 'decimal', 'float', 'boolean', 'string', 'date', 'time', 'timestamp', 'uuid', 'json', 'bytes', 'enum', 'array'],
  reference: [...NUM, 'string', 'uuid'],
};

/** Column types a `timestamp` or `after` written as Unix seconds or milliseconds (`unit`) can fill. */
const EPOCH_TYPES: Kinds = [...NUM, 'string'];

/** True when the generator's values can fill a column of the type (an epoch `unit` fills numbers and text). */
export function generatorFits(spec: ColumnSpec, type: LogicalType): boolean {
  const kinds = 'unit' in spec && spec.unit !== undefined ? EPOCH_TYPES : GENERATOR_TYPES[spec.generator];
  return kinds.includes(baseType(type).kind);
}

/** Distinct instants a timestamp plan allows in a day: every second, or its `hours` × starts an hour on its `minuteStep`. */
function daySlots(spec: Extract<ColumnSpec, { generator: 'timestamp' }>): number {
  return (spec.hours?.length ?? 24) * (spec.minuteStep === undefined ? 3600 : Math.ceil(60 / spec.minuteStep));
}

/** How many distinct values the generator can produce for the column (Infinity = unbounded). */
export function uniqueCapacity(spec: ColumnSpec, type: LogicalType): number {
  const t = baseType(type);
  switch (spec.generator) {
    case 'sequence': return spec.max === undefined ? Infinity : Math.max(0, Math.floor((spec.max - spec.start) / spec.step) + 1);
    case 'boolean': return 2;
    case 'enum': return spec.values.length;
    case 'int': return Math.floor(spec.max) - Math.ceil(spec.min) + 1;
    case 'number': return t.kind === 'decimal' ? Math.floor((spec.max - spec.min) * 10 ** t.scale) + 1 : Infinity;
    case 'constant': return 1;
    case 'pattern': return likeCapacity(likeSegments(spec.like), PATTERN_SYMBOLS);
    case 'regex': { const shape = regexShape(spec.pattern); return shape ? slotCapacity(uniqueForm(shape, Number.MAX_SAFE_INTEGER, t.kind === 'string' ? t.length ?? 255 : 255)) : Infinity; }
    case 'gender': return t.kind === 'enum' ? t.values.length : 3;
    case 'honorific': return 6;
    case 'identifier': return identifierCapacity(spec.kind, t.kind === 'string' ? t.length ?? 64 : 64);
    case 'date': return daysFromIso(spec.to) - daysFromIso(spec.from) + 1;
    case 'timestamp': return (daysFromIso(spec.to) - daysFromIso(spec.from) + 1) * daySlots(spec);
    default: return textCapacity(spec, t);
  }
}
