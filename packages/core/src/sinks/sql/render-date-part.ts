import { exprChildren, type Expr } from '../../schema/index.js';
import { isDatePartField, mssqlPartField, mysqlPartField, type DatePartField } from '../../util/date-parts.js';
import type { Target } from '../target.js';

type Call = Extract<Expr, { kind: 'call' }>;
/** A date_part field, or MySQL's and SQL Server's whole seconds (PostgreSQL's `second` keeps the fraction). */
type Part = DatePartField | 'whole second';

/** What a date-part call reads: `DAYOFWEEK(x)` is dow of x plus 1. */
interface DatePartOf { readonly part: Part; readonly operand: Expr; readonly plus: number }

const wordOf = (e: Expr | undefined): string | undefined =>
  e?.kind === 'literal' && typeof e.value === 'string' ? e.value.toLowerCase() : e?.kind === 'column' ? e.name.toLowerCase() : undefined;

const whole = (f: { readonly field: DatePartField; readonly plus: number }, operand: Expr): DatePartOf =>
  ({ part: f.field === 'second' ? 'whole second' : f.field, operand, plus: f.plus });

/** PostgreSQL `date_part('hour', x)`, SQL Server `DATEPART(hour, x)`, MySQL `HOUR(x)` as one shape; undefined for other calls. */
function datePartOf(e: Call): DatePartOf | undefined {
  const name = e.name.toLowerCase();
  const [a, b] = e.args;
  const word = wordOf(a) ?? '';
  if (name === 'date_part' && b !== undefined && e.args.length === 2 && a?.kind === 'literal' && isDatePartField(word)) return { part: word, operand: b, plus: 0 };
  const mssql = name === 'datepart' && b !== undefined && e.args.length === 2 ? mssqlPartField(word) : undefined;
  if (mssql && b) return whole(mssql, b);
  const mysql = e.args.length === 1 && a ? mysqlPartField(name) : undefined;
  return mysql && a ? whole(mysql, a) : undefined;
}

/** Calls the target writes as they are: its own functions. SQL Server's part word is written bare below. */
function native(e: Call, target: Target): boolean {
  const name = e.name.toLowerCase();
  return (target === 'mysql' && mysqlPartField(name) !== undefined) || (target === 'mssql' && name === 'datepart');
}

const sqliteInt = (format: string, x: string): string => `CAST(strftime('${format}', ${x}) AS INTEGER)`;
const SQLITE_FORMATS: Partial<Record<Part, string>> = { year: '%Y', month: '%m', day: '%d', hour: '%H', minute: '%M', 'whole second': '%S', dow: '%w', doy: '%j', epoch: '%s' };

function sqliteSql(part: Part, x: string): string | undefined {
  const format = SQLITE_FORMATS[part];
  if (format !== undefined) return sqliteInt(format, x);
  if (part === 'second') return `CAST(strftime('%f', ${x}) AS REAL)`;
  if (part === 'quarter') return `((${sqliteInt('%m', x)} + 2) / 3)`;
  return part === 'isodow' ? `((${sqliteInt('%w', x)} + 6) % 7 + 1)` : undefined;
}

const MYSQL_OWN: Partial<Record<Part, (x: string) => string>> = {
  dow: (x) => `(DAYOFWEEK(${x}) - 1)`, isodow: (x) => `(WEEKDAY(${x}) + 1)`, doy: (x) => `DAYOFYEAR(${x})`, week: (x) => `WEEKOFYEAR(${x})`,
};

function mysqlSql(part: Part, x: string): string | undefined {
  if (part === 'epoch') return undefined;
  return MYSQL_OWN[part]?.(x) ?? `EXTRACT(${part === 'whole second' ? 'SECOND' : part.toUpperCase()} FROM ${x})`;
}

const MSSQL_OWN: Partial<Record<Part, (x: string) => string>> = {
  doy: (x) => `DATEPART(dayofyear, ${x})`, week: (x) => `DATEPART(iso_week, ${x})`, dow: (x) => `(DATEPART(weekday, ${x}) - 1)`,
  isodow: (x) => `((DATEPART(weekday, ${x}) + 5) % 7 + 1)`, epoch: (x) => `DATEDIFF_BIG(second, '1970-01-01', ${x})`,
};

function mssqlSql(part: Part, x: string): string {
  return MSSQL_OWN[part]?.(x) ?? `DATEPART(${part === 'whole second' ? 'second' : part}, ${x})`;
}

/** Shifted parts a target has a function for: MySQL `DAYOFWEEK(x)` rather than `(DAYOFWEEK(x) - 1) + 1`. */
const SHIFTED: Readonly<Record<Target, Readonly<Record<string, (x: string) => string>>>> = {
  postgres: {},
  mysql: { 'dow+1': (x) => `DAYOFWEEK(${x})`, 'isodow-1': (x) => `WEEKDAY(${x})` },
  sqlite: { 'dow+1': (x) => `(${sqliteInt('%w', x)} + 1)`, 'isodow-1': (x) => `((${sqliteInt('%w', x)} + 6) % 7)` },
  mssql: { 'dow+1': (x) => `DATEPART(weekday, ${x})` },
};

function shiftedSql(p: DatePartOf, x: string, target: Target): string | undefined {
  if (p.plus === 0) return partSql(p.part, x, target);
  const own = SHIFTED[target][`${p.part}${p.plus > 0 ? '+' : ''}${p.plus}`];
  if (own) return own(x);
  const base = partSql(p.part, x, target);
  return base === undefined ? undefined : `(${base} ${p.plus > 0 ? '+' : '-'} ${Math.abs(p.plus)})`;
}

function partSql(part: Part, x: string, target: Target): string | undefined {
  switch (target) {
    case 'postgres': return part === 'whole second' ? `FLOOR(EXTRACT(SECOND FROM ${x}))` : `EXTRACT(${part.toUpperCase()} FROM ${x})`;
    case 'mysql': return mysqlSql(part, x);
    case 'sqlite': return sqliteSql(part, x);
    case 'mssql': return mssqlSql(part, x);
  }
}

/**
 * A date-part call (`date_part('dow', x)`, which `EXTRACT(DOW FROM x)` reads as; MySQL `HOUR(x)`,
 * `DAYOFWEEK(x)`; SQL Server `DATEPART(weekday, x)`) as the target writes it: PostgreSQL
 * `EXTRACT(DOW FROM x)`, MySQL `(DAYOFWEEK(x) - 1)`, SQLite `CAST(strftime('%w', x) AS INTEGER)`,
 * SQL Server `(DATEPART(weekday, x) - 1)` (under the default DATEFIRST 7). Undefined for other
 * calls and for a target's own functions, which are written as they are; `null` when the target
 * cannot write it (MySQL's epoch, SQLite's ISO week).
 *
 * @example
 * ```ts
 * datePartSql(call('hour', col('t')), 'mssql', render) // 'DATEPART(hour, [t])'
 * ```
 */
export function datePartSql(e: Call, target: Target, render: (x: Expr) => string): string | null | undefined {
  const p = native(e, target) ? undefined : datePartOf(e);
  if (p === undefined) return mssqlNative(e, target, render);
  return shiftedSql(p, render(p.operand), target) ?? null;
}

/** SQL Server's own `DATEPART(week, x)` with its part word bare (a quoted `[week]` is no part). */
function mssqlNative(e: Call, target: Target, render: (x: Expr) => string): string | null | undefined {
  if (e.name.toLowerCase() !== 'datepart' || e.args.length !== 2) return undefined;
  const word = wordOf(e.args[0]);
  return target === 'mssql' && word !== undefined ? `DATEPART(${word}, ${render(e.args[1] as Expr)})` : null;
}

/** False when the expression takes a part of a date the target cannot write in a CHECK (MySQL's epoch, SQLite's week). */
export function datePartsRenderableOn(e: Expr, target: Target): boolean {
  const here = e.kind !== 'call' || datePartSql(e, target, () => 'x') !== null;
  return here && exprChildren(e).every((c) => datePartsRenderableOn(c, target));
}
