import type { Expr, Table, Value } from '../../schema/index.js';
import { checkLabel } from '../../schema/index.js';
import { enumComparisonsAsLists, enumLabelsOf } from '../../plan/enum-order.js';
import { nowAsReference } from '../../plan/now-bounds.js';
import { FALLBACK_REFERENCE_DATE } from '../../plan/reference-date.js';
import { daysFromIso } from '../../util/index.js';
import { msScale } from './ms-scale.js';
import { enumPairsAsPositions } from './enum-positions.js';
import { passes } from './evaluate-check.js';

/** A CHECK the engine evaluates per row. `self` is the column a domain CHECK's VALUE means. */
export interface RuntimeCheck {
  readonly label: string;
  readonly expr: Expr;
  readonly self?: number;
}

/**
 * The table's CHECKs and its columns' domain CHECKs, with comparisons of PostgreSQL enum
 * columns written as the labels that pass them (enums compare by declared order, not as text),
 * comparisons of two such columns by their labels' positions (`enumPairsAsPositions`),
 * and upper bounds set by the clock (`d <= CURRENT_DATE`) read at the plan's reference day
 * (`nowAsReference`), as the plan compiled them; lower bounds set by the clock stay unevaluable.
 */
export function runtimeChecks(table: Table, referenceDay = daysFromIso(FALLBACK_REFERENCE_DATE)): RuntimeCheck[] {
  const labelsOf = enumLabelsOf(table);
  const prepare = (e: Expr, labels: typeof labelsOf): Expr => enumPairsAsPositions(enumComparisonsAsLists(nowAsReference(e, referenceDay), labels), labels);
  const out: RuntimeCheck[] = table.checks.map((c) => ({ label: checkLabel(c), expr: prepare(c.expr, labelsOf) }));
  table.columns.forEach((col, i) => {
    const selfLabels = enumLabelsOf(table, col.name);
    for (let t = col.type; t.kind === 'domain'; t = t.base) {
      const name = t.name;
      t.checks.forEach((expr) => out.push({ label: `domain ${name} on ${col.name}`, expr: prepare(expr, selfLabels), self: i }));
    }
  });
  return out;
}

/** Looks columns up by name, with dates (days) and times (seconds) in milliseconds, the evaluator's one unit (`Lookup`). */
export function rowLookup(table: Table, values: readonly Value[], self?: number): (name: string | undefined) => Value {
  const index = new Map(table.columns.map((c, i) => [c.name.toLowerCase(), i]));
  const scale = table.columns.map((c) => msScale(c.type));
  return (name) => {
    const i = name === undefined ? self : index.get(name.toLowerCase());
    if (i === undefined) return null;
    const v = values[i] ?? null;
    return typeof v === 'number' ? v * (scale[i] as number) : v;
  };
}

/** The first failing check's label, or undefined when the row passes (unevaluable checks pass). */
export function firstFailing(checks: readonly RuntimeCheck[], lookups: readonly ((n: string | undefined) => Value)[]): string | undefined {
  for (let i = 0; i < checks.length; i++) {
    const c = checks[i] as RuntimeCheck;
    if (passes(c.expr, lookups[i] as (n: string | undefined) => Value) === false) return c.label;
  }
  return undefined;
}
