import type { ForeignKey, Table } from '../../schema/index.js';
import { findColumn, uniqueKeys } from '../../schema/index.js';
import type { ForeignKeyPlan } from '../plan-schema.js';
import { columnContext } from './column-context.js';
import { defaultNullRate } from './infer-column.js';

const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.some((y) => y.toLowerCase() === x.toLowerCase()));

/** FKs whose columns together make up a composite unique key of the child (a junction table). */
function productKeys(table: Table): Set<ForeignKey> {
  const out = new Set<ForeignKey>();
  for (const key of uniqueKeys(table)) {
    const covering = table.foreignKeys.filter((fk) => fk.columns.every((c) => key.some((k) => k.toLowerCase() === c.toLowerCase())));
    const covered = new Set(covering.flatMap((fk) => fk.columns.map((c) => c.toLowerCase())));
    if (covering.length >= 2 && key.every((k) => covered.has(k.toLowerCase()))) covering.forEach((fk) => out.add(fk));
  }
  return out;
}

export function describeReference(fk: ForeignKey): string {
  return `${fk.refTable}(${fk.refColumns.join(', ')})`;
}

/** One plan entry per foreign key: 1:1 when the FK is itself unique, products for junction keys, else uniform. */
export function inferForeignKeys(table: Table, referenceDate: string): ForeignKeyPlan[] {
  const products = productKeys(table);
  return table.foreignKeys.map((fk) => {
    const oneToOne = uniqueKeys(table).some((k) => same(k, fk.columns));
    const first = findColumn(table, fk.columns[0] as string);
    const nullRate = first ? defaultNullRate(columnContext(table, first, referenceDate, 0)) : 0;
    const distribution = oneToOne ? { kind: 'oneToOne' as const } : products.has(fk) ? { kind: 'product' as const } : { kind: 'uniform' as const };
    return { columns: [...fk.columns], references: describeReference(fk), distribution, nullRate: nullRate > 0 ? Math.min(nullRate, 0.1) : 0 };
  });
}
