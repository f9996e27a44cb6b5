import type { Expr } from '../../schema/index.js';
import { datePart, isDatePartField, isMssqlDatePart, mssqlDatePart, mysqlDatePart, mysqlPartField } from '../../util/date-parts.js';

type Scalar = number | string | boolean | null;
type Call = Extract<Expr, { kind: 'call' }>;

/** A date part of a value in ms, NULL for NULL or a value that is no number (the evaluator reads temporals in ms). */
function partOf(x: Scalar | undefined, f: (ms: number) => number | undefined): Scalar {
  return typeof x === 'number' ? f(x) ?? null : null;
}

function pgPart(f: Scalar, ms: number): number | undefined {
  const field = typeof f === 'string' ? f.toLowerCase() : '';
  return isDatePartField(field) ? datePart(field, ms) : undefined;
}

const mysqlFunction = (name: string) => ([x]: Scalar[]): Scalar => partOf(x, (ms) => mysqlDatePart(name, ms));

/**
 * The engine's date-part functions over values in milliseconds: PostgreSQL `date_part(field, x)`
 * (what `EXTRACT(field FROM x)` reads as), SQL Server `DATEPART(part, x)`, MySQL `HOUR(x)`,
 * `MINUTE`, `SECOND`, `DAYOFWEEK`, `WEEKDAY`, `MONTH`, `YEAR`, `DAY`, `DAYOFMONTH`.
 */
export const DATE_PART_FUNCTIONS: Readonly<Record<string, (args: Scalar[]) => Scalar>> = {
  date_part: ([f = null, x]) => partOf(x, (ms) => pgPart(f, ms)),
  datepart: ([p, x]) => partOf(x, (ms) => (typeof p === 'string' ? mssqlDatePart(p, ms) : undefined)),
  ...Object.fromEntries(['hour', 'minute', 'second', 'dayofweek', 'weekday', 'month', 'year', 'day', 'dayofmonth'].map((n) => [n, mysqlFunction(n)])),
};

/** `DATEPART(hour, x)`: SQL Server's part is a word the parser reads as a column; it is a literal here. */
export function datePartArguments(e: Call): readonly Expr[] {
  const [first, ...rest] = e.args;
  return e.name.toLowerCase() === 'datepart' && first?.kind === 'column' ? [{ kind: 'literal', value: first.name }, ...rest] : e.args;
}

/** False for a date-part call the engine cannot judge: a field it does not know (`date_part('century', x)`), or the wrong arity. */
export function datePartEvaluable(e: Call): boolean {
  const name = e.name.toLowerCase();
  const [first] = datePartArguments(e);
  const word = first?.kind === 'literal' && typeof first.value === 'string' ? first.value.toLowerCase() : '';
  if (name === 'date_part') return e.args.length === 2 && isDatePartField(word);
  if (name === 'datepart') return e.args.length === 2 && isMssqlDatePart(word);
  return mysqlPartField(name) === undefined || e.args.length === 1;
}
