import type { Constraint, DefElem, Node } from 'libpg-query';
import { unsupportedAt } from '../ddl-error.js';
import type { DraftColumn, DraftForeignKey, DraftTable } from '../schema-draft.js';
import { at, lastString, relName, strings, type PgContext } from './pg-context.js';
import { pgCheck, pgDefault } from './pg-expr.js';

const ACTIONS: Readonly<Record<string, string>> = { c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT', r: 'RESTRICT' };

function action(code: string | undefined): string | undefined {
  return code !== undefined && Object.hasOwn(ACTIONS, code) ? ACTIONS[code] : undefined;
}

const named = <T extends object>(name: string | undefined, body: T): T & { name?: string } => (name === undefined ? body : { name, ...body });

export function constraintsOf(nodes: readonly Node[] | undefined): Constraint[] {
  return (nodes ?? []).flatMap((n) => ('Constraint' in n ? [n.Constraint] : []));
}

function pgForeignKey(ctx: PgContext, c: Constraint, columns: readonly string[]): DraftForeignKey {
  const onDelete = action(c.fk_del_action);
  const onUpdate = action(c.fk_upd_action);
  return {
    ...named(c.conname, { columns }),
    refTable: relName(c.pktable),
    refColumns: strings(c.pk_attrs),
    ...(onDelete === undefined ? {} : { onDelete }),
    ...(onUpdate === undefined ? {} : { onUpdate }),
    deferrable: c.deferrable === true,
    initiallyDeferred: c.initdeferred === true,
    at: at(ctx, c.pktable?.location ?? c.location),
  };
}

/** PRIMARY KEY / UNIQUE / FOREIGN KEY / CHECK at table level (CREATE TABLE body or ALTER TABLE ADD). */
export function addTableConstraint(ctx: PgContext, table: DraftTable, c: Constraint): void {
  const where = at(ctx, c.location);
  switch (c.contype) {
    case 'CONSTR_PRIMARY': return ctx.draft.setPrimaryKey(table, named(c.conname, { columns: strings(c.keys) }), where);
    case 'CONSTR_UNIQUE': table.uniques.push(named(c.conname, { columns: strings(c.keys) })); return;
    case 'CONSTR_FOREIGN': table.foreignKeys.push(pgForeignKey(ctx, c, strings(c.fk_attrs))); return;
    case 'CONSTR_CHECK': table.checks.push(pgCheck(ctx, c.raw_expr, c.conname, c.location)); return;
    case 'CONSTR_NOTNULL':
      for (const name of strings(c.keys)) ctx.draft.getColumn(table, name, where).nullable = false;
      return;
    case 'CONSTR_EXCLUSION':
      throw unsupportedAt(ctx.src, where, `EXCLUDE constraint on "${table.name}" is not supported`, 'Rowforge cannot guarantee exclusion constraints; remove it or replace it with UNIQUE');
    default:
      ctx.draft.warn(where, `ignored ${c.contype ?? 'constraint'} on "${table.name}"`);
  }
}

/** `GENERATED ... AS IDENTITY (SEQUENCE NAME x)` → x. */
function identitySequence(options: readonly Node[] | undefined): string | undefined {
  const defs = (options ?? []).flatMap((n): DefElem[] => ('DefElem' in n ? [n.DefElem] : []));
  const arg = defs.find((d) => d.defname === 'sequence_name')?.arg;
  return arg && 'List' in arg ? lastString(arg.List.items) : undefined;
}

export function applyIdentity(table: DraftTable, col: DraftColumn, c: Constraint): void {
  col.autoIncrement = c.generated_when === 'd' ? 'identity-by-default' : 'identity-always';
  col.sequence = identitySequence(c.options) ?? `${table.name}_${col.name}_seq`;
  col.nullable = false;
}

/** DEFERRABLE / INITIALLY DEFERRED after a column's REFERENCES apply to that foreign key. */
function setDeferral(table: DraftTable, c: Constraint): void {
  const i = table.foreignKeys.length - 1;
  const fk = table.foreignKeys[i];
  if (!fk) return;
  if (c.contype === 'CONSTR_ATTR_DEFERRABLE' || c.contype === 'CONSTR_ATTR_NOT_DEFERRABLE') {
    table.foreignKeys[i] = { ...fk, deferrable: c.contype === 'CONSTR_ATTR_DEFERRABLE' };
  } else {
    const initiallyDeferred = c.contype === 'CONSTR_ATTR_DEFERRED';
    table.foreignKeys[i] = { ...fk, initiallyDeferred, deferrable: fk.deferrable || initiallyDeferred };
  }
}

export function applyDefault(ctx: PgContext, col: DraftColumn, node: Node): void {
  const d = pgDefault(ctx, node);
  if ('sequence' in d) {
    col.autoIncrement = 'sequence';
    col.sequence = d.sequence;
    delete col.default;
  } else {
    col.default = d.value;
  }
}

/** Applies one column constraint; false when the column is computed (GENERATED ... STORED). */
export function applyColumnConstraint(ctx: PgContext, table: DraftTable, col: DraftColumn, c: Constraint): boolean {
  const where = at(ctx, c.location);
  switch (c.contype) {
    case 'CONSTR_NULL': case 'CONSTR_NOTNULL': col.nullable = c.contype === 'CONSTR_NULL'; break;
    case 'CONSTR_DEFAULT': if (c.raw_expr) applyDefault(ctx, col, c.raw_expr); break;
    case 'CONSTR_IDENTITY': applyIdentity(table, col, c); break;
    case 'CONSTR_GENERATED': return false;
    case 'CONSTR_CHECK': table.checks.push(pgCheck(ctx, c.raw_expr, c.conname, c.location)); break;
    case 'CONSTR_PRIMARY': ctx.draft.setPrimaryKey(table, named(c.conname, { columns: [col.name] }), where); break;
    case 'CONSTR_UNIQUE': table.uniques.push(named(c.conname, { columns: [col.name] })); break;
    case 'CONSTR_FOREIGN': table.foreignKeys.push(pgForeignKey(ctx, c, [col.name])); break;
    case 'CONSTR_ATTR_DEFERRABLE': case 'CONSTR_ATTR_NOT_DEFERRABLE': case 'CONSTR_ATTR_DEFERRED': case 'CONSTR_ATTR_IMMEDIATE':
      setDeferral(table, c);
      break;
    default:
      ctx.draft.warn(where, `ignored ${c.contype ?? 'constraint'} on "${table.name}.${col.name}"`);
  }
  return true;
}
