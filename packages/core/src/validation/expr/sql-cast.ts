import { roundHalfAway } from '../../schema/index.js';
import { parseTemporal } from '../values/parse-temporal.js';
import { CellProblem, isTemporal, type SqlTemporalKind, type SqlValue } from '../values/sql-value.js';
import { NotEvaluableError } from './not-evaluable.js';
import { toNumber } from './sql-compare.js';
import { truthOf } from './sql-truth.js';
import { sqlText } from './sql-text.js';

const DAY_MS = 86_400_000;
type CastTarget = 'integer' | 'number' | 'text' | 'boolean' | SqlTemporalKind | 'other';

const TARGETS: readonly [RegExp, CastTarget][] = [
  [/^(?:tiny|small|medium|big)?int(?:eger|[248])?$|^(?:un)?signed(?: integer)?$|^serial$/, 'integer'],
  [/^(?:numeric|decimal|number|real|float[48]?|double(?: precision)?|money)$/, 'number'],
  [/^(?:n?(?:var)?char|character(?: varying)?|text|string|varchar2|nvarchar2|clob|citext)$/, 'text'],
  [/^(?:bool(?:ean)?|bit)$/, 'boolean'],
  [/^date$/, 'date'],
  [/^time(?: without time zone)?$/, 'time'],
  [/^(?:timestamp(?:tz)?|datetime2?|smalldatetime|datetimeoffset)(?: with(?:out)? time zone)?$/, 'timestamp'],
];

function castTarget(to: string): CastTarget {
  const name = to.toLowerCase().replace(/\(.*\)/, '').trim();
  return TARGETS.find(([re]) => re.test(name))?.[1] ?? 'other';
}

function toNumberOrFail(v: SqlValue, to: string): number {
  const n = toNumber(typeof v === 'string' ? v.trim() : v);
  if (n === undefined) throw new NotEvaluableError(`cannot cast ${JSON.stringify(v)} to ${to}`);
  return n;
}

function toTemporal(v: SqlValue, kind: SqlTemporalKind): SqlValue {
  if (isTemporal(v)) {
    if (v.temporal === kind) return v;
    if (kind === 'date' && v.temporal === 'timestamp') return { temporal: 'date', value: Math.floor(v.value / DAY_MS) };
    if (kind === 'timestamp' && v.temporal === 'date') return { temporal: 'timestamp', value: v.value * DAY_MS };
  }
  const t = typeof v === 'string' ? parseTemporal(kind, v.trim()) : undefined;
  if (!t || t instanceof CellProblem) throw new NotEvaluableError(`cannot cast ${JSON.stringify(v)} to ${kind}`);
  return t;
}

/**
 * A loose SQL CAST: numbers, text, booleans and temporals convert; an unrecognised
 * target type leaves the value unchanged.
 *
 * @example
 * ```ts
 * castSql('42', 'integer')   // 42
 * castSql('2024-01-02', 'date') // { temporal: 'date', value: 19724 }
 * ```
 */
export function castSql(v: SqlValue, to: string): SqlValue {
  if (v === null) return null;
  switch (castTarget(to)) {
    case 'integer': return roundHalfAway(toNumberOrFail(v, to));
    case 'number': return toNumberOrFail(v, to);
    case 'text': return sqlText(v);
    case 'boolean': return truthOf(v);
    case 'date': return toTemporal(v, 'date');
    case 'time': return toTemporal(v, 'time');
    case 'timestamp': return toTemporal(v, 'timestamp');
    default: return v;
  }
}
