import type { RawStmt } from 'libpg-query';
import { tokenIndexAt, type Token } from '../../text/sql-lexer.js';
import type { SourceText } from '../../text/source-text.js';

/** UTF-16 offsets of a RawStmt: from its first token (comments skipped) to its end. */
export function pgStatementRange(src: SourceText, tokens: readonly Token[], raw: RawStmt): { start: number; end: number } {
  const from = raw.stmt_location ?? 0;
  const end = raw.stmt_len ? src.offsetOfByte(from + raw.stmt_len) : src.text.length;
  const begin = src.offsetOfByte(from);
  const first = tokens[tokenIndexAt(tokens, begin)];
  return { start: first && first.start < end ? first.start : begin, end };
}
