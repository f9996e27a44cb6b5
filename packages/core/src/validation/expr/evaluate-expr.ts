import { likeRegExp, sqlRegExp, type BinaryOp, type Dialect, type Expr } from '../../schema/index.js';
import type { SqlValue } from '../values/sql-value.js';
import { compareLabels, labelsOfExpr, type EnumLabels } from './enum-compare.js';
import { NotEvaluableError } from './not-evaluable.js';
import { arithmetic, type ArithmeticOp } from './sql-arithmetic.js';
import { castSql } from './sql-cast.js';
import { compareSql } from './sql-compare.js';
import { callArguments } from './sql-dateadd.js';
import { callSqlFunction } from './sql-functions.js';
import { sqlText } from './sql-text.js';
import { and3, not3, or3, truthOf, type Truth } from './sql-truth.js';

/** Where an expression gets its inputs. */
export interface EvalContext {
  /** Value of a column of the current row (throw NotEvaluableError for an unknown column). */
  column(name: string): SqlValue;
  /** The checked value inside a domain CHECK. */
  value(): SqlValue;
  /** True when the column (or, for `null`, the domain value) has an integer type; drives `/` truncation. */
  isInteger(column: string | null): boolean;
  readonly target?: Dialect;
  /** Labels of an ordered enum column (PostgreSQL), which compare by position rather than as text. */
  readonly enumLabels?: EnumLabels;
  /** Clock for CURRENT_DATE / NOW(), epoch milliseconds. */
  readonly now: number;
}

type Node<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

const COMPARISONS: Partial<Record<BinaryOp, (c: number) => boolean>> = {
  '=': (c) => c === 0, '<>': (c) => c !== 0, '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0,
};

/** True when SQL would type the expression as an integer (so `/` truncates). */
function isIntegerExpr(e: Expr, ctx: EvalContext): boolean {
  switch (e.kind) {
    case 'column': return ctx.isInteger(e.name);
    case 'value': return ctx.isInteger(null);
    case 'literal': return typeof e.value === 'number' && Number.isInteger(e.value) && e.decimal !== true;
    case 'negate': return isIntegerExpr(e.operand, ctx);
    case 'binary': return ['+', '-', '*', '/', '%'].includes(e.op) && isIntegerExpr(e.left, ctx) && isIntegerExpr(e.right, ctx);
    default: return false;
  }
}

function evalBinary(e: Node<'binary'>, ctx: EvalContext): SqlValue {
  if (e.op === 'and' || e.op === 'or') return evalLogical(e.op, e, ctx);
  const left = evaluateExpr(e.left, ctx);
  const right = evaluateExpr(e.right, ctx);
  const cmp = COMPARISONS[e.op];
  if (cmp) {
    const c = compareLabels(left, right, labelsOfExpr(e.left, ctx.enumLabels) ?? labelsOfExpr(e.right, ctx.enumLabels));
    return c === null ? null : cmp(c);
  }
  const intDiv = e.op === '/' && ctx.target !== 'mysql' && isIntegerExpr(e.left, ctx) && isIntegerExpr(e.right, ctx);
  return arithmetic(e.op as ArithmeticOp, left, right, intDiv);
}

function evalLogical(op: 'and' | 'or', e: Node<'binary'>, ctx: EvalContext): Truth {
  const left = truthOf(evaluateExpr(e.left, ctx));
  if (op === 'and' && left === false) return false;
  if (op === 'or' && left === true) return true;
  const right = truthOf(evaluateExpr(e.right, ctx));
  return op === 'and' ? and3(left, right) : or3(left, right);
}

function evalIn(e: Node<'in'>, ctx: EvalContext): Truth {
  const operand = evaluateExpr(e.operand, ctx);
  if (operand === null) return null;
  let sawNull = false;
  for (const item of e.values) {
    const c = compareSql(operand, evaluateExpr(item, ctx));
    if (c === 0) return !e.negated;
    if (c === null) sawNull = true;
  }
  return sawNull ? null : e.negated;
}

function evalBetween(e: Node<'between'>, ctx: EvalContext): Truth {
  const x = evaluateExpr(e.operand, ctx);
  const labels = labelsOfExpr(e.operand, ctx.enumLabels);
  const lo = compareLabels(x, evaluateExpr(e.low, ctx), labels);
  const hi = compareLabels(x, evaluateExpr(e.high, ctx), labels);
  const inside = and3(lo === null ? null : lo >= 0, hi === null ? null : hi <= 0);
  return e.negated ? not3(inside) : inside;
}

function evalLike(e: Node<'like'>, ctx: EvalContext): Truth {
  const s = evaluateExpr(e.operand, ctx);
  const p = evaluateExpr(e.pattern, ctx);
  if (s === null || p === null) return null;
  const matches = likeRegExp(sqlText(p), e.caseInsensitive).test(sqlText(s));
  return matches !== e.negated;
}

function evalRegex(e: Node<'regex'>, ctx: EvalContext): Truth {
  const s = evaluateExpr(e.operand, ctx);
  const p = evaluateExpr(e.pattern, ctx);
  if (s === null || p === null) return null;
  const re = sqlRegExp(sqlText(p), e.caseInsensitive);
  if (re === undefined) throw new NotEvaluableError(`a regular expression JavaScript cannot read: ${sqlText(p)}`);
  return re.test(sqlText(s)) !== e.negated;
}

function evalNegate(e: Node<'negate'>, ctx: EvalContext): SqlValue {
  const v = evaluateExpr(e.operand, ctx);
  return arithmetic('-', v === null ? null : 0, v, false);
}

/**
 * Evaluates a CHECK expression tree over one row with SQL semantics: NULL propagates,
 * AND/OR/NOT/IN/BETWEEN use three-valued logic. Throws NotEvaluableError for `raw`
 * nodes, unknown functions and operands it cannot compare.
 *
 * @example
 * ```ts
 * const e: Expr = { kind: 'binary', op: '>', left: { kind: 'column', name: 'qty' }, right: { kind: 'literal', value: 0 } }
 * evaluateExpr(e, ctxWith({ qty: null })) // null (UNKNOWN: the CHECK passes)
 * ```
 */
export function evaluateExpr(e: Expr, ctx: EvalContext): SqlValue {
  switch (e.kind) {
    case 'column': return ctx.column(e.name);
    case 'value': return ctx.value();
    case 'literal': return e.value;
    case 'binary': return evalBinary(e, ctx);
    case 'not': return not3(truthOf(evaluateExpr(e.operand, ctx)));
    case 'negate': return evalNegate(e, ctx);
    case 'in': return evalIn(e, ctx);
    case 'between': return evalBetween(e, ctx);
    case 'isNull': return (evaluateExpr(e.operand, ctx) === null) !== e.negated;
    case 'like': return evalLike(e, ctx);
    case 'regex': return evalRegex(e, ctx);
    case 'call': return callSqlFunction(e.name, callArguments(e).map((a) => evaluateExpr(a, ctx)), ctx);
    case 'cast': return castSql(evaluateExpr(e.operand, ctx), e.to);
    case 'raw': throw new NotEvaluableError(`untranslated SQL: ${e.sql}`);
  }
}

/**
 * True when a CHECK is satisfied: its result is TRUE or UNKNOWN (NULL), as in SQL.
 *
 * @example
 * ```ts
 * checkPasses({ kind: 'literal', value: null }, ctx) // true
 * ```
 */
export function checkPasses(e: Expr, ctx: EvalContext): boolean {
  return truthOf(evaluateExpr(e, ctx)) !== false;
}
