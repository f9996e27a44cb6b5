/** A SQL comparison operator. */
export type ComparisonOp = '=' | '<>' | '<' | '<=' | '>' | '>=';
/** A comparison that orders its operands (all but `<>`). */
export type OrderOp = Exclude<ComparisonOp, '<>'>;

const FLIPPED: Readonly<Record<ComparisonOp, ComparisonOp>> = { '=': '=', '<>': '<>', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** Whether `op` is a comparison operator (`=`, `<>`, `<`, `<=`, `>`, `>=`). */
export function isComparison(op: string): op is ComparisonOp {
  return Object.hasOwn(FLIPPED, op);
}

/**
 * The operator that keeps a comparison's meaning when its operands swap sides: `5 < x` is `x > 5`.
 *
 * @example
 * ```ts
 * flipComparison('<=') // '>='
 * ```
 */
export function flipComparison(op: OrderOp): OrderOp;
export function flipComparison(op: ComparisonOp): ComparisonOp;
export function flipComparison(op: ComparisonOp): ComparisonOp {
  return FLIPPED[op];
}
