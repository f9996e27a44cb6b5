import { intervalParts } from '../../util/index.js';
import type { Target } from '../target.js';

const STANDARD = ['current_date', 'current_time', 'current_timestamp', 'localtime', 'localtimestamp', 'current_user', 'session_user', 'user', 'current_role', 'current_catalog', 'current_schema'];

/** Each target's spelling of the SQL-standard functions written without parentheses. */
const NILADIC: Readonly<Record<Target, Readonly<Record<string, string>>>> = {
  postgres: Object.fromEntries(STANDARD.map((n) => [n, n.toUpperCase()])),
  mysql: {
    current_date: 'CURRENT_DATE', current_time: 'CURRENT_TIME', current_timestamp: 'CURRENT_TIMESTAMP', localtime: 'LOCALTIME',
    localtimestamp: 'LOCALTIMESTAMP', current_user: 'CURRENT_USER', session_user: 'SESSION_USER()', user: 'USER()',
  },
  sqlite: { current_date: 'CURRENT_DATE', current_time: 'CURRENT_TIME', current_timestamp: 'CURRENT_TIMESTAMP', now: 'CURRENT_TIMESTAMP' },
  mssql: {
    current_date: 'CAST(GETDATE() AS date)', current_time: 'CAST(GETDATE() AS time)', localtime: 'CAST(GETDATE() AS time)',
    current_timestamp: 'CURRENT_TIMESTAMP', localtimestamp: 'GETDATE()', current_user: 'CURRENT_USER', session_user: 'SESSION_USER', user: 'USER',
  },
};

/**
 * A call without arguments to a SQL-standard niladic function (`CURRENT_DATE`, `LOCALTIMESTAMP`,
 * `CURRENT_USER`) as the target writes it: bare, since `current_date()` is a syntax error in
 * PostgreSQL and SQLite; SQL Server's missing `CURRENT_DATE` becomes `CAST(GETDATE() AS date)`.
 * SQLite has no `now()`: it is `CURRENT_TIMESTAMP` there. Undefined for other functions (`now()`,
 * `getdate()` keep their parentheses elsewhere).
 *
 * @example
 * ```ts
 * niladicSql('current_date', 'postgres') // 'CURRENT_DATE'
 * ```
 */
export function niladicSql(name: string, target: Target): string | undefined {
  return NILADIC[target][name.toLowerCase()];
}

type Unit = 'year' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second' | 'millisecond';

const UNIT_WORDS: Readonly<Record<string, Unit>> = {
  year: 'year', quarter: 'quarter', month: 'month', mon: 'month', week: 'week', day: 'day', hour: 'hour',
  minute: 'minute', min: 'minute', second: 'second', sec: 'second', millisecond: 'millisecond',
};

interface Part { readonly n: number; readonly unit: Unit }

/** The parts of interval text with whole numbers and known units; undefined otherwise. */
function parts(text: string): readonly Part[] | undefined {
  const out = (intervalParts(text) ?? []).map(([n, w]) => ({ n, unit: UNIT_WORDS[w] ?? UNIT_WORDS[w.replace(/s$/, '')] }));
  return out.length > 0 && out.every((p) => p.unit !== undefined && Number.isInteger(p.n)) ? (out as Part[]) : undefined;
}

const SQLITE_UNITS: Readonly<Record<Unit, readonly [string, number]>> = {
  year: ['years', 1], quarter: ['months', 3], month: ['months', 1], week: ['days', 7], day: ['days', 1],
  hour: ['hours', 1], minute: ['minutes', 1], second: ['seconds', 1], millisecond: ['seconds', 0.001],
};

function mysqlPart(p: Part): string {
  return p.unit === 'millisecond' ? `INTERVAL ${p.n * 1000} MICROSECOND` : `INTERVAL ${p.n} ${p.unit.toUpperCase()}`;
}

function sqliteModifier(p: Part, sign: number): string {
  const [unit, factor] = SQLITE_UNITS[p.unit];
  const n = sign * p.n * factor;
  return `'${n < 0 || Object.is(n, -0) ? '' : '+'}${n} ${unit}'`;
}

/** How each target moves `left` (rendered) by interval text, `sign` −1 to subtract. */
const SHIFT: Readonly<Record<Target, (left: string, text: string, sign: 1 | -1, isDate: boolean) => string | undefined>> = {
  postgres: (left, text, sign) => `${left} ${sign < 0 ? '-' : '+'} INTERVAL '${text.replace(/'/g, "''")}'`,
  mysql: (left, text, sign) => parts(text)?.reduce((acc, p) => `${acc} ${sign < 0 ? '-' : '+'} ${mysqlPart(p)}`, left),
  sqlite: (left, text, sign, isDate) => {
    const ps = parts(text);
    return ps && `${isDate ? 'date' : 'datetime'}(${[left, ...ps.map((p) => sqliteModifier(p, sign))].join(', ')})`;
  },
  mssql: (left, text, sign) => parts(text)?.reduce((acc, p) => `DATEADD(${p.unit}, ${sign * p.n}, ${acc})`, left),
};

/**
 * `left ± 'text'` where the text is an interval (`'18 years'`: PostgreSQL's `interval '18 years'`,
 * whose cast the DDL reader folds away) as the target writes it: PostgreSQL
 * `left - INTERVAL '18 years'`, MySQL `left - INTERVAL 18 YEAR`, SQLite
 * `date(left, '-18 years')`, SQL Server `DATEADD(year, -18, left)`. `leftSql` must already bind
 * at least as tightly as `+`; `isDate` picks SQLite's `date()` over `datetime()`. Undefined when
 * the text is no interval the target can spell.
 *
 * @example
 * ```ts
 * intervalShiftSql('CURRENT_DATE', '18 years', -1, 'mysql', true) // 'CURRENT_DATE - INTERVAL 18 YEAR'
 * ```
 */
export function intervalShiftSql(leftSql: string, text: string, sign: 1 | -1, target: Target, isDate: boolean): string | undefined {
  return intervalParts(text) === undefined ? undefined : SHIFT[target](leftSql, text.trim(), sign, isDate);
}
