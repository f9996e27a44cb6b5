import { isTemporal, type SqlTemporal, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { shiftByInterval } from '../../util/calendar-shift.js';
import { decimalArithmetic, intervalMs } from '../../util/index.js';
import { shiftTemporal } from './sql-interval.js';
import { toNumber } from './sql-compare.js';
import { sqlText } from './sql-text.js';

const DAY_MS = 86_400_000;

/** Arithmetic and concatenation operators. */
export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '||';

function numberOf(v: SqlValue, op: string): number {
  const n = toNumber(v);
  if (n === undefined) throw new NotEvaluableError(`operator ${op} needs numbers, got ${JSON.stringify(v)}`);
  return n;
}

/** `ts + '1 day'`, `'2 hours' + ts`, `d - '30 days'`: a temporal and the text of an interval; undefined for other operands. */
function intervalArithmetic(op: ArithmeticOp, a: SqlValue, b: SqlValue): SqlValue | undefined {
  if (op !== '+' && op !== '-') return undefined;
  const [t, text] = isTemporal(a) ? [a, b] : op === '+' && isTemporal(b) ? [b, a] : [undefined, undefined];
  const ms = t && typeof text === 'string' ? intervalMs(text) : undefined;
  if (t && ms !== undefined) return shiftTemporal(t, op === '-' ? -ms : ms);
  return t && typeof text === 'string' ? calendarShift(t, text, op === '-' ? -1 : 1) : undefined;
}

/** `d - '18 years'`, `ts + '1 mon'`: a date or timestamp moved by the calendar, a timestamp as PostgreSQL gives; undefined for a time or other text. */
function calendarShift(t: SqlTemporal, text: string, sign: 1 | -1): SqlValue | undefined {
  if (t.temporal === 'time') return undefined;
  const ms = shiftByInterval(t.temporal === 'date' ? t.value * DAY_MS : t.value, text, sign);
  return ms === undefined ? undefined : { temporal: 'timestamp', value: ms };
}

function dateArithmetic(op: ArithmeticOp, a: SqlValue, b: SqlValue): SqlValue {
  const shifted = intervalArithmetic(op, a, b);
  if (shifted !== undefined) return shifted;
  const ta = isTemporal(a) ? a : undefined;
  const tb = isTemporal(b) ? b : undefined;
  if (ta?.temporal === 'date' && tb?.temporal === 'date' && op === '-') return ta.value - tb.value;
  const date: SqlTemporal | undefined = ta?.temporal === 'date' && !tb ? ta : tb?.temporal === 'date' && !ta && op === '+' ? tb : undefined;
  const other = date === ta ? b : a;
  const days = toNumber(other);
  if (!date || days === undefined || !Number.isInteger(days) || (op !== '+' && op !== '-')) {
    throw new NotEvaluableError(`date/time arithmetic with ${op} is not supported (only intervals of fixed-length units are: seconds to weeks)`);
  }
  return { temporal: 'date', value: op === '+' ? date.value + days : date.value - days };
}

function numeric(op: ArithmeticOp, x: number, y: number, integerDivision: boolean): SqlValue {
  switch (op) {
    case '+': case '-': case '*': return decimalArithmetic(op, x, y);
    case '/': return y === 0 ? null : integerDivision ? Math.trunc(x / y) : x / y;
    default: return y === 0 ? null : x % y;
  }
}

/**
 * Applies an arithmetic operator with SQL NULL propagation. Division or modulo by zero
 * yields NULL (MySQL's behaviour; other databases reject the row). `integerDivision`
 * truncates `/` when both operands are integer-typed (all targets but MySQL).
 *
 * @example
 * ```ts
 * arithmetic('+', { temporal: 'date', value: 0 }, 1, false) // { temporal: 'date', value: 1 }
 * arithmetic('||', 'a', 1, false)                           // 'a1'
 * ```
 */
export function arithmetic(op: ArithmeticOp, a: SqlValue, b: SqlValue, integerDivision: boolean): SqlValue {
  if (a === null || b === null) return null;
  if (op === '||') return sqlText(a) + sqlText(b);
  if (isTemporal(a) || isTemporal(b)) return dateArithmetic(op, a, b);
  return numeric(op, numberOf(a, op), numberOf(b, op), integerDivision);
}
