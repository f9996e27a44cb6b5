import type { FkEdge, LoadOrder } from '../../schema/index.js';
import type { Target } from '../target.js';

/** `child(cols) → parent` for notes. */
function edgeText(e: FkEdge): string {
  return `${e.child}(${e.fk.columns.join(', ')}) → ${e.parent}`;
}

/**
 * Session statements a data part opens with when the load has late edges (NOT NULL,
 * non-DEFERRABLE foreign keys breaking a cycle), and the ones that close it. SQLite defers
 * foreign-key checks to COMMIT (`PRAGMA defer_foreign_keys`, reset at COMMIT, so it runs
 * inside the file's transaction). MySQL turns foreign-key checks off around the rows when
 * the tables already carry every FOREIGN KEY (`dataOnly`); otherwise its late keys are added
 * after the data. PostgreSQL and SQL Server add late keys after the data (nothing here).
 *
 * @example
 * ```ts
 * lateEdgeSettings(order, 'mysql', true) // { open: ['SET FOREIGN_KEY_CHECKS = 0;'], close: ['SET FOREIGN_KEY_CHECKS = 1;'] }
 * ```
 */
export function lateEdgeSettings(order: LoadOrder, target: Target, dataOnly: boolean): { open: string[]; close: string[] } {
  if (order.lateEdges.length === 0) return { open: [], close: [] };
  if (target === 'sqlite') return { open: ['PRAGMA defer_foreign_keys = ON;'], close: [] };
  if (target === 'mysql' && dataOnly) return { open: ['SET FOREIGN_KEY_CHECKS = 0;'], close: ['SET FOREIGN_KEY_CHECKS = 1;'] };
  return { open: [], close: [] };
}

const DATA_ONLY_LATE: Readonly<Record<Target, string>> = {
  postgres: 'it is not DEFERRABLE, so these rows cannot load while the table has it: drop it before and add it back after,\nor declare it DEFERRABLE INITIALLY DEFERRED',
  mssql: 'it cannot be deferred, so these rows cannot load while it is checked: ALTER TABLE ... NOCHECK CONSTRAINT it before\nand ALTER TABLE ... WITH CHECK CHECK CONSTRAINT it after',
  mysql: 'foreign-key checks are off while the rows load (SET FOREIGN_KEY_CHECKS = 0 ... = 1)',
  sqlite: 'its check waits for COMMIT (PRAGMA defer_foreign_keys = ON inside the transaction)',
};

/**
 * The header note of a script with late edges: which foreign keys close a NOT NULL cycle and
 * how this script copes (data-only scripts load into tables that already have them).
 * Empty when there are none.
 *
 * @example
 * ```ts
 * lateEdgeNote(order, 'postgres', false) // '\nNOT NULL cycle: store(manager_staff_id) → staff is added after the data'
 * ```
 */
export function lateEdgeNote(order: LoadOrder, target: Target, dataOnly: boolean): string {
  if (order.lateEdges.length === 0) return '';
  const which = `\nNOT NULL cycle, foreign key(s) enforced once every row is in: ${order.lateEdges.map(edgeText).join(', ')}`;
  if (dataOnly) return `${which}\n${DATA_ONLY_LATE[target]}`;
  return `${which}\n${target === 'sqlite' ? DATA_ONLY_LATE.sqlite : 'added by ALTER TABLE after the data'}`;
}
