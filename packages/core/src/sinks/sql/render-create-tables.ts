import { getTable, type LoadOrder, type Schema } from '../../schema/index.js';
import type { Target } from '../target.js';
import { assignConstraintNames } from './constraint-names.js';
import { placeForeignKeys, type LoadPurpose } from './foreign-key-placement.js';
import { addForeignKey } from './render-foreign-key.js';
import { renderCreateTable, type DdlEnv } from './render-create-table.js';
import { indexStatements } from './render-indexes.js';
import { sqlDialect } from './sql-dialects.js';

/** Options shared by {@link renderCreateTables} and {@link renderPostLoad}. */
export interface DdlOptions {
  /**
   * `bulk-load` (default): the schema for loading Rowforge's CSV/JSON files, every
   * late FOREIGN KEY left to the post-load script. `sql-script`: as used inside
   * Rowforge's SQL output (PostgreSQL DEFERRABLE cycles are added right away and
   * deferred inside the load transaction).
   */
  readonly purpose?: LoadPurpose;
}

/** The DDL environment of one schema/target; shared by the DDL renderers. */
export function ddlEnv(schema: Schema, order: LoadOrder, target: Target, options: DdlOptions = {}): DdlEnv {
  return {
    schema,
    dialect: sqlDialect(target),
    names: assignConstraintNames(schema),
    placements: placeForeignKeys(schema, order, target, options.purpose ?? 'bulk-load'),
  };
}

/**
 * The schema script for a target, statements only (no session settings or
 * transaction): PostgreSQL types and domains, then `CREATE TABLE` in load order with
 * the FOREIGN KEYs that can be checked as rows arrive. FKs on deferred (nullable)
 * cycle edges, self-references and NOT NULL DEFERRABLE cycles are left to
 * {@link renderPostLoad} — except on SQLite, which declares them inline as
 * `DEFERRABLE INITIALLY DEFERRED`.
 *
 * @example
 * ```ts
 * writeFileSync('schema.sql', renderCreateTables(schema, loadOrder(schema), 'postgres'))
 * ```
 */
export function renderCreateTables(schema: Schema, order: LoadOrder, target: Target, options: DdlOptions = {}): string {
  const env = ddlEnv(schema, order, target, options);
  const statements = [
    ...env.dialect.typeDefinitions(schema),
    ...order.tables.flatMap((name) => renderCreateTable(getTable(schema, name), env)),
    ...env.placements.filter((p) => p.placement === 'after-create').map((p) => addForeignKey(p, env.dialect, env.names)),
  ];
  return statements.map((s) => `${s}\n`).join('\n');
}

/**
 * What runs after the data is loaded: `CREATE INDEX` for the secondary indexes (built once
 * over every row), `ALTER TABLE ... ADD FOREIGN KEY` for the late FOREIGN KEYs (validating
 * every row at once) and identity re-syncs (PostgreSQL `setval`, SQL Server `DBCC
 * CHECKIDENT`). Empty string when there is nothing to do.
 *
 * @example
 * ```ts
 * writeFileSync('constraints.sql', renderPostLoad(schema, loadOrder(schema), 'postgres'))
 * ```
 */
export function renderPostLoad(schema: Schema, order: LoadOrder, target: Target, options: DdlOptions = {}): string {
  const env = ddlEnv(schema, order, target, options);
  const statements = [
    ...indexStatements(schema, order, target),
    ...env.placements.filter((p) => p.placement === 'post-load').map((p) => addForeignKey(p, env.dialect, env.names)),
    ...order.tables.flatMap((name) => env.dialect.identityResync(getTable(schema, name))),
  ];
  return statements.map((s) => `${s}\n`).join('');
}

/**
 * The identity re-syncs alone (PostgreSQL `setval`, SQL Server `DBCC CHECKIDENT`; MySQL and
 * SQLite move their counters past explicit ids themselves): what a data-only load runs after
 * the rows. Empty string when there is nothing to do.
 *
 * @example
 * ```ts
 * renderIdentityResync(schema, loadOrder(schema), 'postgres') // 'DO $rowforge$ BEGIN PERFORM setval(...) ...'
 * ```
 */
export function renderIdentityResync(schema: Schema, order: LoadOrder, target: Target): string {
  const d = sqlDialect(target);
  return order.tables.flatMap((name) => d.identityResync(getTable(schema, name))).map((s) => `${s}\n`).join('');
}
