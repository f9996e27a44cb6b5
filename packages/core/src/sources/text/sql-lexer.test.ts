import { describe, expect, it } from 'vitest';
import { keyword, tokenize } from './sql-lexer.js';

const texts = (sql: string, mode: Parameters<typeof tokenize>[1]): string[] => tokenize(sql, mode).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('skips comments and whitespace, keeps offsets', () => {
    const tokens = tokenize('-- c\nCREATE /* x */ TABLE t;', 'postgres');
    expect(tokens.map((t) => t.text)).toEqual(['CREATE', 'TABLE', 't', ';']);
    expect(tokens[0]).toMatchObject({ start: 5, end: 11 });
    expect(keyword(tokens[1])).toBe('TABLE');
  });

  it('reads each dialect\'s quoting', () => {
    expect(texts("`a b` 'it''s' \"q\"", 'mysql')).toEqual(['quoted:a b', "string:it''s", 'quoted:q']);
    expect(texts("[dbo].[T] N'x'", 'mssql')).toEqual(['quoted:dbo', 'punct:.', 'quoted:T', "string:x"]);
    expect(texts("$$ a; b $$ x::int E'\\''", 'postgres')).toEqual(['string: a; b ', 'word:x', 'punct:::', 'word:int', "string:\\'"]);
  });

  it('reads MySQL # comments, backslash escapes and /*! version comments as code', () => {
    expect(texts("# c\n'a\\'b' /*!40101 SET x=1 */;", 'mysql')).toEqual(["string:a\\'b", 'word:SET', 'word:x', 'punct:=', 'number:1', 'punct:;']);
  });

  it('never throws on unterminated input', () => {
    expect(texts("'abc", 'mysql')).toEqual(['string:abc']);
    expect(tokenize('/* open', 'postgres')).toEqual([]);
  });
});
