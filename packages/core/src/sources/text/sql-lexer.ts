import type { Dialect } from '../../schema/index.js';

/**
 * A lexer-level view of SQL text. It is used only to find statement boundaries and
 * positions, to slice source text for `CheckConstraint.sql`/defaults/raw nodes, and for
 * dialect detection. Structure always comes from a real parser's AST.
 */
export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'punct';

export interface Token {
  readonly kind: TokenKind;
  /** Source text of the token (for `quoted`, without the quotes). */
  readonly text: string;
  /** UTF-16 offsets into the lexed text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** `detect` accepts the quoting of every dialect, for dialect detection. */
export type LexMode = Dialect | 'detect';

interface Rules {
  readonly backtick: boolean;
  readonly brackets: boolean;
  readonly hashComment: boolean;
  readonly backslashEscapes: boolean;
  readonly dollarQuotes: boolean;
  readonly versionComments: boolean;
}

const RULES: Record<LexMode, Rules> = {
  mysql: { backtick: true, brackets: false, hashComment: true, backslashEscapes: true, dollarQuotes: false, versionComments: true },
  postgres: { backtick: false, brackets: false, hashComment: false, backslashEscapes: false, dollarQuotes: true, versionComments: false },
  sqlite: { backtick: true, brackets: true, hashComment: false, backslashEscapes: false, dollarQuotes: false, versionComments: false },
  mssql: { backtick: false, brackets: true, hashComment: false, backslashEscapes: false, dollarQuotes: false, versionComments: false },
  detect: { backtick: true, brackets: true, hashComment: false, backslashEscapes: false, dollarQuotes: true, versionComments: true },
};

const isWordStart = (c: string): boolean => /[\p{L}_@#]/u.test(c);
const isWordPart = (c: string): boolean => /[\p{L}\p{N}_$@#]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

class Lexer {
  private i = 0;
  private inVersionComment = false;
  readonly tokens: Token[] = [];

  constructor(
    private readonly s: string,
    private readonly rules: Rules,
    from: number,
  ) {
    this.i = from;
  }

  run(): Token[] {
    while (this.i < this.s.length) this.step();
    return this.tokens;
  }

  *iterate(): Generator<Token> {
    while (this.i < this.s.length) {
      const before = this.tokens.length;
      this.step();
      if (this.tokens.length > before) yield this.tokens[before] as Token;
    }
  }

  private step(): void {
    const c = this.s[this.i] as string;
    if (/\s/u.test(c)) this.i++;
    else if (!this.trivia(c)) this.token(c);
  }

  /** Skips a comment (or a MySQL version-comment marker); false when `c` starts none. */
  private trivia(c: string): boolean {
    const next = this.s[this.i + 1];
    if (c === '-' && next === '-' && (!this.rules.hashComment || /[\s]|^$/u.test(this.s[this.i + 2] ?? ''))) return this.lineComment();
    if (c === '#' && this.rules.hashComment) return this.lineComment();
    if (c === '/' && next === '*') return this.blockComment();
    if (c === '*' && next === '/' && this.inVersionComment) {
      this.inVersionComment = false;
      this.i += 2;
      return true;
    }
    return false;
  }

  private lineComment(): boolean {
    const nl = this.s.indexOf('\n', this.i);
    this.i = nl < 0 ? this.s.length : nl + 1;
    return true;
  }

  private blockComment(): boolean {
    if (this.rules.versionComments && this.s[this.i + 2] === '!') {
      this.i += 3;
      while (isDigit(this.s[this.i])) this.i++;
      this.inVersionComment = true;
      return true;
    }
    let depth = 0;
    while (this.i < this.s.length) {
      const open = this.s.startsWith('/*', this.i);
      const close = !open && this.s.startsWith('*/', this.i);
      this.i += open || close ? 2 : 1;
      depth += open ? 1 : close ? -1 : 0;
      if (depth === 0) return true;
    }
    return true;
  }

  private token(c: string): void {
    const start = this.i;
    if (c === "'") return this.quoted(start, "'", 'string', this.rules.backslashEscapes);
    if (c === '"') return this.quoted(start, '"', 'quoted', false);
    if (c === '`' && this.rules.backtick) return this.quoted(start, '`', 'quoted', false);
    if (c === '[' && this.rules.brackets) return this.quoted(start, ']', 'quoted', false);
    if (c === '$' && this.rules.dollarQuotes && this.dollar(start)) return;
    if (isDigit(c) || (c === '.' && isDigit(this.s[this.i + 1]))) return this.number(start);
    if (isWordStart(c)) return this.word(start);
    const two = this.s.slice(start, start + 2);
    this.i += two === '::' ? 2 : 1;
    this.push('punct', this.s.slice(start, this.i), start);
  }

  private quoted(start: number, close: string, kind: TokenKind, backslash: boolean, tokenStart = start): void {
    let i = start + 1;
    for (;;) {
      if (i >= this.s.length) break;
      const ch = this.s[i];
      if (backslash && ch === '\\') i += 2;
      else if (ch === close && this.s[i + 1] === close) i += 2;
      else if (ch === close) break;
      else i++;
    }
    this.i = Math.min(i + 1, this.s.length);
    this.push(kind, this.s.slice(start + 1, Math.min(i, this.s.length)), tokenStart);
  }

  /** PostgreSQL `$tag$ ... $tag$`; false when `$` starts no dollar quote (e.g. `$1`). */
  private dollar(start: number): boolean {
    const m = /^\$([\p{L}_][\p{L}\p{N}_]*)?\$/u.exec(this.s.slice(start, start + 64));
    if (!m) return false;
    const tag = m[0];
    const close = this.s.indexOf(tag, start + tag.length);
    const end = close < 0 ? this.s.length : close + tag.length;
    this.i = end;
    this.push('string', this.s.slice(start + tag.length, close < 0 ? end : close), start);
    return true;
  }

  private number(start: number): void {
    let i = start + 1;
    while (i < this.s.length && /[\p{L}\p{N}_.]/u.test(this.s[i] as string)) {
      const signed = /[eE]/.test(this.s[i] as string) && /[+-]/.test(this.s[i + 1] ?? '') && isDigit(this.s[i + 2]);
      i += signed ? 2 : 1;
    }
    this.i = i;
    this.push('number', this.s.slice(start, i), start);
  }

  private word(start: number): void {
    let i = start + 1;
    while (i < this.s.length && isWordPart(this.s[i] as string)) i++;
    // E'..', N'..', X'..', B'..' string prefixes
    const prefix = this.s.slice(start, i);
    if (this.s[i] === "'" && /^[enxb]$/i.test(prefix)) {
      const backslash = this.rules.backslashEscapes || /^e$/i.test(prefix);
      this.quoted(i, "'", 'string', backslash, start);
      return;
    }
    this.i = i;
    this.push('word', this.s.slice(start, i), start);
  }

  private push(kind: TokenKind, text: string, start: number): void {
    this.tokens.push({ kind, text, start, end: this.i });
  }
}

/** Tokens of `text` from offset `from` (comments and whitespace skipped). Never throws. */
export function tokenize(text: string, mode: LexMode, from = 0): Token[] {
  return new Lexer(text, RULES[mode], from).run();
}

/** Tokens one at a time, for scans that stop early or restart elsewhere. */
export function lexTokens(text: string, mode: LexMode, from = 0): Iterable<Token> {
  return new Lexer(text, RULES[mode], from).iterate();
}

/** Index of the first token ending after `offset` (binary search; tokens are in order). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The tokens that start inside [start, end). */
export function tokensIn(tokens: readonly Token[], start: number, end: number): readonly Token[] {
  const from = tokenIndexAt(tokens, start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).start < end) to++;
  return tokens.slice(from, to).filter((t) => t.start >= start);
}

/** Upper-cased text of a word token, '' for other kinds. */
export function keyword(t: Token | undefined): string {
  return t !== undefined && t.kind === 'word' ? t.text.toUpperCase() : '';
}
