import { baseType, type Dialect, type LogicalType, type Table } from '../../schema/index.js';
import type { EnumLabels } from '../expr/enum-compare.js';
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
  private readonly labels = new Map<number, readonly string[]>();

  constructor(
    table: Table,
    readonly target: Dialect | undefined,
    readonly now: number,
  ) {
    table.columns.forEach((c, i) => {
      if (!this.index.has(c.name.toLowerCase())) this.index.set(c.name.toLowerCase(), i);
      if (baseType(c.type).kind === 'int') this.integers.add(i);
      const labels = orderedLabels(c.type);
      if (labels) this.labels.set(i, labels);
    });
  }

  readonly enumLabels: EnumLabels = (column) => {
    const i = column === null ? undefined : this.index.get(column.toLowerCase());
    return i === undefined ? undefined : this.labels.get(i);
  };

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

/**
 * The labels of a PostgreSQL enum type (`CREATE TYPE … AS ENUM`, named), which compare by their
 * declared order; undefined for other types, MySQL's inline ENUM among them (it compares with a string as text).
 */
export function orderedLabels(type: LogicalType): readonly string[] | undefined {
  const t = baseType(type);
  return t.kind === 'enum' && t.name !== undefined ? t.values : undefined;
}

/** Evaluation context for a domain CHECK: only `VALUE` is defined. */
export class DomainContext implements EvalContext {
  current: SqlValue = null;

  constructor(
    private readonly integer: boolean,
    readonly target: Dialect | undefined,
    readonly now: number,
    private readonly labels?: readonly string[],
  ) {}

  readonly enumLabels: EnumLabels = (column) => (column === null || column.toLowerCase() === 'value' ? this.labels : undefined);

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
