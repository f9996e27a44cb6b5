import { keyword, type Token } from '../../text/sql-lexer.js';

/** Column attributes that only mark storage or replication (AdventureWorks' `rowguid uniqueidentifier ROWGUIDCOL`). */
const COLUMN_MARKS = new Set(['ROWGUIDCOL', 'SPARSE', 'FILESTREAM']);

const punct = (t: Token | undefined, p: string): boolean => t?.kind === 'punct' && t.text === p;

/** `NOT FOR REPLICATION` starting at token `k` (after IDENTITY (1, 1), a FOREIGN KEY's REFERENCES or CHECK). */
function isNotForReplication(tokens: readonly Token[], k: number): boolean {
  return keyword(tokens[k]) === 'NOT' && keyword(tokens[k + 1]) === 'FOR' && keyword(tokens[k + 2]) === 'REPLICATION';
}

/** A column mark word after a type, not a column named like one (which follows `(` or `,`). */
function isColumnMark(tokens: readonly Token[], k: number): boolean {
  return COLUMN_MARKS.has(keyword(tokens[k])) && !punct(tokens[k - 1], ',') && !punct(tokens[k - 1], '(');
}

/**
 * SQL Server clauses sqlparser-rs 0.62 rejects and that never shape data, as [start, end)
 * offsets to blank: `NOT FOR REPLICATION` (identity, foreign keys, checks) and the column
 * marks `ROWGUIDCOL`, `SPARSE`, `FILESTREAM`.
 */
export function tsqlAttributeRanges(tokens: readonly Token[]): [number, number][] {
  return tokens.flatMap((t, k): [number, number][] => {
    if (isNotForReplication(tokens, k)) return [[t.start, (tokens[k + 2] as Token).end]];
    return isColumnMark(tokens, k) ? [[t.start, t.end]] : [];
  });
}
