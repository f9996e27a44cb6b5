import { z } from 'zod';

export type BinaryOp = '=' | '<>' | '<' | '<=' | '>' | '>=' | 'and' | 'or' | '+' | '-' | '*' | '/' | '%' | '||';
export type LiteralValue = number | string | boolean | null;

/**
 * A parsed CHECK (or domain) expression. Sources translate their parser's AST into this
 * tree; what they cannot translate becomes a `raw` node that keeps the SQL text.
 * `value` refers to the checked value inside a domain's CHECK.
 */
export type Expr =
  | { readonly kind: 'column'; readonly name: string }
  | { readonly kind: 'value' }
  /** `decimal`: a whole number written as a decimal (`100.0`, `1e2`): SQL types it NUMERIC, so `/` by it does not truncate. */
  | { readonly kind: 'literal'; readonly value: LiteralValue; readonly decimal?: boolean }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr }
  | { readonly kind: 'not'; readonly operand: Expr }
  | { readonly kind: 'negate'; readonly operand: Expr }
  | { readonly kind: 'in'; readonly operand: Expr; readonly values: readonly Expr[]; readonly negated: boolean }
  | { readonly kind: 'between'; readonly operand: Expr; readonly low: Expr; readonly high: Expr; readonly negated: boolean }
  | { readonly kind: 'isNull'; readonly operand: Expr; readonly negated: boolean }
  | { readonly kind: 'like'; readonly operand: Expr; readonly pattern: Expr; readonly negated: boolean; readonly caseInsensitive: boolean }
  /** A regular-expression match anywhere in the value: PostgreSQL `~`/`~*`/`!~`/`!~*`, MySQL `REGEXP`. */
  | { readonly kind: 'regex'; readonly operand: Expr; readonly pattern: Expr; readonly negated: boolean; readonly caseInsensitive: boolean }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expr[] }
  | { readonly kind: 'cast'; readonly operand: Expr; readonly to: string }
  | { readonly kind: 'raw'; readonly sql: string };

const BinaryOpSchema = z.enum(['=', '<>', '<', '<=', '>', '>=', 'and', 'or', '+', '-', '*', '/', '%', '||']);
const LiteralSchema = z.union([z.number(), z.string(), z.boolean(), z.null()]);

export const ExprSchema: z.ZodType<Expr> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('column'), name: z.string() }),
    z.object({ kind: z.literal('value') }),
    z.object({ kind: z.literal('literal'), value: LiteralSchema, decimal: z.boolean().optional() }),
    z.object({ kind: z.literal('binary'), op: BinaryOpSchema, left: ExprSchema, right: ExprSchema }),
    z.object({ kind: z.literal('not'), operand: ExprSchema }),
    z.object({ kind: z.literal('negate'), operand: ExprSchema }),
    z.object({ kind: z.literal('in'), operand: ExprSchema, values: z.array(ExprSchema), negated: z.boolean() }),
    z.object({ kind: z.literal('between'), operand: ExprSchema, low: ExprSchema, high: ExprSchema, negated: z.boolean() }),
    z.object({ kind: z.literal('isNull'), operand: ExprSchema, negated: z.boolean() }),
    z.object({
      kind: z.literal('like'), operand: ExprSchema, pattern: ExprSchema, negated: z.boolean(), caseInsensitive: z.boolean(),
    }),
    z.object({
      kind: z.literal('regex'), operand: ExprSchema, pattern: ExprSchema, negated: z.boolean(), caseInsensitive: z.boolean(),
    }),
    z.object({ kind: z.literal('call'), name: z.string(), args: z.array(ExprSchema) }),
    z.object({ kind: z.literal('cast'), operand: ExprSchema, to: z.string() }),
    z.object({ kind: z.literal('raw'), sql: z.string() }),
  ]),
);

/** The expressions directly inside `e`. */
export function exprChildren(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'binary': return [e.left, e.right];
    case 'not': case 'negate': case 'isNull': case 'cast': return [e.operand];
    case 'in': return [e.operand, ...e.values];
    case 'between': return [e.operand, e.low, e.high];
    case 'like': case 'regex': return [e.operand, e.pattern];
    case 'call': return e.args;
    default: return [];
  }
}

/** Names of the columns an expression reads. */
export function columnsOf(e: Expr, out: Set<string> = new Set()): Set<string> {
  switch (e.kind) {
    case 'column': out.add(e.name); break;
    case 'binary': columnsOf(e.left, out); columnsOf(e.right, out); break;
    case 'not': case 'negate': case 'isNull': case 'cast': columnsOf(e.operand, out); break;
    case 'in': columnsOf(e.operand, out); e.values.forEach((v) => columnsOf(v, out)); break;
    case 'between': columnsOf(e.operand, out); columnsOf(e.low, out); columnsOf(e.high, out); break;
    case 'like': case 'regex': columnsOf(e.operand, out); columnsOf(e.pattern, out); break;
    case 'call': e.args.forEach((a) => columnsOf(a, out)); break;
    default: break;
  }
  return out;
}

/** True when the tree contains an untranslated `raw` node. */
export function hasRaw(e: Expr): boolean {
  switch (e.kind) {
    case 'raw': return true;
    case 'binary': return hasRaw(e.left) || hasRaw(e.right);
    case 'not': case 'negate': case 'isNull': case 'cast': return hasRaw(e.operand);
    case 'in': return hasRaw(e.operand) || e.values.some(hasRaw);
    case 'between': return hasRaw(e.operand) || hasRaw(e.low) || hasRaw(e.high);
    case 'like': case 'regex': return hasRaw(e.operand) || hasRaw(e.pattern);
    case 'call': return e.args.some(hasRaw);
    default: return false;
  }
}
