import type { AlterTableCmd, AlterTableStmt } from 'libpg-query';
import { unsupportedAt } from '../ddl-error.js';
import type { DraftTable } from '../schema-draft.js';
import { at, excerpt, relName, type PgContext } from './pg-context.js';
import { addTableConstraint, applyDefault, applyIdentity } from './pg-constraint.js';
import { readPgColumn } from './pg-create-table.js';
import { readPartitionBound } from './pg-partition-bound.js';
import { pgNativeType } from './pg-type-name.js';

/** Sub-commands that would change the data's shape but are not replayed. */
const SHAPE_CHANGING = new Set(['AT_DropColumn', 'AT_DropConstraint', 'AT_DropIdentity', 'AT_AddInherit', 'AT_AddOf']);

function columnCommand(ctx: PgContext, table: DraftTable, cmd: AlterTableCmd): boolean {
  const name = cmd.name ?? '';
  const where = ctx.start;
  const def = cmd.def;
  switch (cmd.subtype) {
    case 'AT_ColumnDefault': {
      const col = ctx.draft.getColumn(table, name, where);
      if (def) applyDefault(ctx, col, def);
      else delete col.default;
      return true;
    }
    case 'AT_SetNotNull': case 'AT_DropNotNull':
      ctx.draft.getColumn(table, name, where).nullable = cmd.subtype === 'AT_DropNotNull';
      return true;
    case 'AT_AlterColumnType':
      if (def && 'ColumnDef' in def) ctx.draft.getColumn(table, name, where).native = pgNativeType(def.ColumnDef.typeName);
      return true;
    case 'AT_AddIdentity':
      if (def && 'Constraint' in def) applyIdentity(table, ctx.draft.getColumn(table, name, where), def.Constraint);
      return true;
    default:
      return false;
  }
}

/**
 * `ALTER TABLE [ONLY] parent ATTACH PARTITION p ...` (pg_dump): p is skipped like a `PARTITION OF`
 * table, its bound kept for the parent (which may itself be a partition: sub-partitioning).
 */
function attachPartition(ctx: PgContext, parent: string, cmd: AlterTableCmd): void {
  const def = cmd.def;
  const part = def && 'PartitionCmd' in def ? def.PartitionCmd : undefined;
  const name = relName(part?.name);
  ctx.draft.dropPartition(name);
  const bound = part?.bound;
  if (bound) ctx.partitions.addPartition(parent, { child: name, bound: readPartitionBound(bound), at: ctx.start });
  ctx.draft.warn(ctx.start, `skipped partition "${name}": rows are generated for its parent table`, excerpt(ctx));
}

function command(ctx: PgContext, table: DraftTable, cmd: AlterTableCmd): void {
  const def = cmd.def;
  if (cmd.subtype === 'AT_AttachPartition') return attachPartition(ctx, table.name, cmd);
  if (cmd.subtype === 'AT_AddConstraint' && def && 'Constraint' in def) return addTableConstraint(ctx, table, def.Constraint);
  if (cmd.subtype === 'AT_AddColumn' && def && 'ColumnDef' in def) {
    const col = readPgColumn(ctx, table, def.ColumnDef);
    if (col) ctx.draft.addColumn(table, col);
    return;
  }
  if (columnCommand(ctx, table, cmd)) return;
  if (SHAPE_CHANGING.has(cmd.subtype ?? '')) {
    const what = (cmd.subtype ?? '').replace(/^AT_/, '');
    throw unsupportedAt(ctx.src, ctx.start, `ALTER TABLE "${table.name}" ${what} is not supported`, 'write the final table definition instead');
  }
  const what = (cmd.subtype ?? '').replace(/^AT_/, '') === 'ChangeOwner' ? 'OWNER TO' : (cmd.subtype ?? '').replace(/^AT_/, '');
  const reason = 'it does not shape the generated data';
  ctx.draft.skip(ctx.start, { kind: `ALTER TABLE ... ${what}`, reason, message: `ignored ALTER TABLE "${table.name}" ${what}: ${reason}`, statement: excerpt(ctx) });
}

/** ALTER TABLE on a view or partition: skipped, but a partition attached to it (sub-partitioning) is skipped too. */
function alterSkipped(ctx: PgContext, name: string, cmds: readonly AlterTableCmd[]): true {
  if (cmds.every((c) => c.subtype === 'AT_AttachPartition')) {
    for (const c of cmds) attachPartition(ctx, name, c);
  } else {
    ctx.draft.warn(ctx.start, `skipped ALTER TABLE "${name}": "${name}" is a view or partition, not a table Rowforge generates`, excerpt(ctx));
  }
  return true;
}

/** Sub-commands that only annotate (OWNER TO, storage, triggers ...): fine on a table we do not know. */
const ANNOTATIONS = new Set(['AT_ChangeOwner', 'AT_SetStatistics', 'AT_SetStorage', 'AT_SetOptions', 'AT_ResetOptions', 'AT_ClusterOn',
  'AT_SetRelOptions', 'AT_ResetRelOptions', 'AT_ReplicaIdentity', 'AT_EnableRowSecurity', 'AT_DisableRowSecurity', 'AT_SetTableSpace']);

/**
 * ALTER TABLE [ONLY] on a table: constraints, columns, defaults, identity; the rest is ignored.
 * False when the statement is not about a table the script creates and only annotates it.
 */
export function readPgAlterTable(ctx: PgContext, s: AlterTableStmt): boolean {
  const cmds = (s.cmds ?? []).flatMap((c) => ('AlterTableCmd' in c ? [c.AlterTableCmd] : []));
  const annotatesOnly = cmds.every((c) => ANNOTATIONS.has(c.subtype ?? ''));
  const name = relName(s.relation);
  if (s.objtype !== 'OBJECT_TABLE' || (annotatesOnly && !ctx.draft.findTable(name))) return false;
  if (!ctx.draft.findTable(name) && ctx.draft.isSkippedRelation(name)) return alterSkipped(ctx, name, cmds);
  const table = ctx.draft.getTable(name, at(ctx, s.relation?.location));
  for (const c of cmds) command(ctx, table, c);
  return true;
}
