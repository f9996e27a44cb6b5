import { findColumn, type ForeignKey, type Table } from '../../schema/index.js';
import type { ConstraintNames } from './constraint-names.js';
import type { PlacedForeignKey } from './foreign-key-placement.js';
import type { SqlDialect } from './sql-dialect.js';

function columnList(table: Table, names: readonly string[], d: SqlDialect): string {
  return names.map((n) => d.quoteIdent(findColumn(table, n)?.name ?? n)).join(', ');
}

function actions(p: PlacedForeignKey, d: SqlDialect): string {
  const self = p.parent.name === p.table.name;
  const one = (verb: string, action: string | undefined): string => {
    const mapped = action === undefined ? undefined : d.referentialAction(action.toUpperCase(), self);
    return mapped === undefined ? '' : ` ${verb} ${mapped}`;
  };
  return one('ON DELETE', p.fk.onDelete) + one('ON UPDATE', p.fk.onUpdate);
}

function deferrable(p: PlacedForeignKey, d: SqlDialect): string {
  if (p.placement === 'inline-deferred') return ' DEFERRABLE INITIALLY DEFERRED';
  const fk: ForeignKey = p.fk;
  if (!fk.deferrable || (d.target !== 'postgres' && d.target !== 'sqlite')) return '';
  return fk.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
}

/**
 * `[CONSTRAINT n] FOREIGN KEY (..) REFERENCES parent (..) [ON DELETE ..] [DEFERRABLE ..]`
 * for use inside CREATE TABLE or after `ALTER TABLE t ADD`.
 *
 * @example
 * ```ts
 * foreignKeyClause(placed, postgresDialect, names) // 'FOREIGN KEY ("company_id") REFERENCES "companies" ("id")'
 * ```
 */
export function foreignKeyClause(p: PlacedForeignKey, d: SqlDialect, names: ConstraintNames): string {
  const name = names.nameOf(p.fk);
  const constraint = name === undefined ? '' : `CONSTRAINT ${d.quoteIdent(name)} `;
  const refs = `REFERENCES ${d.quoteIdent(p.parent.name)} (${columnList(p.parent, p.fk.refColumns, d)})`;
  return `${constraint}FOREIGN KEY (${columnList(p.table, p.fk.columns, d)}) ${refs}${actions(p, d)}${deferrable(p, d)}`;
}

/**
 * `ALTER TABLE t ADD <foreign key clause>;`
 *
 * @example
 * ```ts
 * addForeignKey(placed, mysqlDialect, names) // 'ALTER TABLE `t` ADD FOREIGN KEY (`p`) REFERENCES `t` (`id`);'
 * ```
 */
export function addForeignKey(p: PlacedForeignKey, d: SqlDialect, names: ConstraintNames): string {
  return `ALTER TABLE ${d.quoteIdent(p.table.name)} ADD ${foreignKeyClause(p, d, names)};`;
}
