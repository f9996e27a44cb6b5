import type { DoStmt, Node } from 'libpg-query';
import { tokenIndexAt, tokenize, type Token } from '../../text/sql-lexer.js';
import { SourceText } from '../../text/source-text.js';
import { errorAt } from '../ddl-error.js';
import { at, type PgContext } from './pg-context.js';
import { idempotentDdlRanges, type BodyRange } from './pg-do-body.js';
import { parsePg } from './pg-module.js';
import { pgStatementRange } from './pg-statement-range.js';

/** Reads one statement of the body (readPgStatement, passed in to avoid an import cycle). */
export type PgStatementReader = (ctx: PgContext, node: Node | undefined) => void;

/** The `as` (body) and `language` options of a DO statement. */
function doOptions(d: DoStmt): { body?: number; language?: string } {
  const out: { body?: number; language?: string } = {};
  for (const arg of d.args ?? []) {
    const e = 'DefElem' in arg ? arg.DefElem : undefined;
    const value = e?.arg && 'String' in e.arg ? e.arg.String.sval : undefined;
    if (e?.defname === 'as') out.body = e.location;
    if (e?.defname === 'language' && value !== undefined) out.language = value.toLowerCase();
  }
  return out;
}

/** UTF-16 offsets of a dollar-quoted body's text (inside `$$ ... $$`); undefined for a '...' body. */
function dollarBody(ctx: PgContext, location: number | undefined): BodyRange | undefined {
  const from = at(ctx, location);
  const token = ctx.tokens[tokenIndexAt(ctx.tokens, from)];
  if (token?.kind !== 'string' || ctx.src.text[token.start] !== '$') return undefined;
  const tag = ctx.src.text.indexOf('$', token.start + 1) + 1 - token.start;
  return { start: token.start + tag, end: token.start + tag + token.text.length };
}

/** The text up to the last range with everything outside the ranges blanked (line breaks and offsets kept). */
function keepOnly(text: string, ranges: readonly BodyRange[]): string {
  let out = '';
  let pos = 0;
  for (const r of ranges) {
    out += text.slice(pos, r.start).replace(/[^\r\n]/g, ' ') + text.slice(r.start, r.end);
    pos = r.end;
  }
  return out;
}

/** The body's DDL statements as a script whose offsets are those of the original file. */
function bodyScript(ctx: PgContext, d: DoStmt): { src: SourceText; from: number } | undefined {
  const { body, language } = doOptions(d);
  if (language !== undefined && language !== 'plpgsql') return undefined;
  const range = dollarBody(ctx, body);
  if (range === undefined) return undefined;
  const ranges = idempotentDdlRanges(tokenize(ctx.src.text.slice(0, range.end), 'postgres', range.start));
  return ranges && { src: new SourceText(keepOnly(ctx.src.text, ranges), ctx.src.file), from: range.start };
}

/**
 * A DO block holding only idempotent DDL (drizzle-kit wraps every foreign key and enum so:
 * `DO $$ BEGIN ALTER TABLE ... ADD CONSTRAINT ...; EXCEPTION WHEN duplicate_object THEN null; END $$;`):
 * its statements are read as if written at top level, positions pointing into the body.
 * False, nothing read, for a block with any other logic.
 */
export function readPgDoBlock(ctx: PgContext, d: DoStmt, read: PgStatementReader): boolean {
  const script = bodyScript(ctx, d);
  if (script === undefined) return false;
  const { src, from } = script;
  const parsed = parsePg(src.text);
  if (!parsed.ok) throw errorAt(src, parsed.cursor ?? from, 'DDL_SYNTAX', parsed.message);
  const tokens: readonly Token[] = tokenize(src.text, 'postgres', from);
  for (const raw of parsed.tree.stmts ?? []) read({ ...ctx, src, tokens, ...pgStatementRange(src, tokens, raw) }, raw.stmt);
  return true;
}
