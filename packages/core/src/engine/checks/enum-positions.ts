import type { Expr } from '../../schema/index.js';
import type { LabelsOf } from '../../plan/enum-order.js';
import { ENUM_POSITION } from './evaluate-check.js';

const COMPARISONS = new Set(['=', '<>', '<', '<=', '>', '>=']);

const sameLabels = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/** `col` as its label's position in the enum (`ENUM_POSITION(col, 'small', 'medium', …)`). */
function position(e: Expr, labels: readonly string[]): Expr {
  return { kind: 'call', name: ENUM_POSITION, args: [e, ...labels.map((value): Expr => ({ kind: 'literal', value }))] };
}

/** Operands all enum columns of one type: their labels, else undefined. */
function sharedLabels(operands: readonly Expr[], labelsOf: LabelsOf): readonly string[] | undefined {
  const first = labelsOf(operands[0] as Expr);
  return operands.every((x) => sameLabels(labelsOf(x), first)) ? first : undefined;
}

function comparison(e: Extract<Expr, { kind: 'binary' }>, labelsOf: LabelsOf): Expr {
  const labels = COMPARISONS.has(e.op) ? sharedLabels([e.left, e.right], labelsOf) : undefined;
  return labels ? { ...e, left: position(e.left, labels), right: position(e.right, labels) } : e;
}

function between(e: Extract<Expr, { kind: 'between' }>, labelsOf: LabelsOf): Expr {
  const labels = sharedLabels([e.operand, e.low, e.high], labelsOf);
  return labels ? { ...e, operand: position(e.operand, labels), low: position(e.low, labels), high: position(e.high, labels) } : e;
}

/**
 * A CHECK with each comparison of two PostgreSQL enum columns of one type (`sz7 < sz8`,
 * `a BETWEEN lo AND hi`) made a comparison of their labels' positions, as the database orders
 * them (as text 'large' < 'medium'). Comparisons with a label are left to `enumComparisonsAsLists`.
 *
 * @example
 * ```ts
 * enumPairsAsPositions(check.expr, enumLabelsOf(table))
 * ```
 */
export function enumPairsAsPositions(e: Expr, labelsOf: LabelsOf): Expr {
  switch (e.kind) {
    case 'binary':
      if (e.op === 'and' || e.op === 'or') return { ...e, left: enumPairsAsPositions(e.left, labelsOf), right: enumPairsAsPositions(e.right, labelsOf) };
      return comparison(e, labelsOf);
    case 'not': return { ...e, operand: enumPairsAsPositions(e.operand, labelsOf) };
    case 'between': return between(e, labelsOf);
    default: return e;
  }
}
