import { getTable, type LoadOrder, type Schema } from '../../schema/index.js';
import { ddlEnv } from '../../sinks/sql/render-create-tables.js';
import { renderCreateTable } from '../../sinks/sql/render-create-table.js';
import { addForeignKey } from '../../sinks/sql/render-foreign-key.js';
import { indexStatements } from '../../sinks/sql/render-indexes.js';

const notComment = (s: string): boolean => !s.trimStart().startsWith('--');

/**
 * `renderCreateTables(schema, order, 'postgres')` as separate statements (comments dropped), so
 * each is sent on its own through the extended protocol, which refuses stacked statements.
 *
 * @example
 * ```ts
 * for (const sql of createTableStatements(schema, order)) await session.query(sql)
 * ```
 */
export function createTableStatements(schema: Schema, order: LoadOrder): string[] {
  const env = ddlEnv(schema, order, 'postgres', { purpose: 'bulk-load' });
  return [
    ...env.dialect.typeDefinitions(schema),
    ...order.tables.flatMap((name) => renderCreateTable(getTable(schema, name), env)),
    ...env.placements.filter((p) => p.placement === 'after-create').map((p) => addForeignKey(p, env.dialect, env.names)),
  ].filter(notComment);
}

/**
 * `renderPostLoad(schema, order, 'postgres')` as separate statements (see {@link createTableStatements});
 * `reserved`: relation names the target holds already, which no index may take.
 */
export function postLoadStatements(schema: Schema, order: LoadOrder, reserved: readonly string[] = []): string[] {
  const env = ddlEnv(schema, order, 'postgres', { purpose: 'bulk-load' });
  return [
    ...indexStatements(schema, order, 'postgres', reserved),
    ...env.placements.filter((p) => p.placement === 'post-load').map((p) => addForeignKey(p, env.dialect, env.names)),
    ...order.tables.flatMap((name) => env.dialect.identityResync(getTable(schema, name))),
  ].filter(notComment);
}
