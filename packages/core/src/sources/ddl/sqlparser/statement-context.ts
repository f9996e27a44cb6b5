import type { StatementSlice } from '../../text/split-statements.js';
import type { SourceText } from '../../text/source-text.js';
import type { SchemaDraft } from '../schema-draft.js';
import { spanOf } from './sqlparser-ast.js';

/** What the sqlparser-ts translators need about the statement being read. */
export interface StatementContext {
  readonly draft: SchemaDraft;
  readonly src: SourceText;
  readonly slice: StatementSlice;
}

/** Offset in the original text of the earliest positioned token under `node` (else the statement start). */
export function startOf(ctx: StatementContext, node: unknown): number {
  const span = spanOf(node);
  return span ? ctx.src.offsetOf(span.start.line, span.start.column, ctx.slice.start) : ctx.slice.start;
}

/** Offset just after the latest positioned token under `node` (else the statement end). */
export function endOf(ctx: StatementContext, node: unknown): number {
  const span = spanOf(node);
  return span ? ctx.src.offsetOf(span.end.line, span.end.column, ctx.slice.start) : ctx.slice.end;
}
