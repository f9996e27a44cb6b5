import type { Dialect } from '../../schema/index.js';
import { keyword, tokenize, type Token } from './sql-lexer.js';

/** One statement's extent in the original text (delimiter excluded). */
export interface StatementSlice {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

const ROUTINE_WORDS = new Set(['TRIGGER', 'PROCEDURE', 'PROC', 'FUNCTION', 'EVENT']);
const NOT_A_BLOCK = new Set(['TRANSACTION', 'TRAN', 'WORK', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE', 'DISTRIBUTED']);
const NOT_A_BLOCK_END = new Set(['IF', 'LOOP', 'WHILE', 'REPEAT']);

/**
 * Statements whose bodies contain `;` (trigger/procedure/function bodies, T-SQL blocks)
 * keep their BEGIN ... END together.
 */
function isRoutine(tokens: readonly Token[]): boolean {
  const first = keyword(tokens[0]);
  if (first === 'BEGIN' || first === 'IF') return true;
  if (first !== 'CREATE' && first !== 'ALTER') return false;
  for (const t of tokens.slice(1, 12)) {
    const k = keyword(t);
    if (k === 'TABLE') return false;
    if (ROUTINE_WORDS.has(k)) return true;
  }
  return false;
}

class Splitter {
  private readonly out: StatementSlice[] = [];
  private current: Token[] = [];
  private depth = 0;
  private delimiter = ';';
  private k = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly dialect: Dialect,
  ) {}

  run(): StatementSlice[] {
    while (this.k < this.tokens.length) this.step(this.tokens[this.k] as Token);
    this.flush();
    return this.out;
  }

  private step(t: Token): void {
    if (this.current.length === 0 && this.dialect === 'mysql' && keyword(t) === 'DELIMITER') return this.setDelimiter(t);
    if (this.current.length === 0 && this.dialect === 'mysql' && keyword(t) === 'SOURCE') return this.clientCommandLine(t);
    if (this.dialect === 'mssql' && keyword(t) === 'GO' && this.aloneOnLine(t)) return this.batchSeparator(t);
    if (this.delimiter !== ';') return this.customDelimited(t);
    this.k++;
    if (t.kind === 'punct' && t.text === ';' && this.depth <= 0) return this.flush();
    this.current.push(t);
    this.trackBlocks(t);
  }

  /** MySQL client `DELIMITER xx`: the rest of the line is the new delimiter. */
  private setDelimiter(t: Token): void {
    const eol = this.lineEnd(t.end);
    this.delimiter = this.text.slice(t.end, eol).trim() || ';';
    this.skipUntil(eol);
  }

  /** MySQL client `source file [;]` (the employees sample): one statement, to the end of its line. */
  private clientCommandLine(t: Token): void {
    const eol = this.lineEnd(t.end);
    while (this.k < this.tokens.length && (this.tokens[this.k] as Token).start < eol && this.tokens[this.k]?.text !== ';') {
      this.current.push(this.tokens[this.k] as Token);
      this.k++;
    }
    this.flush();
    this.skipUntil(eol);
  }

  /** T-SQL `GO [count]` on a line of its own ends a batch. */
  private batchSeparator(t: Token): void {
    this.flush();
    this.skipUntil(this.lineEnd(t.end));
  }

  private customDelimited(t: Token): void {
    const at = t.kind === 'string' || t.kind === 'quoted' ? -1 : this.text.indexOf(this.delimiter, t.start);
    if (at < 0 || at >= t.end) {
      this.current.push(t);
      this.k++;
      return;
    }
    if (at > t.start) this.current.push({ ...t, text: this.text.slice(t.start, at), end: at });
    this.flush();
    this.skipUntil(at + this.delimiter.length);
  }

  private trackBlocks(t: Token): void {
    const k = keyword(t);
    if (k !== 'BEGIN' && k !== 'CASE' && k !== 'END') return;
    if (!isRoutine(this.current)) return;
    const next = this.tokens[this.k];
    if (k === 'END') {
      if (!NOT_A_BLOCK_END.has(keyword(next))) this.depth--;
    } else if (k === 'CASE' || !(NOT_A_BLOCK.has(keyword(next)) || next?.text === ';' || next === undefined)) {
      this.depth++;
    }
  }

  private aloneOnLine(t: Token): boolean {
    const before = this.text.slice(this.text.lastIndexOf('\n', t.start - 1) + 1, t.start);
    const after = this.text.slice(t.end, this.lineEnd(t.end));
    return before.trim() === '' && /^\s*(\d+\s*)?;?\s*$/.test(after);
  }

  private lineEnd(from: number): number {
    const nl = this.text.indexOf('\n', from);
    return nl < 0 ? this.text.length : nl;
  }

  private skipUntil(offset: number): void {
    while (this.k < this.tokens.length && (this.tokens[this.k] as Token).start < offset) this.k++;
  }

  private flush(): void {
    const first = this.current[0];
    const last = this.current[this.current.length - 1];
    if (first && last) this.out.push({ start: first.start, end: last.end, tokens: this.current });
    this.current = [];
    this.depth = 0;
  }
}

/**
 * Splits a script into statements at top-level `;`, T-SQL `GO` lines and MySQL client
 * `DELIMITER` changes; a MySQL client `source file` line is a statement of its own. Lexer-level only: it finds where statements are, never what they say.
 */
export function splitStatements(text: string, dialect: Dialect): StatementSlice[] {
  return new Splitter(text, tokenize(text, dialect), dialect).run();
}
