import { keyword, type Token } from '../../text/sql-lexer.js';

/** UTF-16 offsets of one DDL statement inside a DO body, its `;` included. */
export interface BodyRange {
  readonly start: number;
  readonly end: number;
}

/** First words of the statements an idempotent-DDL DO block may hold. */
const DDL_FIRST = new Set(['CREATE', 'ALTER', 'COMMENT']);

/** +1 for `(`, -1 for `)`, else 0. */
function nesting(t: Token): number {
  if (t.kind !== 'punct') return 0;
  return t.text === '(' ? 1 : t.text === ')' ? -1 : 0;
}

/** A cursor over the tokens of a DO body. */
class BodyScan {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  word(): string {
    return keyword(this.tokens[this.i]);
  }

  /** Consumes the words when they come next, in order. */
  accept(...words: readonly string[]): boolean {
    if (!words.every((w, k) => keyword(this.tokens[this.i + k]) === w)) return false;
    this.i += words.length;
    return true;
  }

  /** Consumes the punctuation when it comes next. */
  punct(p: string): boolean {
    const t = this.tokens[this.i];
    if (t?.kind !== 'punct' || t.text !== p) return false;
    this.i++;
    return true;
  }

  /** Consumes up to the next `;` outside parentheses (it included); undefined when there is none. */
  statement(): BodyRange | undefined {
    const first = this.tokens[this.i];
    for (let depth = 0; first !== undefined && !this.done; this.i++) {
      const t = this.tokens[this.i] as Token;
      depth += nesting(t);
      if (depth === 0 && t.kind === 'punct' && t.text === ';') {
        this.i++;
        return { start: first.start, end: t.end };
      }
    }
    return undefined;
  }

  /** Consumes a balanced `( ... )`. */
  parenthesized(): boolean {
    if (!this.punct('(')) return false;
    for (let depth = 1; !this.done && depth > 0; this.i++) depth += nesting(this.tokens[this.i] as Token);
    return true;
  }

  /** Consumes the condition names of a handler up to THEN: `duplicate_object OR SQLSTATE '42710'`. */
  conditions(): boolean {
    const from = this.i;
    while (!this.done && this.word() !== 'THEN') {
      const kind = this.tokens[this.i]?.kind;
      if (kind !== 'word' && kind !== 'string') return false;
      this.i++;
    }
    return this.i > from && this.accept('THEN');
  }
}

/** `IF NOT EXISTS (SELECT ...) THEN <ddl> END IF;`: the DDL ranges (IF already consumed). */
function ifBlock(s: BodyScan): BodyRange[] | undefined {
  if (!s.accept('NOT', 'EXISTS') || !s.parenthesized() || !s.accept('THEN')) return undefined;
  const inner = statements(s, false);
  return inner !== undefined && s.accept('END', 'IF') && s.punct(';') ? inner : undefined;
}

/** DDL statements up to EXCEPTION/END (nested IF blocks only at the top level); undefined on other logic. */
function statements(s: BodyScan, top: boolean): BodyRange[] | undefined {
  const out: BodyRange[] = [];
  while (!s.done && s.word() !== 'END' && s.word() !== 'EXCEPTION') {
    const next = top && s.accept('IF') ? ifBlock(s) : DDL_FIRST.has(s.word()) ? [s.statement()] : undefined;
    if (next === undefined || next.some((r) => r === undefined)) return undefined;
    out.push(...(next as BodyRange[]));
  }
  return out;
}

/** `EXCEPTION WHEN ... THEN null; ...`: handlers that only swallow the error. */
function handlers(s: BodyScan): boolean {
  let count = 0;
  for (; s.accept('WHEN'); count++) if (!s.conditions() || !s.accept('NULL') || !s.punct(';')) return false;
  return count > 0;
}

/**
 * The DDL statements of a DO body written as the idempotent-DDL idiom (drizzle-kit, hand-written
 * migrations): `BEGIN <ddl>; ... [EXCEPTION WHEN ... THEN null;] END`, where a statement may sit in
 * `IF NOT EXISTS (SELECT ...) THEN ... END IF;`. Undefined for a body with any other logic
 * (DECLARE, PERFORM, EXECUTE, loops, RAISE ...) or with no statement.
 */
export function idempotentDdlRanges(tokens: readonly Token[]): readonly BodyRange[] | undefined {
  const s = new BodyScan(tokens);
  if (!s.accept('BEGIN')) return undefined;
  const ranges = statements(s, true);
  if (ranges === undefined || ranges.length === 0) return undefined;
  if (s.accept('EXCEPTION') && !handlers(s)) return undefined;
  if (!s.accept('END')) return undefined;
  s.punct(';');
  return s.done ? ranges : undefined;
}
