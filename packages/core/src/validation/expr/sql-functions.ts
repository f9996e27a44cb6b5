import type { Dialect } from '../../schema/index.js';
import { roundHalfAway } from '../../util/index.js';
import { charLength } from '../values/parse-string.js';
import type { SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { compareSql, toNumber } from './sql-compare.js';
import { SQL_DATE_PART_FUNCTIONS } from './sql-date-part.js';
import { dateAdd } from './sql-dateadd.js';
import { jsonTest } from './sql-json.js';
import { sqliteDate } from './sql-sqlite-date.js';
import { sqlText } from './sql-text.js';

/** What a function call may depend on besides its arguments. */
export interface FunctionContext {
  readonly target?: Dialect;
  /** Clock for CURRENT_DATE / NOW(), in epoch milliseconds. */
  readonly now: number;
}

type SqlFunction = (args: readonly SqlValue[], ctx: FunctionContext) => SqlValue;

const DAY_MS = 86_400_000;

function text(v: SqlValue): string | null {
  return v === null ? null : sqlText(v);
}

function num(v: SqlValue, fn: string): number | null {
  if (v === null) return null;
  const n = toNumber(v);
  if (n === undefined) throw new NotEvaluableError(`${fn}() needs a number, got ${JSON.stringify(v)}`);
  return n;
}

function onText(f: (s: string) => SqlValue): SqlFunction {
  return ([a = null]) => { const s = text(a); return s === null ? null : f(s); };
}

function onNumber(name: string, f: (n: number, m: number | null) => number): SqlFunction {
  return ([a = null, b = null]) => { const n = num(a, name); return n === null ? null : f(n, num(b, name)); };
}

function length(args: readonly SqlValue[], ctx: FunctionContext): SqlValue {
  const [a = null] = args;
  if (a instanceof Uint8Array) return a.length;
  if (Array.isArray(a)) return a.length;
  const s = text(a);
  if (s === null) return null;
  return ctx.target === 'mysql' ? Buffer.byteLength(s, 'utf8') : charLength(s);
}

const charLengthOf: SqlFunction = (args, ctx) => length(args, { now: ctx.now });

function substr([s = null, start = null, len = null]: readonly SqlValue[]): SqlValue {
  const str = text(s);
  const from = num(start, 'substr');
  if (str === null || from === null) return null;
  const chars = Array.from(str);
  const count = len === null ? chars.length : num(len, 'substr') ?? 0;
  return chars.slice(Math.max(from, 1) - 1, Math.max(from + count - 1, 0)).join('');
}

function trimChars(which: 'both' | 'start' | 'end'): SqlFunction {
  return ([a = null, chars = null]) => {
    const s = text(a);
    if (s === null) return null;
    const set = chars === null ? ' ' : text(chars) ?? ' ';
    let i = 0;
    let j = s.length;
    while (which !== 'end' && i < j && set.includes(s[i]!)) i++;
    while (which !== 'start' && j > i && set.includes(s[j - 1]!)) j--;
    return s.slice(i, j);
  };
}

function nullPropagating(ctx: FunctionContext, args: readonly SqlValue[]): boolean {
  return ctx.target === 'mysql' && args.some((a) => a === null);
}

function extreme(sign: 1 | -1): SqlFunction {
  return (args, ctx) => {
    if (nullPropagating(ctx, args)) return null;
    let best: SqlValue = null;
    for (const a of args) if (a !== null && (best === null || (compareSql(a, best) ?? 0) * sign > 0)) best = a;
    return best;
  };
}

function concat(args: readonly SqlValue[], ctx: FunctionContext): SqlValue {
  if (nullPropagating(ctx, args)) return null;
  return args.map((a) => text(a) ?? '').join('');
}

const roundTo = (n: number, digits: number | null): number => roundHalfAway(n, digits ?? 0);

const today = (_: readonly SqlValue[], ctx: FunctionContext): SqlValue => ({ temporal: 'date', value: Math.floor(ctx.now / DAY_MS) });
const now = (_: readonly SqlValue[], ctx: FunctionContext): SqlValue => ({ temporal: 'timestamp', value: ctx.now });

const FUNCTIONS: ReadonlyMap<string, SqlFunction> = new Map<string, SqlFunction>([
  ['length', length], ['char_length', charLengthOf], ['character_length', charLengthOf],
  ['len', onText((s) => charLength(s.replace(/ +$/, '')))], ['octet_length', onText((s) => Buffer.byteLength(s, 'utf8'))],
  ['lower', onText((s) => s.toLowerCase())], ['upper', onText((s) => s.toUpperCase())],
  ['trim', trimChars('both')], ['btrim', trimChars('both')], ['ltrim', trimChars('start')], ['rtrim', trimChars('end')],
  ['substr', substr], ['substring', substr], ['concat', concat],
  ['abs', onNumber('abs', Math.abs)], ['round', onNumber('round', roundTo)], ['floor', onNumber('floor', Math.floor)],
  ['ceil', onNumber('ceil', Math.ceil)], ['ceiling', onNumber('ceiling', Math.ceil)], ['sign', onNumber('sign', Math.sign)],
  ['mod', onNumber('mod', (a, b) => (b === null || b === 0 ? Number.NaN : a % b))],
  ['coalesce', (args) => args.find((a) => a !== null) ?? null], ['ifnull', (args) => args.find((a) => a !== null) ?? null],
  ['nvl', (args) => args.find((a) => a !== null) ?? null], ['isnull', (args) => args.find((a) => a !== null) ?? null],
  ['nullif', ([a = null, b = null]) => (compareSql(a, b) === 0 ? null : a)],
  ['greatest', extreme(1)], ['least', extreme(-1)],
  ['cardinality', ([a = null]) => (Array.isArray(a) ? a.length : null)],
  ['array_length', ([a = null]) => (Array.isArray(a) && a.length > 0 ? a.length : null)],
  ['current_date', today], ['curdate', today], ['now', now], ['current_timestamp', now], ['localtimestamp', now],
  ['getdate', now], ['sysdate', now], ['sysdatetime', now],
  ['json_valid', jsonTest(true)], ['isjson', jsonTest(false)], ['dateadd', dateAdd],
  ['date', sqliteDate('date')], ['datetime', sqliteDate('datetime')],
  ['getutcdate', now], ['sysutcdatetime', now], ['utc_timestamp', now], ['utc_date', today],
  ...SQL_DATE_PART_FUNCTIONS,
]);

/**
 * Calls a supported SQL function by name (case-insensitive); throws NotEvaluableError
 * for anything else. `length` counts characters (bytes on MySQL).
 *
 * @example
 * ```ts
 * callSqlFunction('upper', ['abc'], { now: 0 }) // 'ABC'
 * ```
 */
export function callSqlFunction(name: string, args: readonly SqlValue[], ctx: FunctionContext): SqlValue {
  const fn = FUNCTIONS.get(name.toLowerCase());
  if (!fn) throw new NotEvaluableError(`function ${name}() is not supported by the validator`);
  const out = fn(args, ctx);
  return typeof out === 'number' && Number.isNaN(out) ? null : out;
}
