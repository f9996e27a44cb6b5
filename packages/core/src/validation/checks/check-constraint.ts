import { checkLabel, columnsOf, findColumn, type CheckConstraint, type Table } from '../../schema/index.js';
import type { Cells, RowPosition } from '../run/row-sink.js';
import type { CheckDeps } from './check-deps.js';
import { GuardedExpr } from './guarded-expr.js';
import type { RowContext } from './row-context.js';

/**
 * One table CHECK evaluated per row with SQL semantics (passes on TRUE or UNKNOWN).
 * A failure names the constraint, the column when the CHECK reads only one, and the
 * values of the columns it reads.
 *
 * @example
 * ```ts
 * const c = new CheckConstraintCheck(table, table.checks[0], deps)
 * c.run(ctx, cells, { row: 3 })
 * ```
 */
export class CheckConstraintCheck {
  private readonly label: string;
  private readonly guarded: GuardedExpr;
  private readonly reads: { readonly name: string; readonly index: number }[];

  constructor(
    table: Table,
    private readonly check: CheckConstraint,
    private readonly deps: CheckDeps,
  ) {
    this.label = check.name !== undefined && check.name !== '' ? check.name : checkLabel(check);
    this.guarded = new GuardedExpr(`"${table.name}" ${checkLabel(check)}`, check.expr, deps.warnings);
    this.reads = [...columnsOf(check.expr)].flatMap((name) => {
      const col = findColumn(table, name);
      return col ? [{ name: col.name, index: table.columns.indexOf(col) }] : [];
    });
  }

  run(ctx: RowContext, cells: Cells, at: RowPosition): void {
    if (this.guarded.passes(ctx)) return;
    const single = this.reads.length === 1 ? this.reads[0] : undefined;
    const value = single ? cells[single.index] ?? null : this.describe(cells);
    const where = `row ${at.row}${at.line === undefined ? '' : ` (line ${at.line})`}`;
    this.deps.collector.add({
      rule: 'check', constraint: this.label, ...(single ? { column: single.name } : {}),
      row: at.row, ...(at.line === undefined ? {} : { line: at.line }), value,
      message: `${where}: CHECK (${this.check.sql}) is false for ${this.describe(cells)}`,
    });
  }

  private describe(cells: Cells): string {
    return this.reads.map((r) => `${r.name}=${cells[r.index] ?? 'NULL'}`).join(', ');
  }
}
