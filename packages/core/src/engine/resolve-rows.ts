import type { Plan } from '../plan/index.js';
import type { Schema } from '../schema/index.js';
import { findTable, loadOrder } from '../schema/index.js';
import { groupedFor } from './keys/parent-picker.js';
import type { GroupedAssignment } from './keys/grouped-assignment.js';

export interface ResolvedRows {
  readonly rows: Map<string, number>;
  /** Grouped assignments by `table#fkIndex`, reused by the pickers. */
  readonly grouped: Map<string, GroupedAssignment>;
}

/**
 * Final row counts: the plan's, except tables whose foreign key uses an `exact` or `poisson`
 * distribution, whose count follows from their parent's rows.
 */
export function resolveRows(schema: Schema, plan: Plan): ResolvedRows {
  const rows = new Map(schema.tables.map((t) => [t.name, plan.tables[t.name]?.rows ?? 0]));
  const grouped = new Map<string, GroupedAssignment>();
  for (const name of loadOrder(schema).tables) {
    const tp = plan.tables[name];
    tp?.foreignKeys.forEach((fk, fkIndex) => {
      const parent = findTable(schema, fk.references.split('(')[0]?.trim() ?? '');
      const g = parent && parent.name !== name ? groupedFor({ seed: plan.seed, table: name, fkIndex, fk, parentRows: rows.get(parent.name) ?? 0 }) : undefined;
      if (!g) return;
      grouped.set(`${name}#${fkIndex}`, g);
      rows.set(name, g.total);
    });
  }
  return { rows, grouped };
}
