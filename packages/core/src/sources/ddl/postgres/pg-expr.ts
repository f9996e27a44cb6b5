import type { A_Const, A_Expr, BoolExpr, ColumnRef, FuncCall, Node, TypeCast } from 'libpg-query';
import type { CheckConstraint, ColumnDefault, Expr } from '../../../schema/index.js';
import { checkBodyRange, defaultExpressionRange, operandRange, type TextRange } from '../../text/expression-text.js';
import { binary, literal, negate, numberLiteral, orRaw, SQL_OPERATORS, untranslatable } from '../expr-fallback.js';
import { isDatePartField } from '../../../util/date-parts.js';
import { describeNative } from '../native-type.js';
import { at, lastString, locationRange, type PgContext } from './pg-context.js';
import { pgNativeType } from './pg-type-name.js';

/** PostgreSQL's POSIX regular-expression match operators. */
const REGEX_OPERATORS = new Set(['~', '~*', '!~', '!~*']);

/** Casts pg_dump adds around columns compared with strings (`(status)::text`). */
const TEXT_TYPES = new Set(['text', 'varchar', 'bpchar', 'name', 'citext']);

function pgConst(c: A_Const): Expr {
  if (c.isnull === true) return literal(null);
  if (c.ival) return literal(c.ival.ival ?? 0);
  if (c.fval) return numberLiteral(c.fval.fval ?? '0');
  if (c.sval) return literal(c.sval.sval ?? '');
  if (c.boolval) return literal(c.boolval.boolval ?? false);
  return untranslatable('bit-string constant');
}

/** Items of an `IN (...)` list or an `ARRAY[...]` (possibly cast, as pg_dump writes it). */
function listItems(n: Node | undefined): readonly Node[] {
  if (n === undefined) return [];
  if ('List' in n) return n.List.items ?? [];
  if ('A_ArrayExpr' in n) return n.A_ArrayExpr.elements ?? [];
  if ('TypeCast' in n) return listItems(n.TypeCast.arg);
  return untranslatable('list');
}

/** Translates libpg-query expression nodes inside one CHECK body (`bounds`). */
class PgExprTranslator {
  constructor(
    private readonly ctx: PgContext,
    private readonly bounds: TextRange,
    private readonly inDomain: boolean,
  ) {}

  operand(node: Node | undefined): Expr {
    return orRaw(() => this.expr(node), () => this.rawSql(node));
  }

  private rawSql(node: Node | undefined): string {
    const r = locationRange(this.ctx, node) ?? this.bounds;
    const range = operandRange(this.ctx.tokens, r.start, r.end, this.bounds);
    return this.ctx.src.text.slice(range.start, range.end).trim();
  }

  private expr(n: Node | undefined): Expr {
    if (n === undefined) return untranslatable('missing expression');
    if ('ColumnRef' in n) return this.columnRef(n.ColumnRef);
    if ('A_Const' in n) return pgConst(n.A_Const);
    if ('TypeCast' in n) return this.typeCast(n.TypeCast);
    if ('A_Expr' in n) return this.aExpr(n.A_Expr);
    if ('BoolExpr' in n) return this.boolExpr(n.BoolExpr);
    if ('NullTest' in n) return { kind: 'isNull', operand: this.expr(n.NullTest.arg), negated: n.NullTest.nulltesttype === 'IS_NOT_NULL' };
    if ('FuncCall' in n) return this.funcCall(n.FuncCall);
    if ('SQLValueFunction' in n) return { kind: 'call', name: (n.SQLValueFunction.op ?? '').replace(/^SVFOP_|_N$/g, '').toLowerCase(), args: [] };
    if ('CoalesceExpr' in n) return { kind: 'call', name: 'coalesce', args: (n.CoalesceExpr.args ?? []).map((a) => this.expr(a)) };
    if ('MinMaxExpr' in n) return { kind: 'call', name: n.MinMaxExpr.op === 'IS_LEAST' ? 'least' : 'greatest', args: (n.MinMaxExpr.args ?? []).map((a) => this.expr(a)) };
    return untranslatable(Object.keys(n)[0] ?? 'node');
  }

  private columnRef(c: ColumnRef): Expr {
    const name = lastString(c.fields) ?? untranslatable('column *');
    if (this.inDomain && (c.fields ?? []).length === 1 && name === 'value') return { kind: 'value' };
    return { kind: 'column', name };
  }

  /** Casts of literals and text casts of columns are pg_dump noise and fold away. */
  private typeCast(c: TypeCast): Expr {
    const operand = this.expr(c.arg);
    const type = pgNativeType(c.typeName);
    if (operand.kind === 'literal' || (operand.kind === 'column' && TEXT_TYPES.has(type.name) && !type.arrayDims)) return operand;
    return { kind: 'cast', operand, to: describeNative(type) };
  }

  private aExpr(e: A_Expr): Expr {
    const op = lastString(e.name) ?? '';
    switch (e.kind) {
      case 'AEXPR_OP':
        if (e.lexpr !== undefined && REGEX_OPERATORS.has(op)) {
          return { kind: 'regex', operand: this.expr(e.lexpr), pattern: this.expr(e.rexpr), negated: op.startsWith('!'), caseInsensitive: op.endsWith('*') };
        }
        if (e.lexpr !== undefined) return binary(SQL_OPERATORS.get(op) ?? untranslatable(`operator ${op}`), this.expr(e.lexpr), this.expr(e.rexpr));
        return op === '-' ? negate(this.expr(e.rexpr)) : op === '+' ? this.expr(e.rexpr) : untranslatable(`prefix ${op}`);
      case 'AEXPR_OP_ANY':
      case 'AEXPR_OP_ALL':
        return this.anyAll(e, op);
      case 'AEXPR_IN':
        return { kind: 'in', operand: this.expr(e.lexpr), values: listItems(e.rexpr).map((v) => this.expr(v)), negated: op === '<>' };
      case 'AEXPR_LIKE':
      case 'AEXPR_ILIKE':
        return { kind: 'like', operand: this.expr(e.lexpr), pattern: this.expr(e.rexpr), negated: op.startsWith('!'), caseInsensitive: e.kind === 'AEXPR_ILIKE' };
      case 'AEXPR_BETWEEN':
      case 'AEXPR_NOT_BETWEEN': {
        const [low, high] = listItems(e.rexpr);
        return { kind: 'between', operand: this.expr(e.lexpr), low: this.expr(low), high: this.expr(high), negated: e.kind === 'AEXPR_NOT_BETWEEN' };
      }
      default:
        return untranslatable(e.kind ?? 'A_Expr');
    }
  }

  /** `x = ANY (ARRAY[...])` is pg_dump's IN; `x <> ALL (ARRAY[...])` its NOT IN. */
  private anyAll(e: A_Expr, op: string): Expr {
    const negated = e.kind === 'AEXPR_OP_ALL';
    if (op !== (negated ? '<>' : '=')) return untranslatable(`${op} ANY/ALL`);
    return { kind: 'in', operand: this.expr(e.lexpr), values: listItems(e.rexpr).map((v) => this.expr(v)), negated };
  }

  private boolExpr(b: BoolExpr): Expr {
    const args = (b.args ?? []).map((a) => this.operand(a));
    if (b.boolop === 'NOT_EXPR') return { kind: 'not', operand: args[0] ?? untranslatable('NOT') };
    const op = b.boolop === 'OR_EXPR' ? 'or' : 'and';
    return args.slice(1).reduce((acc, x) => binary(op, acc, x), args[0] ?? untranslatable('boolean'));
  }

  private funcCall(f: FuncCall): Expr {
    if (f.funcformat === 'COERCE_SQL_SYNTAX' && lastString(f.funcname) === 'extract') return this.extract(f.args ?? []);
    const special = f.agg_star || f.agg_distinct || f.func_variadic || f.agg_within_group || f.over || f.agg_filter || f.agg_order;
    if (special || f.funcformat === 'COERCE_SQL_SYNTAX') return untranslatable('special function call');
    const name = (lastString(f.funcname) ?? '').toLowerCase();
    return { kind: 'call', name, args: (f.args ?? []).map((a) => this.expr(a)) };
  }

  /** `EXTRACT(hour FROM x)` (the parser's `extract('hour', x)`) is `date_part('hour', x)` for the fields the evaluators read. */
  private extract([field, from]: readonly Node[]): Expr {
    const name = field && 'A_Const' in field ? field.A_Const.sval?.sval?.toLowerCase() : undefined;
    if (name === undefined || !isDatePartField(name) || from === undefined) return untranslatable(`EXTRACT(${name ?? '?'} …)`);
    return { kind: 'call', name: 'date_part', args: [literal(name), this.expr(from)] };
  }
}

/** CHECK (expr) → CheckConstraint; in a domain, `VALUE` becomes `{ kind: 'value' }`. */
export function pgCheck(ctx: PgContext, node: Node | undefined, name: string | undefined, location: number | undefined, inDomain = false): CheckConstraint {
  const range = locationRange(ctx, node) ?? { start: at(ctx, location), end: ctx.end };
  const bounds = checkBodyRange(ctx.tokens, range.start, ctx.start) ?? range;
  const expr = new PgExprTranslator(ctx, bounds, inDomain).operand(node);
  const sql = ctx.src.text.slice(bounds.start, bounds.end).trim();
  return name === undefined ? { expr, sql } : { name, expr, sql };
}

/** `nextval('public.seq'::regclass)` → `seq`. */
function nextvalSequence(node: Node): string | undefined {
  if (!('FuncCall' in node) || lastString(node.FuncCall.funcname)?.toLowerCase() !== 'nextval') return undefined;
  const arg = node.FuncCall.args?.[0];
  const inner = arg && 'TypeCast' in arg ? arg.TypeCast.arg : arg;
  const name = inner && 'A_Const' in inner ? inner.A_Const.sval?.sval : undefined;
  const last = name?.split('.').pop();
  if (last === undefined) return undefined;
  return last.startsWith('"') ? last.replace(/^"|"$/g, '') : last.toLowerCase();
}

export type PgDefault = { readonly sequence: string } | { readonly value: ColumnDefault };

/** A column DEFAULT: a sequence (`nextval`), a literal, or an expression kept as SQL text. */
export function pgDefault(ctx: PgContext, node: Node): PgDefault {
  const sequence = nextvalSequence(node);
  if (sequence !== undefined) return { sequence };
  const range = locationRange(ctx, node) ?? { start: ctx.start, end: ctx.end };
  const e = new PgExprTranslator(ctx, range, false).operand(node);
  if (e.kind === 'literal') return { value: { kind: 'literal', value: e.value } };
  const r = defaultExpressionRange(ctx.tokens, range.start, ctx.start) ?? range;
  return { value: { kind: 'expression', sql: ctx.src.text.slice(r.start, r.end).trim() } };
}
