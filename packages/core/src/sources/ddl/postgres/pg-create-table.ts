import type { ColumnDef, CreateStmt, PartitionBoundSpec } from 'libpg-query';
import { unsupportedAt } from '../ddl-error.js';
import type { DraftColumn, DraftTable } from '../schema-draft.js';
import { at, relName, type PgContext } from './pg-context.js';
import { addTableConstraint, applyColumnConstraint, constraintsOf } from './pg-constraint.js';
import { readPartitionBound, readPartitionKey } from './pg-partition-bound.js';
import { pgNativeType, serialBase } from './pg-type-name.js';

/** A column definition → DraftColumn, or undefined (with a warning) for a computed column. */
export function readPgColumn(ctx: PgContext, table: DraftTable, def: ColumnDef): DraftColumn | undefined {
  const name = def.colname ?? '';
  const native = pgNativeType(def.typeName);
  const serial = serialBase(native);
  const col: DraftColumn = { name, native: serial ?? native, at: at(ctx, def.location), nullable: serial === undefined };
  if (serial) {
    col.autoIncrement = 'serial';
    col.sequence = `${table.name}_${name}_seq`;
  }
  if (def.is_not_null === true) col.nullable = false;
  for (const c of constraintsOf(def.constraints)) {
    if (applyColumnConstraint(ctx, table, col, c)) continue;
    ctx.draft.warn(col.at, `column "${table.name}.${name}" is computed by the database (GENERATED ALWAYS AS); it is left out of the generated data`);
    return undefined;
  }
  return col;
}

/** `... PARTITION BY strategy (key)`: remembered until the script's partitions are read. */
function addPartitionKey(ctx: PgContext, s: CreateStmt): void {
  if (s.partspec) ctx.partitions.addKey(relName(s.relation), readPartitionKey(s.partspec), at(ctx, s.partspec.location));
}

/** `CREATE TABLE child PARTITION OF parent FOR VALUES ...`: skipped; its bound is kept for the parent. */
function readPartitionOf(ctx: PgContext, s: CreateStmt, bound: PartitionBoundSpec): void {
  const name = relName(s.relation);
  const parent = s.inhRelations?.[0];
  ctx.draft.skipRelation(name);
  if (parent && 'RangeVar' in parent) ctx.partitions.addPartition(relName(parent.RangeVar), { child: name, bound: readPartitionBound(bound), at: ctx.start });
  ctx.draft.warn(ctx.start, `skipped partition "${name}": rows are generated for its parent table`);
}

function refuse(ctx: PgContext, s: CreateStmt, what: string): never {
  throw unsupportedAt(ctx.src, at(ctx, s.relation?.location), `CREATE TABLE "${relName(s.relation)}" ${what} is not supported`, 'declare the table with its own columns');
}

/** CREATE TABLE: columns, column and table constraints. Storage options are ignored. */
export function readPgCreateTable(ctx: PgContext, s: CreateStmt): void {
  if (s.partbound) {
    addPartitionKey(ctx, s);
    return readPartitionOf(ctx, s, s.partbound);
  }
  if (s.ofTypename) refuse(ctx, s, 'OF type');
  if ((s.inhRelations ?? []).length > 0) refuse(ctx, s, 'INHERITS');
  if (s.if_not_exists === true && ctx.draft.findTable(relName(s.relation))) {
    ctx.draft.warn(ctx.start, `skipped CREATE TABLE IF NOT EXISTS "${relName(s.relation)}": it already exists`);
    return;
  }
  addPartitionKey(ctx, s);
  const table = ctx.draft.addTable(relName(s.relation), at(ctx, s.relation?.location));
  for (const el of s.tableElts ?? []) {
    if ('ColumnDef' in el) {
      const col = readPgColumn(ctx, table, el.ColumnDef);
      if (col) ctx.draft.addColumn(table, col);
    } else if ('Constraint' in el) addTableConstraint(ctx, table, el.Constraint);
    else refuse(ctx, s, Object.keys(el)[0] === 'TableLikeClause' ? 'LIKE' : 'element');
  }
}
