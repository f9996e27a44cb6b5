import { CellProblem, type CellParser, type SqlTemporal } from './sql-value.js';
import { timestampRange, type TimestampType } from '../../schema/index.js';
import { daysFromCivil } from '../../util/index.js';

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_TEXT = /^(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/;
const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const DAY_MS = 86_400_000;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dateProblem(y: number, m: number, d: number): string | undefined {
  if (y === 0) return 'year 0000 does not exist';
  if (m < 1 || m > 12) return `month ${m} does not exist`;
  if (d < 1 || d > daysInMonth(y, m)) return `day ${d} does not exist in ${y}-${String(m).padStart(2, '0')}`;
  return undefined;
}

function timeProblem(h: number, mi: number, s: number, frac: number): string | undefined {
  if (h === 24 && mi === 0 && s === 0 && frac === 0) return undefined;
  if (h > 23 || mi > 59 || s > 59) return 'hour, minute or second out of range';
  return undefined;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/**
 * Parses `YYYY-MM-DD` and checks the date exists (no Feb 30, no month 13).
 *
 * @example
 * ```ts
 * parseDateCell('2024-02-29') // { temporal: 'date', value: 19782 }
 * parseDateCell('2023-02-29') // CellProblem
 * ```
 */
export function parseDateCell(text: string): SqlTemporal | CellProblem {
  const m = DATE_TEXT.exec(text);
  if (!m) return new CellProblem('type', `"${text}" is not a date (YYYY-MM-DD)`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const problem = dateProblem(y, mo, d);
  if (problem) return new CellProblem('type', `"${text}" is not a valid date: ${problem}`);
  return { temporal: 'date', value: daysFromCivil(y, mo, d) };
}

/**
 * Parses `HH:MM:SS[.fff]` (24:00:00 allowed) into seconds since midnight.
 *
 * @example
 * ```ts
 * parseTimeCell('01:00:30') // { temporal: 'time', value: 3630 }
 * ```
 */
export function parseTimeCell(text: string): SqlTemporal | CellProblem {
  const m = TIME_TEXT.exec(text);
  if (!m) return new CellProblem('type', `"${text}" is not a time (HH:MM:SS)`);
  const [h, mi, s, frac] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? '0')];
  const problem = timeProblem(h, mi, s, frac);
  if (problem) return new CellProblem('type', `"${text}" is not a valid time: ${problem}`);
  return { temporal: 'time', value: h * 3600 + mi * 60 + s + frac };
}

/**
 * Parses `YYYY-MM-DD HH:MM:SS[.fff][zone]` (`T` separator and `Z`/`+HH`/`+HH:MM` zones
 * accepted) into UTC milliseconds.
 *
 * @example
 * ```ts
 * parseTimestampCell('1970-01-01 01:00:00+01') // { temporal: 'timestamp', value: 0 }
 * ```
 */
export function parseTimestampCell(text: string): SqlTemporal | CellProblem {
  const m = TIMESTAMP_TEXT.exec(text);
  if (!m) return new CellProblem('type', `"${text}" is not a timestamp (YYYY-MM-DD HH:MM:SS)`);
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const frac = Number(m[7] ?? '0');
  const problem = dateProblem(y!, mo!, d!) ?? timeProblem(h!, mi!, s!, frac);
  if (problem) return new CellProblem('type', `"${text}" is not a valid timestamp: ${problem}`);
  const ms = daysFromCivil(y!, mo!, d!) * DAY_MS + ((h! * 60 + mi! - offsetMinutes(m[8])) * 60 + s!) * 1000 + Math.round(frac * 1000);
  return { temporal: 'timestamp', value: ms };
}

/**
 * A parser for a timestamp type's cells that checks each is within the type's range: MySQL's
 * TIMESTAMP holds 1970-01-01 00:00:01 … 2038-01-19 03:14:07 UTC; other timestamps are unbounded.
 *
 * @example
 * ```ts
 * timestampCellParser({ kind: 'timestamp', withTimeZone: false, unix: true })('1969-12-31 23:59:59') // CellProblem: out of range
 * ```
 */
export function timestampCellParser(type: TimestampType): CellParser {
  const range = timestampRange(type);
  if (!range) return parseTimestampCell;
  return (text) => {
    const ts = parseTimestampCell(text);
    if (ts instanceof CellProblem || (ts.value >= range[0] && ts.value <= range[1])) return ts;
    return new CellProblem('type', `"${text}" is out of range for MySQL TIMESTAMP (1970-01-01 00:00:01..2038-01-19 03:14:07 UTC)`);
  };
}

/** Parses text as the given temporal kind (used by casts and comparisons with literals). */
export function parseTemporal(kind: SqlTemporal['temporal'], text: string): SqlTemporal | CellProblem {
  if (kind === 'date') return parseDateCell(text);
  if (kind === 'time') return parseTimeCell(text);
  const ts = parseTimestampCell(text);
  if (!(ts instanceof CellProblem)) return ts;
  const date = parseDateCell(text);
  return date instanceof CellProblem ? ts : { temporal: 'timestamp', value: date.value * DAY_MS };
}
