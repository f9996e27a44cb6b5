import type { Node, RangeVar } from 'libpg-query';
import { tokenIndexAt, type Token } from '../../text/sql-lexer.js';
import type { SourceText } from '../../text/source-text.js';
import type { SchemaDraft } from '../schema-draft.js';
import { statementExcerpt } from '../skip-statement.js';
import type { PgPartitions } from './pg-partitions.js';

/** What the PostgreSQL translators need about the statement being read. */
export interface PgContext {
  readonly draft: SchemaDraft;
  /** Partition keys and bounds, applied to the parents once the script is read. */
  readonly partitions: PgPartitions;
  readonly src: SourceText;
  /** Tokens of the whole (pre-processed) script. */
  readonly tokens: readonly Token[];
  /** UTF-16 offsets of the statement's first and last token. */
  readonly start: number;
  readonly end: number;
}

/** The statement's first characters on one line, for warnings. */
export function excerpt(ctx: PgContext): string {
  return statementExcerpt(ctx.src.text, ctx.start, ctx.end);
}

/** UTF-16 offset of a node `location` (a UTF-8 byte offset); the statement start when absent. */
export function at(ctx: PgContext, location: number | undefined): number {
  return location === undefined || location < 0 ? ctx.start : ctx.src.offsetOfByte(location);
}

/** Smallest and largest `location` in a subtree, as UTF-16 offsets. */
export function locationRange(ctx: PgContext, node: unknown): { start: number; end: number } | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) walk(x);
    else if (typeof v === 'object' && v !== null) {
      for (const [k, x] of Object.entries(v)) {
        if (k === 'location' && typeof x === 'number' && x >= 0) [lo, hi] = [Math.min(lo, x), Math.max(hi, x)];
        else walk(x);
      }
    }
  };
  walk(node);
  if (lo === Infinity) return undefined;
  const last = ctx.src.offsetOfByte(hi);
  const token = ctx.tokens[tokenIndexAt(ctx.tokens, last)];
  return { start: ctx.src.offsetOfByte(lo), end: token && token.start <= last ? token.end : last + 1 };
}

/** `sval` of String nodes: `[pg_catalog, int4]` → ['pg_catalog', 'int4']. */
export function strings(nodes: readonly Node[] | undefined): string[] {
  return (nodes ?? []).flatMap((n) => ('String' in n && n.String.sval !== undefined ? [n.String.sval] : []));
}

export function lastString(nodes: readonly Node[] | undefined): string | undefined {
  const s = strings(nodes);
  return s[s.length - 1];
}

/** A relation's own name: `public.accounts` → `accounts`. */
export function relName(r: RangeVar | undefined): string {
  return r?.relname ?? '';
}
