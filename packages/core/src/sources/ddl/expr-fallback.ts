import type { BinaryOp, Expr, LiteralValue } from '../../schema/index.js';

/** Thrown inside an expression translator when a node has no Expr equivalent. */
export class Untranslatable extends Error {
  constructor(what: string) {
    super(`cannot translate ${what}`);
    this.name = 'Untranslatable';
  }
}

export function untranslatable(what: string): never {
  throw new Untranslatable(what);
}

/**
 * Runs `translate`; when some part of it has no Expr equivalent, the whole operand becomes
 * `{ kind: 'raw', sql }`. Called at boolean boundaries (AND/OR/NOT operands and the root), so
 * the translatable conjuncts of a CHECK stay trees.
 */
export function orRaw(translate: () => Expr, sql: () => string): Expr {
  try {
    return translate();
  } catch (e) {
    if (e instanceof Untranslatable) return { kind: 'raw', sql: sql() };
    throw e;
  }
}

/**
 * Parses an SQL numeric literal's text; non-finite or unsafe integers stay untranslatable. A whole
 * number written as a decimal (`100.0`, `1e2`) is marked `decimal`, since SQL types it NUMERIC.
 */
export function numberLiteral(text: string): Expr {
  const n = Number(text);
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))) return untranslatable(`number ${text}`);
  return Number.isInteger(n) && /[.eE]/.test(text) ? { kind: 'literal', value: n, decimal: true } : { kind: 'literal', value: n };
}

export function literal(value: LiteralValue): Expr {
  return { kind: 'literal', value };
}

export function binary(op: BinaryOp, left: Expr, right: Expr): Expr {
  return { kind: 'binary', op, left, right };
}

/** `-5` folds into a literal; anything else becomes `negate`. */
export function negate(operand: Expr): Expr {
  if (operand.kind === 'literal' && typeof operand.value === 'number') return { ...operand, value: -operand.value };
  return { kind: 'negate', operand };
}

/** SQL operator spellings (both parsers' symbol forms) → BinaryOp. */
export const SQL_OPERATORS: ReadonlyMap<string, BinaryOp> = new Map<string, BinaryOp>([
  ['=', '='], ['<>', '<>'], ['!=', '<>'], ['<', '<'], ['<=', '<='], ['>', '>'], ['>=', '>='],
  ['+', '+'], ['-', '-'], ['*', '*'], ['/', '/'], ['%', '%'], ['||', '||'],
]);
