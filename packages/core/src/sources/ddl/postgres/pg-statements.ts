import type { CommentStmt, CreateDomainStmt, DropStmt, Node } from 'libpg-query';
import { tokensIn } from '../../text/sql-lexer.js';
import { createdViewName } from '../created-view-name.js';
import { unsupportedAt } from '../ddl-error.js';
import { DATA_REASON, isDataStatement, statementExcerpt, statementLabel } from '../skip-statement.js';
import { readPgAlterTable } from './pg-alter-table.js';
import { lastString, strings, type PgContext } from './pg-context.js';
import { constraintsOf } from './pg-constraint.js';
import { readPgCreateIndex } from './pg-create-index.js';
import { readPgCreateTable } from './pg-create-table.js';
import { readPgDoBlock } from './pg-do-block.js';
import { pgCheck } from './pg-expr.js';
import { pgNativeType } from './pg-type-name.js';

/** Warns about a statement that is not read; a view it creates is remembered (an index on it is skipped too). */
function skipped(ctx: PgContext, why = 'it does not shape the generated data'): void {
  const tokens = tokensIn(ctx.tokens, ctx.start, ctx.end);
  const view = createdViewName(tokens);
  if (view !== undefined) ctx.draft.skipRelation(view);
  const reason = isDataStatement(tokens) ? DATA_REASON : why;
  ctx.draft.skip(ctx.start, { kind: statementLabel(tokens), reason, statement: statementExcerpt(ctx.src.text, ctx.start, ctx.end) });
}

/** CREATE DOMAIN name AS base [NOT NULL] [CHECK (... VALUE ...)]. */
function readDomain(ctx: PgContext, d: CreateDomainStmt): void {
  const cs = constraintsOf(d.constraints);
  ctx.draft.addDomain({
    name: lastString(d.domainname) ?? '',
    base: pgNativeType(d.typeName),
    notNull: cs.some((c) => c.contype === 'CONSTR_NOTNULL'),
    checks: cs.filter((c) => c.contype === 'CONSTR_CHECK').map((c) => pgCheck(ctx, c.raw_expr, c.conname, c.location, true).expr),
  });
}

/** COMMENT ON TABLE t / COLUMN t.c IS '...': recorded when the target is known. */
function readComment(ctx: PgContext, c: CommentStmt): void {
  const o = c.object;
  const parts = o && 'List' in o ? strings(o.List.items) : [];
  const isColumn = c.objtype === 'OBJECT_COLUMN';
  if (!isColumn && c.objtype !== 'OBJECT_TABLE') return skipped(ctx);
  const table = ctx.draft.findTable(parts[parts.length - (isColumn ? 2 : 1)] ?? '');
  const column = isColumn && table ? ctx.draft.findColumn(table, parts[parts.length - 1] ?? '') : undefined;
  const target = isColumn ? column : table;
  if (!target) return skipped(ctx, 'it names a table or column this script does not create');
  if (c.comment === undefined) delete target.comment;
  else target.comment = c.comment;
}

/** DROP INDEX [IF EXISTS] a, b: each secondary index read before is removed; true when all were. */
function dropIndexes(ctx: PgContext, d: DropStmt): boolean {
  if (d.removeType !== 'OBJECT_INDEX') return false;
  const names = (d.objects ?? []).map((o) => ('List' in o ? lastString(o.List.items) : undefined));
  return names.map((n) => n !== undefined && ctx.draft.dropIndex(n)).every(Boolean);
}

const RENAMES_THAT_SHAPE = new Set(['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT']);

function refuse(ctx: PgContext, what: string): never {
  throw unsupportedAt(ctx.src, ctx.start, `${what} is not supported`, 'write the final table definitions instead');
}

/** One parsed statement: schema-shaping ones are read, the rest skipped with a warning. */
export function readPgStatement(ctx: PgContext, node: Node | undefined): void {
  if (node === undefined || 'TransactionStmt' in node) return; // BEGIN/COMMIT/SAVEPOINT ...: silent
  if ('CreateStmt' in node) return readPgCreateTable(ctx, node.CreateStmt);
  if ('AlterTableStmt' in node && readPgAlterTable(ctx, node.AlterTableStmt)) return;
  if ('CreateEnumStmt' in node) return ctx.draft.addEnum(lastString(node.CreateEnumStmt.typeName) ?? '', strings(node.CreateEnumStmt.vals));
  if ('CreateDomainStmt' in node) return readDomain(ctx, node.CreateDomainStmt);
  if ('CreateSeqStmt' in node) return; // read through nextval('seq') defaults
  if ('CommentStmt' in node) return readComment(ctx, node.CommentStmt);
  if ('DoStmt' in node && readPgDoBlock(ctx, node.DoStmt, readPgStatement)) return;
  if ('IndexStmt' in node) return readPgCreateIndex(ctx, node.IndexStmt);
  if ('DropStmt' in node && dropIndexes(ctx, node.DropStmt)) return;
  if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_TABLE') refuse(ctx, 'CREATE TABLE ... AS');
  if ('RenameStmt' in node && RENAMES_THAT_SHAPE.has(node.RenameStmt.renameType ?? '')) refuse(ctx, 'renaming a table, column or constraint');
  skipped(ctx);
}
