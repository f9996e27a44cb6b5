import { baseType, type Dialect, type Table } from '../../schema/index.js';
import type { EvalContext } from '../expr/evaluate-expr.js';
import { NotEvaluableError } from '../expr/not-evaluable.js';
import type { SqlValue } from '../values/sql-value.js';

/**
 * Evaluation context over one row's typed values, looked up by column name
 * (case-insensitive). Reused across rows: set `values` before evaluating.
 *
 * @example
 * ```ts
 * const ctx = new RowContext(table, 'postgres', Date.now())
 * ctx.values = [1, 'a']
 * ctx.column('ID') // 1
 * ```
 */
export class RowContext implements EvalContext {
  values: readonly SqlValue[] = [];
  private readonly index = new Map<string, number>();
  private readonly integers = new Set<number>();

  constructor(
    table: Table,
    readonly target: Dialect | undefined,
    readonly now: number,
  ) {
    table.columns.forEach((c, i) => {
      if (!this.index.has(c.name.toLowerCase())) this.index.set(c.name.toLowerCase(), i);
      if (baseType(c.type).kind === 'int') this.integers.add(i);
    });
  }

  column(name: string): SqlValue {
    const i = this.index.get(name.toLowerCase());
    if (i === undefined) throw new NotEvaluableError(`unknown column "${name}"`);
    return this.values[i] ?? null;
  }

  value(): SqlValue {
    throw new NotEvaluableError('VALUE is only defined inside a domain CHECK');
  }

  isInteger(column: string | null): boolean {
    const i = column === null ? undefined : this.index.get(column.toLowerCase());
    return i !== undefined && this.integers.has(i);
  }
}

/** Evaluation context for a domain CHECK: only `VALUE` is defined. */
export class DomainContext implements EvalContext {
  current: SqlValue = null;

  constructor(
    private readonly integer: boolean,
    readonly target: Dialect | undefined,
    readonly now: number,
  ) {}

  column(name: string): SqlValue {
    if (name.toLowerCase() === 'value') return this.current;
    throw new NotEvaluableError(`a domain CHECK cannot read column "${name}"`);
  }

  value(): SqlValue {
    return this.current;
  }

  isInteger(column: string | null): boolean {
    return column === null && this.integer;
  }
}
