import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/sql-lexer.js';
import { indexKeyTexts } from './index-key-text.js';

const keys = (sql: string) => indexKeyTexts(sql, tokenize(sql, 'postgres'));

describe('indexKeyTexts', () => {
  it('splits the key list after ON at top-level commas, keeping nested calls whole and dropping ASC/DESC/NULLS', () => {
    const sql = "CREATE UNIQUE INDEX ix ON ONLY s.t USING btree (a, lower((b)::text) DESC NULLS LAST, date_trunc('day', c)) INCLUDE (d) WHERE a > 0";
    expect(keys(sql)).toEqual([
      { sql: 'a', at: sql.indexOf('(a') + 1 },
      { sql: 'lower((b)::text)', at: sql.indexOf('lower') },
      { sql: "date_trunc('day', c)", at: sql.indexOf('date_trunc') },
    ]);
  });

  it('flattens line breaks and is empty without a key list', () => {
    expect(keys('CREATE UNIQUE INDEX ix ON t (\n  a,\n  b\n    ASC\n)').map((k) => k.sql)).toEqual(['a', 'b']);
    expect(keys('CREATE UNIQUE INDEX ix ON t')).toEqual([]);
  });
});
