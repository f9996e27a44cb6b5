import { castNumber, exprChildren, likeRegExp, numericCastKind, sqlRegExp, type Expr, type Value } from '../../schema/index.js';
import { compareNumbers, daysFromIso, decimalArithmetic, intervalMs, MS_PER_DAY, roundHalfAway } from '../../util/index.js';
import { DATE_PART_FUNCTIONS, datePartArguments, datePartEvaluable } from './date-parts.js';
import { isJsonText } from './json-text.js';

type Scalar = number | string | boolean | null;
/**
 * Reads a column (or the domain's VALUE when name is undefined) of the current row, with every
 * date, timestamp and time in milliseconds (a date's from the epoch, a time's from midnight), so
 * that literals and intervals are read in one unit whatever the value (`rowLookup` widens them).
 */
export type Lookup = (name: string | undefined) => Value;

/** An ISO date literal with an optional time of day: `2024-05-01`, `2024-05-01 12:30:00`, `2024-05-01T08:00`. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?/;
/** A time-of-day literal: `09:00`, `17:30:00`, `08:15:30.5`. */
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/;

function timeMs(text: string): number | undefined {
  const t = TIME.exec(text);
  return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) * 1000 : undefined;
}

/** A literal compared with a number, brought to milliseconds when it is a date, a timestamp or a time of day. */
function literalFor(text: string): number | string {
  const iso = ISO.exec(text);
  if (iso) return daysFromIso(iso[1] as string) * MS_PER_DAY + (iso[2] === undefined ? 0 : timeMs(iso[2]) ?? 0);
  return timeMs(text) ?? text;
}

function scalar(v: Value): Scalar {
  if (v === null || typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Brings a string literal to a number when compared with a temporal number (in ms). */
function align(a: Scalar, b: Scalar): [Scalar, Scalar] {
  if (typeof a === 'number' && typeof b === 'string') return [a, literalFor(b)];
  if (typeof b === 'number' && typeof a === 'string') return [literalFor(a), b];
  if (typeof a === 'boolean' && typeof b === 'number') return [a ? 1 : 0, b];
  if (typeof b === 'boolean' && typeof a === 'number') return [a, b ? 1 : 0];
  return [a, b];
}

function compare(op: string, l: Scalar, r: Scalar): boolean | null {
  if (l === null || r === null) return null;
  const [a, b] = align(l, r);
  if (a === null || b === null) return null;
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  const x = typeof a === typeof b ? a : String(a);
  const y = typeof a === typeof b ? b : String(b);
  if (typeof x === 'number' && typeof y === 'number') return byOrder(op, compareNumbers(x, y));
  return byOrder(op, x === y ? 0 : x < y ? -1 : 1);
}

/** Whether an order `c` (-1, 0, 1) satisfies the comparison `op`. */
function byOrder(op: string, c: number): boolean {
  switch (op) {
    case '=': return c === 0;
    case '<>': return c !== 0;
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

/** An interval's milliseconds, when `text` is one and is added to a (temporal) number. */
function intervalFor(text: Scalar, like: Scalar): number | undefined {
  return typeof text === 'string' && typeof like === 'number' ? intervalMs(text) : undefined;
}

function arith(op: string, a: Scalar, b: Scalar): Scalar {
  if (a === null || b === null) return null;
  if (op === '||') return String(a) + String(b);
  const iv = op === '+' || op === '-' ? intervalFor(b, a) ?? (op === '+' ? intervalFor(a, b) : undefined) : undefined;
  if (iv !== undefined) return (typeof a === 'number' ? a : (b as number)) + (op === '-' ? -iv : iv);
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case '+': case '-': case '*': return decimalArithmetic(op, x, y);
    case '/': return y === 0 ? null : x / y;
    default: return y === 0 ? null : x % y;
  }
}

function logic(op: 'and' | 'or', a: Scalar, b: Scalar): boolean | null {
  const x = a === null ? null : Boolean(a);
  const y = b === null ? null : Boolean(b);
  if (op === 'and') return x === false || y === false ? false : x === null || y === null ? null : true;
  return x === true || y === true ? true : x === null || y === null ? null : false;
}

/** `ROUND(n, digits)` as exact decimals round: half away from zero (binary noise dropped first: 1.005 is 1.01). */

/** The engine's own function (no SQL name has a space): an enum label's position among the labels that follow it. */
export const ENUM_POSITION = 'enum position';

const FUNCTIONS: Record<string, (args: Scalar[]) => Scalar> = {
  [ENUM_POSITION]: ([v, ...labels]) => (v == null ? null : labels.indexOf(v)),
  length: ([a]) => (a == null ? null : String(a).length),
  char_length: ([a]) => (a == null ? null : String(a).length),
  character_length: ([a]) => (a == null ? null : String(a).length),
  len: ([a]) => (a == null ? null : String(a).length),
  lower: ([a]) => (a == null ? null : String(a).toLowerCase()),
  upper: ([a]) => (a == null ? null : String(a).toUpperCase()),
  trim: ([a]) => (a == null ? null : String(a).trim()),
  abs: ([a]) => (a == null ? null : Math.abs(Number(a))),
  round: ([a, d = 0]) => (a == null || d == null ? null : roundHalfAway(Number(a), Number(d))),
  coalesce: (args) => args.find((a) => a !== null) ?? null,
  json_valid: ([a]) => (a == null ? null : isJsonText(String(a), true)),
  isjson: ([a]) => (a == null ? null : isJsonText(String(a), false)),
  ...DATE_PART_FUNCTIONS,
};

/** `x + 'abc'`: date arithmetic with text that is no interval of fixed length (`'1 month'`), which the engine cannot add. */
function unknownInterval(e: Expr): boolean {
  if (e.kind !== 'binary' || (e.op !== '+' && e.op !== '-')) return false;
  return [e.left, e.right].some((x) => x.kind === 'literal' && typeof x.value === 'string' && Number.isNaN(Number(x.value)) && intervalMs(x.value) === undefined);
}

/** True when `evaluate` can judge the expression: no untranslated SQL, only functions it knows. */
export function evaluable(e: Expr): boolean {
  if (e.kind === 'raw' || unknownInterval(e)) return false;
  if (e.kind === 'call' && (!Object.hasOwn(FUNCTIONS, e.name.toLowerCase()) || !datePartEvaluable(e))) return false;
  if (e.kind === 'regex' && e.pattern.kind === 'literal' && sqlRegExp(String(e.pattern.value), e.caseInsensitive) === undefined) return false;
  return exprChildren(e).every(evaluable);
}

/** Evaluates an expression; `undefined` means it cannot be evaluated here (raw SQL, unknown function). */
export function evaluate(e: Expr, get: Lookup): Scalar | undefined {
  switch (e.kind) {
    case 'column': return scalar(get(e.name));
    case 'value': return scalar(get(undefined));
    case 'literal': return e.value;
    case 'cast': return castTo(evaluate(e.operand, get), e.to);
    case 'negate': return negate(evaluate(e.operand, get));
    case 'not': return not(evaluate(e.operand, get));
    case 'isNull': return isNull(evaluate(e.operand, get), e.negated);
    case 'binary': return binary(e.op, evaluate(e.left, get), evaluate(e.right, get));
    case 'between': return between(evaluate(e.operand, get), evaluate(e.low, get), evaluate(e.high, get), e.negated);
    case 'in': return inList(evaluate(e.operand, get), evaluateAll(e.values, get), e.negated);
    case 'like': return like(evaluate(e.operand, get), evaluate(e.pattern, get), e.negated, e.caseInsensitive);
    case 'regex': return regex(evaluate(e.operand, get), evaluate(e.pattern, get), e.negated, e.caseInsensitive);
    case 'call': return call(e.name, evaluateAll(datePartArguments(e), get));
    case 'raw': return undefined;
  }
}

function evaluateAll(list: readonly Expr[], get: Lookup): (Scalar | undefined)[] {
  const out: (Scalar | undefined)[] = [];
  for (const x of list) out.push(evaluate(x, get));
  return out;
}

/**
 * A cast to a number type, as the database does it (`castNumber`): booleans are 1/0, text that
 * spells no number of the type is NaN, which fails every comparison, as the database's cast
 * error fails the row. Other casts leave the value as it is.
 */
function castTo(v: Scalar | undefined, to: string): Scalar | undefined {
  if (v === undefined || v === null) return v;
  const kind = numericCastKind(to);
  return kind ? castNumber(v, kind) : v;
}

function negate(v: Scalar | undefined): Scalar | undefined {
  return v === undefined ? undefined : v === null ? null : -Number(v);
}

function not(v: Scalar | undefined): Scalar | undefined {
  return v === undefined ? undefined : v === null ? null : !v;
}

function isNull(v: Scalar | undefined, negated: boolean): Scalar | undefined {
  return v === undefined ? undefined : (v === null) !== negated;
}

function call(name: string, args: (Scalar | undefined)[]): Scalar | undefined {
  const f = FUNCTIONS[name.toLowerCase()];
  return f && !args.includes(undefined) ? f(args as Scalar[]) : undefined;
}

function binary(op: string, a: Scalar | undefined, b: Scalar | undefined): Scalar | undefined {
  if (a === undefined || b === undefined) return undefined;
  if (op === 'and' || op === 'or') return logic(op, a, b);
  if (['=', '<>', '<', '<=', '>', '>='].includes(op)) return compare(op, a, b);
  return arith(op, a, b);
}

function between(v: Scalar | undefined, lo: Scalar | undefined, hi: Scalar | undefined, negated: boolean): Scalar | undefined {
  if (v === undefined || lo === undefined || hi === undefined) return undefined;
  const r = logic('and', compare('>=', v, lo), compare('<=', v, hi));
  return r === null ? null : r !== negated;
}

function inList(v: Scalar | undefined, list: (Scalar | undefined)[], negated: boolean): Scalar | undefined {
  if (v === undefined || list.includes(undefined)) return undefined;
  if (v === null) return null;
  const hit = list.some((x) => compare('=', v, x as Scalar) === true);
  return hit !== negated;
}

function like(v: Scalar | undefined, p: Scalar | undefined, negated: boolean, ci: boolean): Scalar | undefined {
  if (v === undefined || p === undefined) return undefined;
  if (v === null || p === null) return null;
  return likeRegExp(String(p), ci).test(String(v)) !== negated;
}

function regex(v: Scalar | undefined, p: Scalar | undefined, negated: boolean, ci: boolean): Scalar | undefined {
  if (v === undefined || p === undefined) return undefined;
  if (v === null || p === null) return null;
  const re = sqlRegExp(String(p), ci);
  return re === undefined ? undefined : re.test(String(v)) !== negated;
}

/** A CHECK passes unless it evaluates to FALSE (NULL passes, as in SQL). */
export function passes(e: Expr, get: Lookup): boolean | undefined {
  const r = evaluate(e, get);
  return r === undefined ? undefined : r !== false;
}
