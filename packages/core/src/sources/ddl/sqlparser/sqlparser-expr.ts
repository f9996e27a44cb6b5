import type { BinaryOp, CheckConstraint, ColumnDefault, Expr } from '../../../schema/index.js';
import { checkBodyRange, defaultExpressionRange, operandRange, type TextRange } from '../../text/expression-text.js';
import { isDatePartField } from '../../../util/date-parts.js';
import { binary, literal, negate, numberLiteral, orRaw, untranslatable } from '../expr-fallback.js';
import { arr, ident, isObj, lastName, payload, str, variant } from './sqlparser-ast.js';
import { sqlparserTypeText } from './sqlparser-data-type.js';
import { endOf, startOf, type StatementContext } from './statement-context.js';

const OPS: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ['Eq', '='], ['NotEq', '<>'], ['Lt', '<'], ['LtEq', '<='], ['Gt', '>'], ['GtEq', '>='],
  ['Plus', '+'], ['Minus', '-'], ['Multiply', '*'], ['Divide', '/'], ['Modulo', '%'], ['StringConcat', '||'],
]);

/** Translates sqlparser-ts expressions inside one CHECK body (`bounds`). */
class ExprTranslator {
  constructor(
    private readonly ctx: StatementContext,
    private readonly bounds: TextRange,
  ) {}

  /** A boolean operand: translated, or raw with its SQL text. */
  operand(node: unknown): Expr {
    return orRaw(() => this.expr(node), () => this.rawSql(node));
  }

  private rawSql(node: unknown): string {
    const r = operandRange(this.ctx.slice.tokens, startOf(this.ctx, node), endOf(this.ctx, node), this.bounds);
    return this.ctx.src.text.slice(r.start, r.end).trim();
  }

  private expr(node: unknown): Expr {
    const [tag, p] = variant(node);
    switch (tag) {
      case 'Identifier': return { kind: 'column', name: ident(p) ?? untranslatable('identifier') };
      case 'CompoundIdentifier': return { kind: 'column', name: ident(arr(p)[arr(p).length - 1]) ?? untranslatable('identifier') };
      case 'Value': return sqlparserValue(isObj(p) ? p.value : undefined);
      case 'Nested': return this.expr(p);
      case 'BinaryOp': return this.binaryOp(isObj(p) ? p : {});
      case 'UnaryOp': return this.unaryOp(isObj(p) ? p : {});
      case 'IsNull': return { kind: 'isNull', operand: this.expr(p), negated: false };
      case 'IsNotNull': return { kind: 'isNull', operand: this.expr(p), negated: true };
      case 'InList': return this.inList(isObj(p) ? p : {});
      case 'Between': return this.between(isObj(p) ? p : {});
      case 'Like': case 'ILike': return this.like(isObj(p) ? p : {}, tag === 'ILike');
      case 'RLike': return this.regex(isObj(p) ? p : {});
      case 'Function': return this.call(isObj(p) ? p : {});
      case 'Cast': return this.cast(isObj(p) ? p : {});
      case 'Extract': return this.extract(isObj(p) ? p : {});
      default: return untranslatable(tag || 'expression');
    }
  }

  private binaryOp(p: Readonly<Record<string, unknown>>): Expr {
    const op = str(p.op) ?? '';
    if (op === 'And' || op === 'Or') return binary(op === 'And' ? 'and' : 'or', this.operand(p.left), this.operand(p.right));
    const mapped = OPS.get(op) ?? untranslatable(`operator ${op}`);
    return binary(mapped, this.expr(p.left), this.expr(p.right));
  }

  private unaryOp(p: Readonly<Record<string, unknown>>): Expr {
    if (p.op === 'Not') return { kind: 'not', operand: this.operand(p.expr) };
    if (p.op === 'Minus') return negate(this.expr(p.expr));
    if (p.op === 'Plus') return this.expr(p.expr);
    return untranslatable(`unary ${str(p.op) ?? ''}`);
  }

  private inList(p: Readonly<Record<string, unknown>>): Expr {
    return { kind: 'in', operand: this.expr(p.expr), values: arr(p.list).map((v) => this.expr(v)), negated: p.negated === true };
  }

  private between(p: Readonly<Record<string, unknown>>): Expr {
    return { kind: 'between', operand: this.expr(p.expr), low: this.expr(p.low), high: this.expr(p.high), negated: p.negated === true };
  }

  private like(p: Readonly<Record<string, unknown>>, caseInsensitive: boolean): Expr {
    if (p.any === true || (p.escape_char !== undefined && p.escape_char !== null)) return untranslatable('LIKE ANY/ESCAPE');
    return { kind: 'like', operand: this.expr(p.expr), pattern: this.expr(p.pattern), negated: p.negated === true, caseInsensitive };
  }

  /** MySQL `a REGEXP p` / `a RLIKE p` (either may be negated): case-insensitive, as under MySQL's and MariaDB's default collations. */
  private regex(p: Readonly<Record<string, unknown>>): Expr {
    return { kind: 'regex', operand: this.expr(p.expr), pattern: this.expr(p.pattern), negated: p.negated === true, caseInsensitive: true };
  }

  /** `f(a, b)` with plain positional arguments; DISTINCT, named args, OVER, FILTER stay raw. */
  private call(p: Readonly<Record<string, unknown>>): Expr {
    const name = (lastName(p.name) ?? untranslatable('function')).toLowerCase();
    if (p.over != null || p.filter != null || arr(p.within_group).length > 0) return untranslatable('window/aggregate call');
    if (p.args === 'None') return { kind: 'call', name, args: [] };
    const list = payload(p.args, 'List');
    if (!isObj(list) || list.duplicate_treatment != null || arr(list.clauses).length > 0) return untranslatable('function arguments');
    const args = arr(list.args).map((a) => this.expr(payload(payload(a, 'Unnamed'), 'Expr') ?? untranslatable('function argument')));
    return { kind: 'call', name, args };
  }

  /**
   * MySQL `EXTRACT(HOUR FROM x)` → `date_part('hour', x)`; `SECOND` → MySQL's `SECOND(x)` (whole
   * seconds, where date_part keeps the fraction); `WEEK` (MySQL's WEEK() mode 0, not ISO's) and
   * other fields stay raw.
   */
  private extract(p: Readonly<Record<string, unknown>>): Expr {
    const field = variant(p.field)[0].toLowerCase();
    if (p.syntax !== 'From' || field === 'week' || !isDatePartField(field)) return untranslatable(`EXTRACT(${field} …)`);
    const from = this.expr(p.expr);
    return field === 'second' ? { kind: 'call', name: 'second', args: [from] } : { kind: 'call', name: 'date_part', args: [literal(field), from] };
  }

  private cast(p: Readonly<Record<string, unknown>>): Expr {
    if (p.kind !== 'Cast' && p.kind !== 'DoubleColon') return untranslatable(`cast ${str(p.kind) ?? ''}`);
    return { kind: 'cast', operand: this.expr(p.expr), to: sqlparserTypeText(p.data_type) };
  }
}

/** A `Value` node's literal. */
function sqlparserValue(v: unknown): Expr {
  if (v === 'Null') return literal(null);
  const [tag, p] = variant(v);
  if (tag === 'Number') return numberLiteral(str(arr(p)[0]) ?? '');
  if (tag === 'Boolean' && typeof p === 'boolean') return literal(p);
  const text = str(p);
  if (text !== undefined && /StringLiteral$|QuotedString$/.test(tag)) return literal(text);
  return untranslatable(`value ${tag}`);
}

/** CHECK (expr) → CheckConstraint with the expression tree and its exact SQL text. */
export function sqlparserCheck(ctx: StatementContext, name: string | undefined, expr: unknown): CheckConstraint {
  const at = startOf(ctx, expr);
  const bounds = checkBodyRange(ctx.slice.tokens, at) ?? { start: at, end: endOf(ctx, expr) };
  const tree = new ExprTranslator(ctx, bounds).operand(expr);
  const sql = ctx.src.text.slice(bounds.start, bounds.end).trim();
  return name === undefined ? { expr: tree, sql } : { name, expr: tree, sql };
}

/** Literal defaults (`'x'`, `-1`, `((0))`, `TRUE`, `NULL`) as values; anything else as SQL text. */
export function sqlparserDefault(ctx: StatementContext, expr: unknown): ColumnDefault {
  let node = expr;
  while (variant(node)[0] === 'Nested') node = variant(node)[1];
  const e = new ExprTranslator(ctx, { start: 0, end: 0 }).operand(node);
  if (e.kind === 'literal') return { kind: 'literal', value: e.value };
  const r = defaultExpressionRange(ctx.slice.tokens, startOf(ctx, expr)) ?? { start: startOf(ctx, expr), end: endOf(ctx, expr) };
  return { kind: 'expression', sql: ctx.src.text.slice(r.start, r.end).trim() };
}
