import { describe, expect, it } from 'vitest';
import { splitStatements } from './split-statements.js';

const pieces = (sql: string, dialect: Parameters<typeof splitStatements>[1]): string[] =>
  splitStatements(sql, dialect).map((s) => sql.slice(s.start, s.end));

describe('splitStatements', () => {
  it('splits at top-level semicolons, not inside strings or comments', () => {
    expect(pieces("CREATE TABLE a (x TEXT DEFAULT ';'); -- ;\n INSERT INTO a VALUES (';');", 'mysql')).toEqual([
      "CREATE TABLE a (x TEXT DEFAULT ';')",
      "INSERT INTO a VALUES (';')",
    ]);
  });

  it('treats T-SQL GO lines as batch separators', () => {
    expect(pieces('CREATE TABLE a (x INT)\nGO\nCREATE TABLE b (y INT)\n  go 2\n', 'mssql')).toEqual(['CREATE TABLE a (x INT)', 'CREATE TABLE b (y INT)']);
  });

  it('follows MySQL DELIMITER changes', () => {
    const sql = 'DELIMITER ;;\nCREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END;;\nDELIMITER ;\nSELECT 1;';
    expect(pieces(sql, 'mysql')).toEqual(['CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW BEGIN SET NEW.x = 1; END', 'SELECT 1']);
  });

  it('reads a MySQL client `source file` line as a statement of its own, with or without `;`', () => {
    expect(pieces('CREATE TABLE a (x INT);\nsource load_a.dump ;\nSOURCE b.sql\nCREATE TABLE b (y INT);', 'mysql'))
      .toEqual(['CREATE TABLE a (x INT)', 'source load_a.dump', 'SOURCE b.sql', 'CREATE TABLE b (y INT)']);
  });

  it('keeps trigger and procedure bodies together', () => {
    const sql = 'CREATE TRIGGER t AFTER UPDATE ON a BEGIN UPDATE a SET x = 1; UPDATE a SET y = CASE WHEN 1 THEN 2 END; END; CREATE TABLE b (c INT);';
    expect(pieces(sql, 'sqlite')).toHaveLength(2);
    expect(pieces('BEGIN TRANSACTION; CREATE TABLE b (c INT); COMMIT;', 'sqlite')).toEqual(['BEGIN TRANSACTION', 'CREATE TABLE b (c INT)', 'COMMIT']);
  });
});
