import type { Schema, Table } from '../../schema/index.js';
import { findTable } from '../../schema/index.js';
import { renderExpr, sqlSyntax } from '../../sinks/index.js';

const q = (name: string): string => sqlSyntax('postgres').quoteIdent(name);
const list = (cols: readonly string[]): string => cols.map(q).join(', ');

function keyStatements(t: Table): string[] {
  const out: string[] = [];
  if (t.primaryKey) out.push(`ALTER TABLE ${q(t.name)} ADD ${t.primaryKey.name ? `CONSTRAINT ${q(t.primaryKey.name)} ` : ''}PRIMARY KEY (${list(t.primaryKey.columns)});`);
  t.uniques.forEach((u) => out.push(`ALTER TABLE ${q(t.name)} ADD ${u.name ? `CONSTRAINT ${q(u.name)} ` : ''}UNIQUE (${list(u.columns)});`));
  t.checks.forEach((c) => out.push(`ALTER TABLE ${q(t.name)} ADD ${c.name ? `CONSTRAINT ${q(c.name)} ` : ''}CHECK (${renderExpr(c.expr, 'postgres', q)});`));
  return out;
}

function foreignKeyStatements(schema: Schema, t: Table): string[] {
  return t.foreignKeys.map((fk) => {
    const parent = findTable(schema, fk.refTable)?.name ?? fk.refTable;
    const name = fk.name ? `CONSTRAINT ${q(fk.name)} ` : '';
    const actions = `${fk.onDelete ? ` ON DELETE ${fk.onDelete}` : ''}${fk.onUpdate ? ` ON UPDATE ${fk.onUpdate}` : ''}`;
    const deferrable = fk.deferrable ? ` DEFERRABLE${fk.initiallyDeferred ? ' INITIALLY DEFERRED' : ''}` : '';
    return `ALTER TABLE ${q(t.name)} ADD ${name}FOREIGN KEY (${list(fk.columns)}) REFERENCES ${q(parent)} (${list(fk.refColumns)})${actions}${deferrable};`;
  });
}

/**
 * The keys and CHECKs bulk loading adds after the data: primary keys and UNIQUE first (the
 * foreign keys need them), then CHECKs, then every foreign key. Each statement validates the
 * rows already loaded, so a load that finishes has every constraint on and checked.
 */
export function constraintStatements(schema: Schema): string[] {
  return [...schema.tables.flatMap(keyStatements), ...schema.tables.flatMap((t) => foreignKeyStatements(schema, t))];
}
