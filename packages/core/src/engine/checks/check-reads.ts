import type { Table, Value } from '../../schema/index.js';
import { columnsOf, findColumn } from '../../schema/index.js';
import { passes } from './evaluate-check.js';
import type { RuntimeCheck } from './runtime-checks.js';

/** The columns (by index) a runtime CHECK reads: those it names and, for a domain CHECK, its own. */
export function checkReads(table: Table, check: RuntimeCheck): number[] {
  const named = [...columnsOf(check.expr)].map((n) => findColumn(table, n)).flatMap((c) => (c ? [table.columns.indexOf(c)] : []));
  const all = check.self === undefined ? named : [check.self, ...named];
  return [...new Set(all)].sort((a, b) => a - b);
}

/** The index of the first failing check, or -1 when the row passes (unevaluable checks pass). */
export function firstFailingIndex(checks: readonly RuntimeCheck[], lookups: readonly ((n: string | undefined) => Value)[]): number {
  for (let i = 0; i < checks.length; i++) {
    if (passes((checks[i] as RuntimeCheck).expr, lookups[i] as (n: string | undefined) => Value) === false) return i;
  }
  return -1;
}
