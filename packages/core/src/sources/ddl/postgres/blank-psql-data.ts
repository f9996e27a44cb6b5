import { keyword, lexTokens, type Token } from '../../text/sql-lexer.js';

/**
 * pg_dump/psql scripts carry things that are not SQL: `COPY ... FROM stdin;` data blocks
 * (ended by a `\.` line) and psql meta-commands (`\connect`, `\restrict`, ...). This
 * lexer-level pre-pass blanks them with spaces, keeping every offset, so libpg-query sees
 * only SQL. Documented in docs/decisions/0002-ddl-parsers.md.
 */
const lineStart = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;
const lineEnd = (text: string, at: number): number => {
  const nl = text.indexOf('\n', at);
  return nl < 0 ? text.length : nl;
};

/** After the `;` of `COPY ... FROM STDIN;`: the data lines up to and including `\.`. */
function copyDataBlock(text: string, semicolon: Token): readonly [number, number] {
  const dataStart = Math.min(lineEnd(text, semicolon.end) + 1, text.length);
  const terminator = text.indexOf('\n\\.', dataStart - 1);
  return [dataStart, terminator < 0 ? text.length : lineEnd(text, terminator + 1)];
}

/** The next region to blank at or after `from`: a COPY data block or a meta-command line. */
function nextBlock(text: string, from: number): readonly [number, number] | undefined {
  let statement: string[] = [];
  for (const t of lexTokens(text, 'postgres', from)) {
    if (t.kind === 'punct' && t.text === '\\' && text.slice(lineStart(text, t.start), t.start).trim() === '') {
      return [t.start, lineEnd(text, t.start)];
    }
    if (t.kind !== 'punct' || t.text !== ';') {
      statement.push(keyword(t));
      continue;
    }
    const isCopyIn = statement[0] === 'COPY' && statement.some((w, i) => w === 'FROM' && statement[i + 1] === 'STDIN');
    if (isCopyIn) return copyDataBlock(text, t);
    statement = [];
  }
  return undefined;
}

/** Returns `text` with COPY data blocks and psql meta-command lines replaced by spaces. */
export function blankPsqlData(text: string): string {
  const chars = text.split('');
  let changed = false;
  for (let block = nextBlock(text, 0); block; block = nextBlock(text, block[1])) {
    for (let i = block[0]; i < block[1]; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
    changed = true;
  }
  return changed ? chars.join('') : text;
}
