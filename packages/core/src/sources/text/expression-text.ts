import { keyword, tokenIndexAt, type Token } from './sql-lexer.js';

/** A half-open range of UTF-16 offsets into the original text. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const isPunct = (t: Token | undefined, p: string): boolean => t !== undefined && t.kind === 'punct' && t.text === p;

/** Index of the `)` matching the `(` at `open`, or -1. */
function matchingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let k = open; k < tokens.length; k++) {
    if (isPunct(tokens[k], '(')) depth++;
    else if (isPunct(tokens[k], ')') && --depth === 0) return k;
  }
  return -1;
}

/** Index of the last `word` token spelled `kw` in [floor, offset), or -1. */
function lastKeywordBefore(tokens: readonly Token[], offset: number, kw: string, floor: number): number {
  for (let k = tokenIndexAt(tokens, offset) - 1; k >= 0 && (tokens[k] as Token).start >= floor; k--) {
    if (keyword(tokens[k]) === kw) return k;
  }
  return -1;
}

/**
 * The inside of `CHECK ( ... )` whose expression starts at `exprStart` (the expression's
 * first positioned token). Exact: the parser said where the expression is, the lexer finds
 * the parentheses around it.
 */
export function checkBodyRange(tokens: readonly Token[], exprStart: number, floor = 0): TextRange | undefined {
  const kw = lastKeywordBefore(tokens, exprStart + 1, 'CHECK', floor);
  let open = kw < 0 ? -1 : kw + 1;
  while (open >= 0 && open < tokens.length && !isPunct(tokens[open], '(')) open++;
  if (open >= tokens.length) open = -1;
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
export function defaultExpressionRange(tokens: readonly Token[], exprStart: number, floor = 0): TextRange | undefined {
  const kw = lastKeywordBefore(tokens, exprStart + 1, 'DEFAULT', floor);
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

/** Widens token indexes [a, b] until every parenthesis inside is matched. */
function balanced(tokens: readonly Token[], a: number, b: number): [number, number] {
  let depth = 0;
  let lowest = 0;
  for (let k = a; k <= b; k++) {
    depth += isPunct(tokens[k], '(') ? 1 : isPunct(tokens[k], ')') ? -1 : 0;
    lowest = Math.min(lowest, depth);
  }
  for (let need = -lowest; need > 0 && a > 0; ) {
    a--;
    need += isPunct(tokens[a], ')') ? 1 : isPunct(tokens[a], '(') ? -1 : 0;
  }
  for (let open = depth - lowest; open > 0 && b < tokens.length - 1; ) {
    b++;
    open += isPunct(tokens[b], '(') ? 1 : isPunct(tokens[b], ')') ? -1 : 0;
  }
  return [a, b];
}

/**
 * Widens the token range [lo, hi) to the whole boolean operand it belongs to: parentheses
 * balanced, then backwards and forwards to the nearest AND/OR/NOT, comma or unmatched
 * parenthesis, within `bounds`. Used to give an untranslatable part of a CHECK its SQL text.
 */
export function operandRange(tokens: readonly Token[], lo: number, hi: number, bounds: TextRange): TextRange {
  const inBounds = (t: Token): boolean => t.start >= bounds.start && t.end <= bounds.end;
  const first = tokenIndexAt(tokens, lo);
  const [from, to] = balanced(tokens, first, Math.max(first, tokenIndexAt(tokens, hi) - 1));
  let a = from;
  for (let depth = 0, k = from - 1; k >= 0 && inBounds(tokens[k] as Token); k--, a--) {
    const t = tokens[k] as Token;
    if (isPunct(t, ')')) depth++;
    else if (isPunct(t, '(') && depth-- === 0) break;
    if (depth === 0 && (isPunct(t, ',') || BEFORE.has(keyword(t)))) break;
  }
  let b = to;
  for (let depth = 0, k = to + 1; k < tokens.length && inBounds(tokens[k] as Token); k++, b++) {
    const t = tokens[k] as Token;
    if (isPunct(t, '(')) depth++;
    else if (isPunct(t, ')') && depth-- === 0) break;
    if (depth === 0 && (isPunct(t, ',') || AFTER.has(keyword(t)))) break;
  }
  const start = Math.max(tokens[a]?.start ?? lo, bounds.start);
  return { start, end: Math.min(tokens[b]?.end ?? hi, bounds.end) };
}
