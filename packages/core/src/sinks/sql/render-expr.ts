import { exprChildren, readsClock, regexShape, type BinaryOp, type Dialect, type Expr, type LiteralValue } from '../../schema/index.js';
import { RowforgeError } from '../../errors/index.js';
import type { Target } from '../target.js';
import type { SqlSyntax } from './sql-dialect.js';
import { sqlSyntax } from './sql-syntaxes.js';
import { intervalShiftSql, niladicSql } from './render-clock.js';
import { datePartSql, datePartsRenderableOn } from './render-date-part.js';

interface Rendered { readonly sql: string; readonly prec: number }

const ATOM = 9;
const COMPARE = 4;
const PREC: Readonly<Record<BinaryOp, number>> = {
  or: 1, and: 2, '=': 4, '<>': 4, '<': 4, '<=': 4, '>': 4, '>=': 4, '||': 5, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6,
};

interface Ctx {
  readonly syntax: SqlSyntax;
  readonly column: (name: string) => string;
  readonly value: string;
}

/** Renders `r` where at least precedence `min` binds without parentheses. */
function wrap(r: Rendered, min: number): string {
  return r.prec >= min ? r.sql : `(${r.sql})`;
}

/** A literal; a whole number written as a decimal keeps its point (`100.0`: `/ 100` would truncate). */
function literal(v: LiteralValue, syntax: SqlSyntax, decimal = false): Rendered {
  if (v === null) return { sql: 'NULL', prec: ATOM };
  if (typeof v === 'boolean') return { sql: syntax.booleanLiteral(v), prec: ATOM };
  if (typeof v === 'number') return { sql: decimal && Number.isInteger(v) ? v.toFixed(1) : String(v), prec: v < 0 || Object.is(v, -0) ? 7 : ATOM };
  return { sql: syntax.stringLiteral(v), prec: ATOM };
}

/** `left ± 'text'` with interval text (PostgreSQL `interval '18 years'`, its cast folded away by the reader). */
function intervalShift(e: Extract<Expr, { kind: 'binary' }>, left: Rendered, c: Ctx): Rendered | undefined {
  if ((e.op !== '+' && e.op !== '-') || e.right.kind !== 'literal' || typeof e.right.value !== 'string') return undefined;
  const isDate = e.left.kind === 'call' && ['current_date', 'curdate', 'date'].includes(e.left.name.toLowerCase());
  const sql = intervalShiftSql(wrap(left, PREC['+']), e.right.value, e.op === '-' ? -1 : 1, c.syntax.target, isDate);
  return sql === undefined ? undefined : { sql, prec: PREC['+'] };
}

function call(e: Extract<Expr, { kind: 'call' }>, c: Ctx): Rendered {
  const part = datePartSql(e, c.syntax.target, (x) => render(x, c).sql);
  if (typeof part === 'string') return { sql: part, prec: ATOM };
  const bare = e.args.length === 0 ? niladicSql(e.name, c.syntax.target) : undefined;
  return { sql: bare ?? `${c.syntax.functionName(e.name)}(${e.args.map((a) => render(a, c).sql).join(', ')})`, prec: ATOM };
}

function binary(e: Extract<Expr, { kind: 'binary' }>, c: Ctx): Rendered {
  const p = PREC[e.op];
  const left = render(e.left, c);
  const shifted = intervalShift(e, left, c);
  if (shifted) return shifted;
  const right = render(e.right, c);
  if (e.op === '||') return { sql: c.syntax.concat(wrap(left, p), wrap(right, p + 1)), prec: c.syntax.target === 'mysql' ? ATOM : p };
  const op = e.op === 'and' || e.op === 'or' ? e.op.toUpperCase() : e.op;
  const leftMin = p === COMPARE ? p + 1 : p;
  const rightMin = e.op === 'and' || e.op === 'or' ? p : p + 1;
  return { sql: `${wrap(left, leftMin)} ${op} ${wrap(right, rightMin)}`, prec: p };
}

function regexOperator(syntax: SqlSyntax): NonNullable<SqlSyntax['regexOperator']> {
  if (syntax.regexOperator) return syntax.regexOperator;
  throw new RowforgeError('INTERNAL', `${syntax.target} has no regular expressions; the CHECK should have been left out`, {});
}

function predicate(e: Expr, c: Ctx): Rendered | undefined {
  const not = (negated: boolean): string => (negated ? 'NOT ' : '');
  switch (e.kind) {
    case 'in': return { sql: `${wrap(render(e.operand, c), COMPARE + 1)} ${not(e.negated)}IN (${e.values.map((v) => render(v, c).sql).join(', ')})`, prec: COMPARE };
    case 'between': return { sql: `${wrap(render(e.operand, c), COMPARE + 1)} ${not(e.negated)}BETWEEN ${wrap(render(e.low, c), COMPARE + 1)} AND ${wrap(render(e.high, c), COMPARE + 1)}`, prec: COMPARE };
    case 'isNull': return { sql: `${wrap(render(e.operand, c), COMPARE + 1)} IS ${not(e.negated)}NULL`, prec: COMPARE };
    case 'like': return { sql: `${wrap(render(e.operand, c), COMPARE + 1)} ${not(e.negated)}${c.syntax.likeOperator(e.caseInsensitive)} ${wrap(render(e.pattern, c), COMPARE + 1)}`, prec: COMPARE };
    case 'regex': return { sql: `${wrap(render(e.operand, c), COMPARE + 1)} ${regexOperator(c.syntax)(e.negated, e.caseInsensitive)} ${wrap(render(e.pattern, c), COMPARE + 1)}`, prec: COMPARE };
    default: return undefined;
  }
}

function render(e: Expr, c: Ctx): Rendered {
  switch (e.kind) {
    case 'column': return { sql: c.column(e.name), prec: ATOM };
    case 'value': return { sql: c.value, prec: ATOM };
    case 'literal': return literal(e.value, c.syntax, e.decimal === true);
    case 'binary': return binary(e, c);
    case 'not': return { sql: `NOT ${wrap(render(e.operand, c), ATOM)}`, prec: 3 };
    case 'negate': return { sql: `-${wrap(render(e.operand, c), ATOM)}`, prec: 7 };
    case 'call': return call(e, c);
    case 'cast': return { sql: `CAST(${render(e.operand, c).sql} AS ${c.syntax.castType(e.to)})`, prec: ATOM };
    case 'raw': return { sql: e.sql.trim(), prec: 0 };
    default: return predicate(e, c) as Rendered;
  }
}

/**
 * Renders a CHECK/domain expression tree as SQL for a target, with minimal
 * parentheses. Column references go through `quoteColumn`; the domain placeholder
 * `value` becomes `valueSql` (PostgreSQL `VALUE` in CREATE DOMAIN, or a quoted column
 * when a domain is flattened into a column CHECK). `raw` nodes are emitted as their
 * SQL text. Operators and functions whose spelling differs are translated
 * (`||` → `CONCAT` on MySQL / `+` on SQL Server, `length` → `char_length`/`LEN`, ILIKE).
 *
 * @example
 * ```ts
 * const e: Expr = { kind: 'binary', op: '>', left: { kind: 'column', name: 'price' }, right: { kind: 'literal', value: 0 } }
 * renderExpr(e, 'mysql', (n) => `\`${n}\``) // '`price` > 0'
 * ```
 */
export function renderExpr(expr: Expr, target: Target, quoteColumn: (name: string) => string, valueSql = 'VALUE'): string {
  return render(expr, { syntax: sqlSyntax(target), column: quoteColumn, value: valueSql }).sql;
}

/**
 * True when the target can declare the expression: SQLite and SQL Server have no regular
 * expressions in CHECKs, and a pattern outside the subset Rowforge reads (`regexShape`, e.g.
 * PostgreSQL's `\M`) is only passed on to its own dialect (`source`); MySQL and MariaDB refuse a
 * CHECK that reads the clock (`CURRENT_DATE`, `now()`); a part of a date the target cannot write
 * (MySQL's epoch, SQLite's ISO week) has no spelling there. Such a CHECK is left out with a note.
 *
 * @example
 * ```ts
 * renderableOn(regexCheck, 'sqlite') // false
 * ```
 */
export function renderableOn(e: Expr, target: Target, source?: Dialect): boolean {
  if ((target === 'mysql' && readsClock(e)) || !datePartsRenderableOn(e, target)) return false;
  const regexes = regexesOf(e);
  if (regexes.length === 0) return true;
  if (sqlSyntax(target).regexOperator === undefined) return false;
  return source === undefined || source === target || regexes.every(readable);
}

function regexesOf(e: Expr): Extract<Expr, { kind: 'regex' }>[] {
  return [...(e.kind === 'regex' ? [e] : []), ...exprChildren(e).flatMap(regexesOf)];
}

const readable = (e: Extract<Expr, { kind: 'regex' }>): boolean => e.pattern.kind === 'literal' && regexShape(String(e.pattern.value)) !== undefined;
