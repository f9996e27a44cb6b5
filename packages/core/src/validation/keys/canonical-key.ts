import { baseType, type Dialect, type LogicalType } from '../../schema/index.js';
import { parseBooleanCell } from '../values/parse-boolean.js';
import { canonicalHex } from '../values/parse-bytes.js';
import { canonicalDecimal, decimalDigits } from '../values/parse-decimal.js';
import { parseTimestampCell } from '../values/parse-temporal.js';
import { CellProblem } from '../values/sql-value.js';

/** Maps a cell's text to the form equal keys share (`007` and `7` are one int key). */
export type Canonicalizer = (text: string) => string;

const INT_TEXT = /^([+-]?)0*(\d+)$/;

function canonicalInt(text: string): string {
  const m = INT_TEXT.exec(text);
  if (!m) return text;
  const digits = m[2]!;
  return m[1] === '-' && digits !== '0' ? `-${digits}` : digits;
}

function canonicalNumber(text: string): string {
  const d = decimalDigits(text);
  return d ? canonicalDecimal(d) : text;
}

function canonicalBoolean(text: string): string {
  const b = parseBooleanCell(text);
  return b instanceof CellProblem ? text : String(b);
}

function canonicalTimestamp(text: string): string {
  const t = parseTimestampCell(text);
  return t instanceof CellProblem ? text : String(t.value);
}

const identity: Canonicalizer = (t) => t;
const NON_ASCII = /[^\u0000-\u007f]/u; // eslint-disable-line no-control-regex -- the range starts at NUL on purpose

/**
 * MySQL/MariaDB default utf8mb4 collations: case- and accent-insensitive; trailing
 * spaces ignored as MariaDB's PAD SPACE collations do (MySQL 8's are NO PAD, so this is
 * the stricter of the two).
 */
function mysqlText(text: string): string {
  const plain = NON_ASCII.test(text) ? text.normalize('NFD').replace(/\p{M}/gu, '') : text;
  return plain.toLowerCase().replace(/ +$/, '');
}

/** SQL Server's default collation (…_CI_AS): case-insensitive, trailing spaces ignored. */
function mssqlText(text: string): string {
  return text.toLowerCase().replace(/ +$/, '');
}

function textCollation(target: Dialect | undefined): Canonicalizer {
  return target === 'mysql' ? mysqlText : target === 'mssql' ? mssqlText : identity;
}

/**
 * The canonicalizer for a column type, so a child key matches its parent key however
 * each was spelled (ints without leading zeros, decimals without trailing zeros,
 * lowercase uuids and hex, timestamps as instants). Text follows the target's default
 * collation: case- and accent-insensitive on MySQL, case-insensitive on SQL Server,
 * exact on PostgreSQL and SQLite.
 *
 * @example
 * ```ts
 * canonicalizer({ kind: 'int', bits: 32 })('+007')                             // '7'
 * canonicalizer({ kind: 'string', variant: 'text' }, 'mysql')('Émile')        // 'emile'
 * ```
 */
export function canonicalizer(type: LogicalType, target?: Dialect): Canonicalizer {
  const b = baseType(type);
  switch (b.kind) {
    case 'int': return canonicalInt;
    case 'decimal': case 'float': return canonicalNumber;
    case 'boolean': return canonicalBoolean;
    case 'uuid': return (t) => t.toLowerCase();
    case 'bytes': return canonicalHex;
    case 'timestamp': return canonicalTimestamp;
    case 'string': case 'enum': return textCollation(target);
    default: return identity;
  }
}

/**
 * Builds one key's text from several cells; `null` when any key cell is NULL or absent
 * (such rows never collide in UNIQUE — SQL Server included, where the writers emit a
 * filtered unique index — and are not looked up as foreign keys).
 *
 * @example
 * ```ts
 * const k = new KeyEncoder([0, 2], [canonicalInt, (t) => t])
 * k.encode(['01', 'x', 'b']) // '1:1|1:b'
 * ```
 */
export class KeyEncoder {
  constructor(
    readonly indices: readonly number[],
    private readonly canon: readonly Canonicalizer[],
  ) {}

  encode(cells: readonly (string | null | undefined)[]): string | null {
    if (this.indices.length === 1) return this.part(cells, 0);
    let out = '';
    for (let i = 0; i < this.indices.length; i++) {
      const part = this.part(cells, i);
      if (part === null) return null;
      out += `${i === 0 ? '' : '|'}${part.length}:${part}`;
    }
    return out;
  }

  private part(cells: readonly (string | null | undefined)[], i: number): string | null {
    const c = cells[this.indices[i]!];
    return c === null || c === undefined ? null : this.canon[i]!(c);
  }

  /** Human-readable key value, e.g. `(1, 'b')`. */
  describe(cells: readonly (string | null | undefined)[]): string {
    const parts = this.indices.map((i) => {
      const c = cells[i];
      return c === null || c === undefined ? 'NULL' : c;
    });
    return parts.join(', ');
  }
}
