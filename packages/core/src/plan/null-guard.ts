import type { Expr } from '../schema/index.js';
import { columnsOf } from '../schema/index.js';

type Node<K extends Expr['kind']> = Extract<Expr, { kind: K }>;

/** The column `col IS NULL` tests (a domain CHECK's `VALUE IS NULL` tests `self`). */
function nullTested(e: Expr, self: string | undefined): string | undefined {
  if (e.kind !== 'isNull' || e.negated) return undefined;
  if (e.operand.kind === 'column') return e.operand.name;
  return e.operand.kind === 'value' ? self : undefined;
}

/** True when `e` reads no column but `col` (a domain CHECK's VALUE being `col`). */
function readsOnly(e: Expr, col: string): boolean {
  return [...columnsOf(e)].every((n) => n.toLowerCase() === col.toLowerCase());
}

function andParts(e: Expr): Expr[] {
  return e.kind === 'binary' && e.op === 'and' ? [...andParts(e.left), ...andParts(e.right)] : [e];
}

function guarded(e: Node<'binary'>, self: string | undefined): Expr[] | undefined {
  for (const [test, rest] of [[e.left, e.right], [e.right, e.left]] as const) {
    const col = nullTested(test, self);
    if (col !== undefined && readsOnly(rest, col)) return andParts(rest).filter((c) => c.kind !== 'isNull');
  }
  return undefined;
}

/**
 * `col IS NULL OR <conditions on col>` (either order; Django's nullable choices, AdventureWorks'
 * `[PersonType] IS NULL OR [PersonType] IN (…)`): the conjuncts of the conditions, which every
 * value the column's generator draws must meet; its NULLs (the column's nullRate) pass anyway.
 * Undefined for other expressions, and when the conditions read another column. `self` is the
 * column a domain CHECK's VALUE means.
 *
 * @example
 * ```ts
 * unlessNull(parse("c IS NULL OR c IN ('a', 'b')")) // [c IN ('a', 'b')]
 * ```
 */
export function unlessNull(e: Expr, self?: string): Expr[] | undefined {
  return e.kind === 'binary' && e.op === 'or' ? guarded(e, self) : undefined;
}
