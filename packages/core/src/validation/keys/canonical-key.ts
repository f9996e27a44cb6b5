import { baseType, type LogicalType } from '../../schema/index.js';
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

/**
 * The canonicalizer for a column type, so a child key matches its parent key however
 * each was spelled (ints without leading zeros, decimals without trailing zeros,
 * lowercase uuids and hex, timestamps as instants).
 *
 * @example
 * ```ts
 * canonicalizer({ kind: 'int', bits: 32 })('+007') // '7'
 * ```
 */
export function canonicalizer(type: LogicalType): Canonicalizer {
  const b = baseType(type);
  switch (b.kind) {
    case 'int': return canonicalInt;
    case 'decimal': case 'float': return canonicalNumber;
    case 'boolean': return canonicalBoolean;
    case 'uuid': return (t) => t.toLowerCase();
    case 'bytes': return canonicalHex;
    case 'timestamp': return canonicalTimestamp;
    default: return identity;
  }
}

/**
 * Builds one key's text from several cells; `null` when any key cell is NULL or absent
 * (such rows never collide in UNIQUE and are not looked up as foreign keys).
 *
 * @example
 * ```ts
 * const k = new KeyEncoder([0, 2], [canonicalInt, (t) => t])
 * k.encode(['01', 'x', 'b']) // '1:1|1:b'
 * ```
 */
export class KeyEncoder {
  /**
   * @param nullToken when set, a NULL cell is keyed as this token instead of making the
   *   key NULL (SQL Server UNIQUE treats NULLs as equal).
   */
  constructor(
    readonly indices: readonly number[],
    private readonly canon: readonly Canonicalizer[],
    private readonly nullToken?: string,
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
    if (c === undefined) return null;
    if (c === null) return this.nullToken ?? null;
    return this.canon[i]!(c);
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
