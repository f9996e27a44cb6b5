import type { Schema, Table } from '../../schema/index.js';
import { findTable } from '../../schema/index.js';
import { renderExpr, sqlSyntax } from '../../sinks/index.js';
import { indexNames } from '../../sinks/sql/index-names.js';
import { renderTableIndexes } from '../../sinks/sql/render-indexes.js';
import { sqlDialect } from '../../sinks/sql/sql-dialects.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);
const list = (cols: readonly string[]): string => cols.map(q).join(', ');

function keyStatements(t: Table): string[] {
  const out: string[] = [];
  if (t.primaryKey) out.push(`ALTER TABLE ${q(t.name)} ADD ${t.primaryKey.name ? `CONSTRAINT ${q(t.primaryKey.name)} ` : ''}PRIMARY KEY (${list(t.primaryKey.columns)});`);
  t.uniques.forEach((u) => out.push(`ALTER TABLE ${q(t.name)} ADD ${u.name ? `CONSTRAINT ${q(u.name)} ` : ''}UNIQUE (${list(u.columns)});`));
  t.checks.forEach((c) => out.push(`ALTER TABLE ${q(t.name)} ADD ${c.name ? `CONSTRAINT ${q(c.name)} ` : ''}CHECK (${renderExpr(c.expr, 'postgres', q)});`));
  return out;
}

function foreignKeyTasks(schema: Schema, t: Table): ConstraintTask[] {
  return t.foreignKeys.map((fk) => {
    const parent = findTable(schema, fk.refTable)?.name ?? fk.refTable;
    const name = fk.name ? `CONSTRAINT ${q(fk.name)} ` : '';
    const actions = `${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ''}${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ''}`;
    const deferrable = fk.deferrable ? ` DEFERRABLE${fk.initiallyDeferred ? ' INITIALLY DEFERRED' : ''}` : '';
    const sql = `ALTER TABLE ${q(t.name)} ADD ${name}FOREIGN KEY (${list(fk.columns)}) REFERENCES ${q(parent)} (${list(fk.refColumns)})${actions}${deferrable};`;
    return { sql, tables: [...new Set([t.name, parent])], foreign: true };
  });
}

/** `CREATE INDEX` for each secondary index of every table (comments for ones PostgreSQL cannot build are left out). */
function indexTasks(schema: Schema, reserved: readonly string[]): ConstraintTask[] {
  const names = indexNames(schema, 'postgres', reserved);
  const d = sqlDialect('postgres');
  return schema.tables.flatMap((t) =>
    renderTableIndexes(schema, t, d, names).filter((sql) => !sql.startsWith('--')).map((sql) => ({ sql, tables: [t.name], foreign: false })));
}

/**
 * One after-load statement and the tables it locks: a key, CHECK or index locks its own table; a
 * foreign key (`foreign`) locks its table and the referenced one, and needs that table's keys.
 */
export interface ConstraintTask {
  readonly sql: string;
  readonly tables: readonly string[];
  readonly foreign: boolean;
}

/**
 * {@link constraintStatements} with the tables each statement locks, in the same order, for
 * running them over several sessions (`runConstraints`). `reserved`: relation names the target
 * schema holds already, which no index may take (`takenRelationNames`).
 */
export function constraintTasks(schema: Schema, reserved: readonly string[] = []): ConstraintTask[] {
  const keys = schema.tables.flatMap((t) => keyStatements(t).map((sql) => ({ sql, tables: [t.name], foreign: false })));
  return [...keys, ...indexTasks(schema, reserved), ...schema.tables.flatMap((t) => foreignKeyTasks(schema, t))];
}

/**
 * The keys, CHECKs and indexes bulk loading adds after the data: primary keys and UNIQUE first
 * (the foreign keys need them), then CHECKs, then secondary indexes, then every foreign key. Each statement validates the
 * rows already loaded, so a load that finishes has every constraint on and checked.
 */
export function constraintStatements(schema: Schema, reserved: readonly string[] = []): string[] {
  return constraintTasks(schema, reserved).map((t) => t.sql);
}
