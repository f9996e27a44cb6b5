import { INET_LENGTH, MACADDR_LENGTH, type Dialect, type LogicalType } from '../../schema/index.js';
import type { NativeType } from './native-type.js';

type Mapper = (t: NativeType, d: Dialect) => LogicalType | undefined;

const num = (t: NativeType, i: number): number | undefined => {
  const v = t.args[i];
  return typeof v === 'number' ? v : undefined;
};

function int(bits: 8 | 16 | 24 | 32 | 64): Mapper {
  return (t) => (t.unsigned ? { kind: 'int', bits, unsigned: true } : { kind: 'int', bits });
}

/** MySQL TINYINT(1) is its boolean; SQL Server TINYINT is 0..255. */
const tinyint: Mapper = (t, d) => {
  if (d === 'mysql' && num(t, 0) === 1) return { kind: 'boolean' };
  return d === 'mssql' || t.unsigned ? { kind: 'int', bits: 8, unsigned: true } : { kind: 'int', bits: 8 };
};

/** MySQL's YEAR: 1901…2155, stored as a SMALLINT by dialects without it. */
const year: Mapper = () => ({ kind: 'int', bits: 16, year: true });

/** Unconstrained DECIMAL: MySQL means (10,0), SQL Server (18,0); PostgreSQL/SQLite are unbounded, read as (18,2). */
const DEFAULT_DECIMAL: Record<Dialect, [number, number]> = { mysql: [10, 0], mssql: [18, 0], postgres: [18, 2], sqlite: [18, 2] };

const decimal: Mapper = (t, d) => {
  const p = num(t, 0);
  if (p === undefined) {
    const [precision, scale] = DEFAULT_DECIMAL[d];
    return { kind: 'decimal', precision, scale };
  }
  return { kind: 'decimal', precision: p, scale: num(t, 1) ?? 0 };
};

/** FLOAT(p): p ≤ 24 is single precision everywhere; bare FLOAT is single only in MySQL. */
const float: Mapper = (t, d) => {
  const p = num(t, 0);
  if (t.args.length === 2) return { kind: 'float', bits: 32 };
  if (p !== undefined) return { kind: 'float', bits: p <= 24 ? 32 : 64 };
  return { kind: 'float', bits: d === 'mysql' ? 32 : 64 };
};

/** REAL is 4 bytes in PostgreSQL/SQL Server, 8 in MySQL (default mode) and SQLite. */
const real: Mapper = (_t, d) => ({ kind: 'float', bits: d === 'postgres' || d === 'mssql' ? 32 : 64 });

function str(variant: 'char' | 'varchar' | 'text', defaultLength?: number): Mapper {
  return (t) => {
    if (t.args[0] === 'max') return { kind: 'string', variant: 'text' };
    const length = num(t, 0) ?? defaultLength;
    return length === undefined ? { kind: 'string', variant } : { kind: 'string', variant, length };
  };
}

const bytes: Mapper = (t) => {
  const length = num(t, 0);
  return length === undefined ? { kind: 'bytes' } : { kind: 'bytes', length };
};

/** BIT / BIT(1) is a flag; wider bit strings are not supported. */
const bit: Mapper = (t) => ((num(t, 0) ?? 1) === 1 ? { kind: 'boolean' } : undefined);

const timestamp: Mapper = (t) => ({ kind: 'timestamp', withTimeZone: t.withTimeZone === true });

/** MySQL's TIMESTAMP is 32-bit Unix seconds (1970…2038); elsewhere TIMESTAMP is a plain timestamp. */
const timestampNamed: Mapper = (t, d) => (d === 'mysql' ? { kind: 'timestamp', withTimeZone: false, unix: true } : timestamp(t, d));
const fixed = (type: LogicalType): Mapper => () => type;
const enumOf: Mapper = (t) => ({ kind: 'enum', values: t.values ?? [] });

const MAPPERS = new Map<string, Mapper>(Object.entries({
  smallint: int(16), int2: int(16), tinyint, year,
  int: int(32), integer: int(32), int4: int(32), mediumint: int(24),
  bigint: int(64), int8: int(64), 'unsigned big int': int(64),
  bool: fixed({ kind: 'boolean' }), boolean: fixed({ kind: 'boolean' }), bit,
  decimal, numeric: decimal, dec: decimal, fixed: decimal,
  money: (_t, d) => ({ kind: 'decimal', precision: 19, scale: d === 'mssql' ? 4 : 2 }),
  smallmoney: fixed({ kind: 'decimal', precision: 10, scale: 4 }),
  float, real, float4: fixed({ kind: 'float', bits: 32 }),
  double: fixed({ kind: 'float', bits: 64 }), 'double precision': fixed({ kind: 'float', bits: 64 }), float8: fixed({ kind: 'float', bits: 64 }),
  char: str('char', 1), character: str('char', 1), nchar: str('char', 1), bpchar: str('char', 1),
  varchar: str('varchar'), 'character varying': str('varchar'), nvarchar: str('varchar'), varchar2: str('varchar'), nvarchar2: str('varchar'),
  text: str('text'), mediumtext: str('text'), longtext: str('text'), ntext: str('text'), clob: str('text'),
  citext: str('text'), string: str('text'), any: str('text'),
  tinytext: fixed({ kind: 'string', variant: 'varchar', length: 255 }),
  uuid: fixed({ kind: 'uuid' }), uniqueidentifier: fixed({ kind: 'uuid' }),
  json: fixed({ kind: 'json', binary: false }), jsonb: fixed({ kind: 'json', binary: true }),
  bytea: bytes, blob: bytes, tinyblob: bytes, mediumblob: bytes, longblob: bytes, binary: bytes, varbinary: bytes, image: bytes, bytes,
  date: fixed({ kind: 'date' }), time: fixed({ kind: 'time' }), timetz: fixed({ kind: 'time' }),
  datetime: timestamp, datetime2: timestamp, smalldatetime: timestamp, timestamp: timestampNamed,
  timestamptz: fixed({ kind: 'timestamp', withTimeZone: true }), datetimeoffset: fixed({ kind: 'timestamp', withTimeZone: true }),
  enum: enumOf, set: enumOf,
  inet: fixed({ kind: 'string', variant: 'varchar', length: INET_LENGTH, format: 'inet' }),
  cidr: fixed({ kind: 'string', variant: 'varchar', length: INET_LENGTH, format: 'cidr' }),
  macaddr: fixed({ kind: 'string', variant: 'varchar', length: MACADDR_LENGTH, format: 'macaddr' }),
  xml: fixed({ kind: 'string', variant: 'text', format: 'xml' }),
} satisfies Record<string, Mapper>));

/**
 * Other databases' types that SQLite's affinity would read as numbers: a file that declares them is
 * not a SQLite schema, whatever grammar read it (auto-detection tries SQLite after PostgreSQL).
 */
const FOREIGN_TYPES = new Set([
  'hstore', 'tsvector', 'tsquery', 'ltree', 'lquery', 'geometry', 'geography', 'point', 'linestring', 'polygon',
  'multipoint', 'multilinestring', 'multipolygon', 'geometrycollection', 'box', 'circle', 'lseg', 'path',
  'hierarchyid', 'sql_variant', 'rowversion', 'txid_snapshot', 'pg_lsn', 'regclass', 'oid', 'macaddr8',
]);

/**
 * SQLite's type-affinity rules (sqlite.org/datatype3.html §3.1) for names not in the table: SQLite
 * accepts any type name (`LONG`, `CURRENCY`, `DATE_TIME`), giving what no rule matches NUMERIC
 * affinity. Other databases' types (`hstore`, `geometry`) are refused instead, and so is any other
 * name when the dialect was only `guessed` (text with no SQLite marker, read as SQLite because
 * PostgreSQL and MySQL refused it): there an unknown name is more likely another database's type.
 */
function sqliteAffinity(name: string, guessed: boolean): LogicalType | undefined {
  const n = name.toUpperCase();
  if (n.includes('INT')) return { kind: 'int', bits: 64 };
  if (n === '' || n.includes('CHAR') || n.includes('CLOB') || n.includes('TEXT')) return { kind: 'string', variant: 'text' };
  if (n.includes('BLOB')) return { kind: 'bytes' };
  if (n.includes('REAL') || n.includes('FLOA') || n.includes('DOUB')) return { kind: 'float', bits: 64 };
  const numeric = n.includes('NUM') || n.includes('DEC') || (!guessed && !FOREIGN_TYPES.has(name.toLowerCase()));
  return numeric ? { kind: 'decimal', precision: DEFAULT_DECIMAL.sqlite[0], scale: DEFAULT_DECIMAL.sqlite[1] } : undefined;
}

/** `int[]`, `int[][]` and `int[3][3]` are one type in PostgreSQL (it does not enforce dimensions): a one-dimensional array. */
function wrapArrays(t: LogicalType, dims: number): LogicalType {
  return dims > 0 ? { kind: 'array', element: t } : t;
}

/**
 * Maps a native type to Rowforge's logical type, or `undefined` when the name is not a
 * built-in type of the dialect (a PostgreSQL enum/domain name, or an unsupported type; SQLite
 * reads any other name by its affinity rules, except other databases' types like `hstore`, and
 * except when the dialect was `guessed` for text with no dialect marker).
 */
export function translateType(t: NativeType, dialect: Dialect, guessed = false): LogicalType | undefined {
  const mapper = MAPPERS.get(t.name);
  const base = mapper ? mapper(t, dialect) : dialect === 'sqlite' ? sqliteAffinity(t.name, guessed) : undefined;
  return base === undefined ? undefined : wrapArrays(base, t.arrayDims ?? 0);
}
