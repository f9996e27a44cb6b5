import type { Expr, Table } from '../schema/index.js';
import { baseType, findColumn, flipComparison, type ComparisonOp } from '../schema/index.js';

type Node<K extends Expr['kind']> = Extract<Expr, { kind: K }>;
/** The labels, in declared order, of the enum an expression reads directly; undefined when it is not such a column. */
export type LabelsOf = (e: Expr) => readonly string[] | undefined;

const TESTS: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0, '<>': (c) => c !== 0, '<': (c) => c < 0, '<=': (c) => c <= 0, '>': (c) => c > 0, '>=': (c) => c >= 0,
};

/**
 * The labels of a PostgreSQL enum column (`CREATE TYPE … AS ENUM`), which compare by their
 * declared order; undefined for other columns (MySQL's inline ENUM compares with a string as text).
 * `self` is the column a domain CHECK's VALUE means.
 */
export function enumLabelsOf(table: Table, self?: string): LabelsOf {
  return (e) => {
    const name = e.kind === 'column' ? e.name : e.kind === 'value' ? self : undefined;
    const column = name === undefined ? undefined : findColumn(table, name);
    const t = column ? baseType(column.type) : undefined;
    return t?.kind === 'enum' && t.name !== undefined ? t.values : undefined;
  };
}

/** The position of a label literal (`'medium'`, `'medium'::size`) in the enum; -1 for anything else. */
function labelOf(e: Expr, labels: readonly string[]): number {
  if (e.kind === 'cast') return labelOf(e.operand, labels);
  return e.kind === 'literal' && typeof e.value === 'string' ? labels.indexOf(e.value) : -1;
}

function listOf(operand: Expr, labels: readonly string[], keep: (i: number) => boolean): Expr {
  const values: Expr[] = labels.filter((_, i) => keep(i)).map((value) => ({ kind: 'literal', value }));
  return { kind: 'in', operand, values, negated: false };
}

function comparison(e: Node<'binary'>, labelsOf: LabelsOf): Expr | undefined {
  const test = TESTS[e.op];
  if (!test) return undefined;
  const [col, lit, op] = labelsOf(e.left) ? [e.left, e.right, e.op] : [e.right, e.left, flipComparison(e.op as ComparisonOp)];
  const labels = labelsOf(col);
  const at = labels ? labelOf(lit, labels) : -1;
  if (!labels || at < 0) return undefined;
  const keep = TESTS[op] as (c: number) => boolean;
  return listOf(col, labels, (i) => keep(i - at));
}

function between(e: Node<'between'>, labelsOf: LabelsOf): Expr | undefined {
  const labels = labelsOf(e.operand);
  const lo = labels ? labelOf(e.low, labels) : -1;
  const hi = labels ? labelOf(e.high, labels) : -1;
  if (!labels || lo < 0 || hi < 0) return undefined;
  return listOf(e.operand, labels, (i) => (i >= lo && i <= hi) !== e.negated);
}

/**
 * A CHECK with each comparison of an ordered enum column against one of its labels
 * (`<`, `<=`, `>`, `>=`, `=`, `<>`, [NOT] BETWEEN) written as the IN-list of the labels that
 * satisfy it: `sz >= 'medium'` over ('small', 'medium', 'large') is `sz IN ('medium', 'large')`.
 * Comparisons it cannot judge so (a literal that is no label, two columns) stay as they are.
 *
 * @example
 * ```ts
 * enumComparisonsAsLists(check.expr, enumLabelsOf(table))
 * ```
 */
export function enumComparisonsAsLists(e: Expr, labelsOf: LabelsOf): Expr {
  switch (e.kind) {
    case 'binary':
      if (e.op === 'and' || e.op === 'or') return { ...e, left: enumComparisonsAsLists(e.left, labelsOf), right: enumComparisonsAsLists(e.right, labelsOf) };
      return comparison(e, labelsOf) ?? e;
    case 'not': return { ...e, operand: enumComparisonsAsLists(e.operand, labelsOf) };
    case 'between': return between(e, labelsOf) ?? e;
    default: return e;
  }
}
