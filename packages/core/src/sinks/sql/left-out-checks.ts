import { hasRaw, readsClock, type CheckConstraint, type Schema, type Table } from '../../schema/index.js';
import type { Target } from '../target.js';
import { leftOutDomainChecks } from './implied-checks.js';
import { datePartsRenderableOn } from './render-date-part.js';
import { renderableOn, renderExpr } from './render-expr.js';
import { sqlDialect } from './sql-dialects.js';

/** A CHECK the target cannot declare, so its tables are created without it. */
export interface LeftOutCheck {
  readonly table: string;
  /** Set for a domain's CHECK: the column of that domain's type. */
  readonly column?: string;
  /** `CHECK (…)` as the schema wrote it, or `column: domain d CHECK (…)`. */
  readonly check: string;
  readonly why: string;
}

/** True when the target can declare a table CHECK: translated from the source, and renderable there. */
export function portableCheck(schema: Schema, target: Target, check: CheckConstraint): boolean {
  const source = schema.sourceDialect;
  const translated = !hasRaw(check.expr) || source === undefined || source === target;
  return translated && renderableOn(check.expr, target, source);
}

/** Why a CHECK that is not {@link portableCheck} is left out. */
export function whyCheckLeftOut(schema: Schema, target: Target, check: CheckConstraint): string {
  if (target === 'mysql' && readsClock(check.expr)) return 'reads the clock, which MySQL and MariaDB CHECKs cannot; left out';
  if (!datePartsRenderableOn(check.expr, target)) return `takes a part of a date or time ${target} cannot write in a CHECK; left out`;
  if (!renderableOn(check.expr, target, schema.sourceDialect)) return `uses a regular expression ${target} CHECKs cannot take; left out`;
  return `is ${schema.sourceDialect ?? 'source'} SQL Rowforge cannot translate; left out`;
}

/**
 * Every CHECK (table or domain) a target cannot declare: what a load into it cannot enforce,
 * though the generated rows meet it.
 *
 * @example
 * ```ts
 * leftOutChecks(schema, 'mysql') // [{ table: 'q', check: 'CHECK (d <= CURRENT_DATE)', why: 'reads the clock, …' }]
 * ```
 */
export function leftOutChecks(schema: Schema, target: Target): LeftOutCheck[] {
  return schema.tables.flatMap((t) => leftOutChecksOf(schema, target, t));
}

/** {@link leftOutChecks} of one table, domain CHECKs judged against the target's `native` types. */
export function leftOutChecksOf(schema: Schema, target: Target, t: Table, native = sqlDialect(target).nativeTypes): LeftOutCheck[] {
  return [
    ...t.checks.filter((c) => !portableCheck(schema, target, c)).map((c) => ({ table: t.name, check: `CHECK (${c.sql})`, why: whyCheckLeftOut(schema, target, c) })),
    ...t.columns.flatMap((col) => leftOutDomainChecks(col.type, target, native).map((c) => ({
      table: t.name,
      column: col.name,
      check: `${col.name}: domain ${c.domain} CHECK (${renderExpr(c.expr, 'postgres', (n) => n)})`,
      why: `uses a regular expression ${target} CHECKs cannot take; left out`,
    }))),
  ];
}

/** A SQL note for a left-out CHECK: `t: CHECK (…) why`, or `t.col: domain d CHECK (…) why`. */
export const leftOutNote = (c: LeftOutCheck): string => `${c.table}${c.column === undefined ? ': ' : '.'}${c.check} ${c.why}`;
