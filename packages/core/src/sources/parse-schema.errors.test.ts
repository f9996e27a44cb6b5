import { describe, expect, it } from 'vitest';
import { isRowforgeError, type RowforgeError } from '../errors/index.js';
import { loadParsers } from './load-parsers.js';
import { parseSchema } from './parse-schema.js';
import type { SourceDialect } from './source-types.js';

await loadParsers();

function failure(text: string, dialect: SourceDialect | 'auto'): RowforgeError {
  try {
    parseSchema(text, { dialect, file: 'in.sql' });
  } catch (e) {
    if (isRowforgeError(e)) return e;
    throw e;
  }
  throw new Error('expected parseSchema to throw');
}

describe('syntax errors point at the offending token in the original text', () => {
  it.each([
    ['postgres', 'CREATE TABLE a (id serial PRIMARY KEY);\n-- é✓ non-ASCII before the error\nCREATE TABLE b (\n  id int,\n  x int,, y int\n);', 5, 9],
    ['mysql', 'CREATE TABLE a (id INT PRIMARY KEY AUTO_INCREMENT);\n\nCREATE TABLE b (\n  id INT,\n  x INT,, y INT\n) ENGINE=InnoDB;', 5, 9],
    ['sqlite', 'CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);\nCREATE TABLE b (\n  id INTEGER,\n  x TEXT,, y INT\n);', 4, 10],
    ['mssql', 'CREATE TABLE a (id INT IDENTITY(1,1) PRIMARY KEY)\nGO\nCREATE TABLE b (\n  id INT,\n  x NVARCHAR(10),, y INT\n)\nGO', 5, 18],
    ['mysql', 'CREATE TABLE a (id INT);\r\n\r\nCREATE TABLE b (\r\n  id INT,\r\n  x INT,, y INT\r\n);\r\n', 5, 9],
    ['mysql', 'CREATE TABLE b (id INT', 1, 23],
    ['mysql', 'CREATE TABLE t (a INT) ENGINE=InnoDB COMMENT=;', 1, 46],
  ] as const)('%s', (dialect, sql, line, column) => {
    const e = failure(sql, dialect);
    expect(e.code).toBe('DDL_SYNTAX');
    expect(e.details.position).toEqual({ file: 'in.sql', line, column });
    expect(e.message).not.toMatch(/\n/);
  });

  it('says which dialect was guessed when the dialect was auto-detected', () => {
    const e = failure('CREATE TABLE `b` (\n  x INT,, y INT\n);', 'auto');
    expect(e.details.position).toEqual({ file: 'in.sql', line: 2, column: 9 });
    expect(e.details.hint).toMatch(/read as mysql \(auto-detected\)/);
  });

  it('reports a syntax error in a statement that shapes data even among skippable ones', () => {
    const e = failure('CREATE INDEX i ON t (a);\nCREATE TABLE t (a INT NOT NULL DEFAULT);', 'mysql');
    expect(e.details.position).toMatchObject({ line: 2, column: 39 });
  });
});

describe('unsupported constructs and schema problems carry positions', () => {
  it('DDL_UNSUPPORTED for a type Rowforge cannot generate, at the column', () => {
    const e = failure('CREATE TABLE t (\n  id INT,\n  shape GEOMETRY\n);', 'mysql');
    expect(e.code).toBe('DDL_UNSUPPORTED');
    expect(e.details.position).toEqual({ file: 'in.sql', line: 3, column: 3 });
    expect(e.message).toBe('column "t.shape" has type geometry, which Rowforge cannot generate');
  });

  it('DDL_UNSUPPORTED for CREATE TABLE ... AS SELECT', () => {
    expect(failure('CREATE TABLE t AS SELECT 1 AS a;', 'mysql').code).toBe('DDL_UNSUPPORTED');
    expect(failure('CREATE TABLE t AS SELECT 1 AS a;', 'postgres').code).toBe('DDL_UNSUPPORTED');
  });

  it('schema checks (FK to a missing table, type mismatch) name the table and its position', () => {
    const missing = failure('CREATE TABLE a (id INT PRIMARY KEY);\nCREATE TABLE b (id INT, p INT REFERENCES nope(id));', 'mysql');
    expect(missing.code).toBe('FK_UNKNOWN_TABLE');
    expect(missing.details.position).toEqual({ file: 'in.sql', line: 2, column: 42 });
    const mismatch = failure('CREATE TABLE a (id int PRIMARY KEY);\nCREATE TABLE b (id int, p text, CONSTRAINT fk FOREIGN KEY (p) REFERENCES a(id));', 'postgres');
    expect(mismatch.code).toBe('FK_TYPE_MISMATCH');
    expect(mismatch.details.position).toMatchObject({ line: 2, column: 74 });
  });

  it('accepts a NOT NULL cycle that is not DEFERRABLE (one edge is loaded late)', () => {
    const sql = 'CREATE TABLE a (id int PRIMARY KEY, b int NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a int NOT NULL REFERENCES a);\nALTER TABLE a ADD FOREIGN KEY (b) REFERENCES b;';
    expect(parseSchema(sql, { dialect: 'postgres' }).schema.tables).toHaveLength(2);
  });

  it('accepts the same cycle when one side is DEFERRABLE INITIALLY DEFERRED', () => {
    const sql = 'CREATE TABLE a (id int PRIMARY KEY, b int NOT NULL);\nCREATE TABLE b (id int PRIMARY KEY, a int NOT NULL REFERENCES a);\nALTER TABLE a ADD FOREIGN KEY (b) REFERENCES b DEFERRABLE INITIALLY DEFERRED;\nALTER TABLE b ADD CONSTRAINT x CHECK (a > 0);';
    expect(parseSchema(sql, { dialect: 'postgres' }).schema.tables).toHaveLength(2);
  });

  it('an empty enum and duplicate names are refused', () => {
    expect(failure("CREATE TYPE e AS ENUM ();\nCREATE TABLE t (x e);", 'postgres').code).toBe('ENUM_EMPTY');
    expect(failure('CREATE TABLE t (a INT);\nCREATE TABLE t (b INT);', 'mysql').details.position).toMatchObject({ line: 2, column: 14 });
    expect(failure('CREATE TABLE t (a INT, a INT);', 'mysql').code).toBe('SCHEMA_DUPLICATE_COLUMN');
  });

  it('input with no CREATE TABLE is refused', () => {
    expect(failure('', 'postgres').code).toBe('SCHEMA_INVALID');
    expect(failure('-- nothing\nSET x = 1;', 'mysql').message).toBe('the input declares no tables');
  });
});

describe('omitUnsupported leaves columns of types Rowforge cannot generate out, with a warning', () => {
  it.each([
    ['mysql', 'CREATE TABLE address (\n  address_id INT PRIMARY KEY,\n  location GEOMETRY NOT NULL,\n  city VARCHAR(50)\n) ENGINE=InnoDB;', 'geometry', 3],
    ['postgres', 'CREATE TABLE film (\n  film_id serial PRIMARY KEY,\n  title text NOT NULL,\n  fulltext tsvector NOT NULL\n);', 'tsvector', 4],
    ['auto', 'CREATE TABLE film (\n  film_id int PRIMARY KEY,\n  fulltext tsvector NOT NULL,\n  title text\n);', 'tsvector', 3],
  ] as const)('%s: %s', (dialect, sql, type, line) => {
    const e = failure(sql, dialect);
    expect(e.code).toBe('DDL_UNSUPPORTED');
    expect(e.details.hint).toContain('--omit-unsupported');
    const { schema, warnings } = parseSchema(sql, { dialect, file: 'in.sql', omitUnsupported: true });
    expect(schema.tables[0]?.columns.map((c) => c.name)).toHaveLength(2);
    expect(schema.tables[0]?.columns.some((c) => c.name === 'location' || c.name === 'fulltext')).toBe(false);
    expect(warnings).toContainEqual(expect.objectContaining({ line, column: 3, message: expect.stringContaining(`has type ${type}, which Rowforge cannot generate; it is left out`) as unknown }));
  });

  it('does not change which dialect unmarked text is read as: every column is tried first', () => {
    const { schema, dialect } = parseSchema('CREATE TABLE t (id int PRIMARY KEY, n int);', { omitUnsupported: true });
    expect(dialect).toBe('postgres');
    expect(schema.tables[0]?.columns).toHaveLength(2);
  });
});
