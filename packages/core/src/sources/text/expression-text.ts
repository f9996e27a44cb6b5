import { keyword, type Token } from './sql-lexer.js';

/** A half-open range of UTF-16 offsets into the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.kind === 'punct' && t.text === p;

/** Index of the first token ending after `offset`. */
function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.end > offset);
  return i < 0 ? tokens.length : i;
}

/** Index of the `)` matching the `(` at `open`, or -1. */
function matchingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isPunct(tokens[k], '(')) depth++;
    else if (isPunct(tokens[k], ')') && --depth === 0) return k;
  }
  return -1;
}

/** Index of the last `word` token spelled `kw` that starts before `offset`, or -1. */
function lastKeywordBefore(tokens: readonly Token[], offset: number, kw: string): number {
  for (let k = tokenIndexAt(tokens, offset) - 1; k >= 0; k--) if (keyword(tokens[k]) === kw) return k;
  return -1;
}

/**
 * The inside of `CHECK ( ... )` whose expression starts at `exprStart` (the expression's
 * first positioned token). Exact: the parser said where the expression is, the lexer finds
 * the parentheses around it.
 */
export function checkBodyRange(tokens: readonly Token[], exprStart: number): TextRange | undefined {
  const kw = lastKeywordBefore(tokens, exprStart + 1, 'CHECK');
  const open = kw < 0 ? -1 : tokens.findIndex((t, k) => k > kw && isPunct(t, '('));
  const close = open < 0 ? -1 : matchingParen(tokens, open);
  if (close < 0) return undefined;
  return { start: (tokens[open] as Token).end, end: (tokens[close] as Token).start };
}

/** Words that end a DEFAULT expression in a column definition (the next column option). */
const COLUMN_OPTION_WORDS = new Set([
  'NOT', 'NULL', 'PRIMARY', 'UNIQUE', 'CHECK', 'REFERENCES', 'CONSTRAINT', 'COMMENT', 'AUTO_INCREMENT',
  'AUTOINCREMENT', 'COLLATE', 'ON', 'GENERATED', 'IDENTITY', 'CHARACTER', 'KEY', 'FOR', 'WITH',
]);

/** Text of the DEFAULT expression that starts at or after the last DEFAULT before `exprStart`. */
export function defaultExpressionRange(tokens: readonly Token[], exprStart: number): TextRange | undefined {
  const kw = lastKeywordBefore(tokens, exprStart + 1, 'DEFAULT');
  if (kw < 0 || kw + 1 >= tokens.length) return undefined;
  let depth = 0;
  let k = kw + 1;
  for (; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (depth === 0 && k > kw + 1 && (isPunct(t, ',') || isPunct(t, ';') || COLUMN_OPTION_WORDS.has(keyword(t)))) break;
    if (isPunct(t, '(')) depth++;
    if (isPunct(t, ')') && --depth < 0) break;
  }
  return { start: (tokens[kw + 1] as Token).start, end: (tokens[k - 1] as Token).end };
}

/** Backwards, NOT starts an operand; forwards it belongs to it (`IS NOT TRUE`, `NOT LIKE`). */
const BEFORE = new Set(['AND', 'OR', 'NOT']);
const AFTER = new Set(['AND', 'OR']);

/**
 * Widens the token range [lo, hi) to the whole boolean operand it belongs to: backwards and
 * forwards to the nearest AND/OR/NOT, comma or unmatched parenthesis, within `bounds`. Used to
 * give an untranslatable part of a CHECK its SQL text.
 */
export function operandRange(tokens: readonly Token[], lo: number, hi: number, bounds: TextRange): TextRange {
  const inBounds = (t: Token): boolean => t.start >= bounds.start && t.end <= bounds.end;
  const first = tokenIndexAt(tokens, lo);
  const last = Math.max(first, tokenIndexAt(tokens, hi) - 1);
  let a = first;
  for (let depth = 0, k = first - 1; k >= 0 && inBounds(tokens[k] as Token); k--, a--) {
    const t = tokens[k] as Token;
    if (isPunct(t, ')')) depth++;
    else if (isPunct(t, '(') && depth-- === 0) break;
    if (depth === 0 && (isPunct(t, ',') || BEFORE.has(keyword(t)))) break;
  }
  let b = last;
  for (let depth = 0, k = last + 1; k < tokens.length && inBounds(tokens[k] as Token); k++, b++) {
    const t = tokens[k] as Token;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')') && depth-- === 0) break;
    if (depth === 0 && (isPunct(t, ',') || AFTER.has(keyword(t)))) break;
  }
  const start = Math.max((tokens[a] as Token | undefined)?.start ?? lo, bounds.start);
  return { start, end: Math.min((tokens[b] as Token | undefined)?.end ?? hi, bounds.end) };
}
