import { baseType, type Column, type Table } from '../../schema/index.js';

/**
 * The column a target should declare as its identity/auto-increment column: the first
 * column with `autoIncrement` set and an integer type (optionally also passing
 * `accept`). Rowforge always inserts explicit values into it.
 *
 * @example
 * ```ts
 * identityColumn(users)?.name // 'id'
 * ```
 */
export function identityColumn(table: Table, accept: (c: Column) => boolean = () => true): Column | undefined {
  return table.columns.find((c) => c.autoIncrement !== undefined && baseType(c.type).kind === 'int' && accept(c));
}
