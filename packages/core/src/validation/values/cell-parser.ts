import type { LogicalType, StringFormat } from '../../schema/index.js';
import { arrayCellParser, type ArrayStyle } from './parse-array.js';
import { parseBooleanCell } from './parse-boolean.js';
import { parseBytesCell } from './parse-bytes.js';
import { parseDecimalCell } from './parse-decimal.js';
import { intCellParser, parseFloatCell } from './parse-number.js';
import { checkEnumCell, checkStringCell, parseJsonCell, parseUuidCell } from './parse-string.js';
import { parseCidrCell, parseInetCell, parseMacaddrCell } from './parse-network.js';
import { parseXmlCell } from './parse-xml.js';
import { parseDateCell, parseTimeCell, timestampCellParser } from './parse-temporal.js';
import { CellProblem, type CellParser } from './sql-value.js';

const FORMAT_PARSERS: Record<StringFormat, (text: string) => string | CellProblem> = {
  inet: parseInetCell, cidr: parseCidrCell, macaddr: parseMacaddrCell, xml: parseXmlCell,
};

/** A string cell: its length, then the form its format requires (`inet`, `xml`, ...). */
function stringCellParser(type: Extract<LogicalType, { kind: 'string' }>, lengths: boolean): CellParser {
  const length = type.variant === 'text' || !lengths ? undefined : type.length;
  const form = type.format === undefined ? undefined : FORMAT_PARSERS[type.format];
  return (t) => {
    const checked = checkStringCell(t, length, type.variant);
    return form === undefined || checked instanceof CellProblem ? checked : form(checked);
  };
}

/** How strictly text forms are read. */
export interface CellParserOptions {
  /** Array syntax required (`postgres` target CSV: literal; other targets: JSON; JSON files: either). */
  readonly arrayStyle: ArrayStyle;
  /** Accept any text in json columns (JSON files embed JSON values natively). */
  readonly lenientJson: boolean;
  /** Check text lengths against `VARCHAR(n)`/`CHAR(n)` (default true; SQLite does not enforce them). */
  readonly lengths?: boolean;
}

/**
 * Builds the text-to-value parser for a column type; domains parse as their base type
 * (their NOT NULL and CHECKs are applied by the column check).
 *
 * @example
 * ```ts
 * const p = cellParser({ kind: 'int', bits: 16 }, { arrayStyle: 'any', lenientJson: false })
 * p('12')     // 12
 * p('99999')  // CellProblem('type', '99999 is out of range for smallint ...')
 * ```
 */
export function cellParser(type: LogicalType, options: CellParserOptions): CellParser {
  switch (type.kind) {
    case 'int': return intCellParser(type);
    case 'decimal': return (t) => parseDecimalCell(t, type.precision, type.scale);
    case 'float': return (t) => parseFloatCell(t, type.bits);
    case 'boolean': return parseBooleanCell;
    case 'string': return stringCellParser(type, options.lengths !== false);
    case 'date': return parseDateCell;
    case 'time': return parseTimeCell;
    case 'timestamp': return timestampCellParser(type);
    case 'uuid': return parseUuidCell;
    case 'json': return options.lenientJson ? (t) => t : parseJsonCell;
    case 'bytes': return (t) => parseBytesCell(t, type.length);
    case 'enum': { const labels = new Set(type.values); return (t) => checkEnumCell(t, labels); }
    case 'array': return arrayCellParser(cellParser(type.element, { ...options, arrayStyle: 'any' }), options.arrayStyle);
    case 'domain': return cellParser(type.base, options);
  }
}
