import type { Dialect } from '../../schema/index.js';

/**
 * One DDL feature, and the text its AST must contain (as JSON) for the feature to count as
 * exposed by each parser (`rs`: sqlparser-ts, `nsp`: node-sql-parser). See evaluate-parsers.ts.
 */
export interface ParserProbe {
  readonly dialect: Dialect;
  readonly name: string;
  readonly sql: string;
  readonly rs?: string;
  readonly nsp?: string;
}

export const PROBES: readonly ParserProbe[] = [
  { dialect: 'mysql', name: 'INT UNSIGNED AUTO_INCREMENT', sql: 'CREATE TABLE t (id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY)', rs: 'AUTO_INCREMENT', nsp: '"auto_increment"' },
  { dialect: 'mysql', name: "ENUM('a','b') values", sql: "CREATE TABLE t (s ENUM('a','b') DEFAULT 'a')", rs: '{"Name":"b"}', nsp: '"value":"b"' },
  { dialect: 'mysql', name: "SET('a','b') values", sql: "CREATE TABLE t (s SET('a','b'))", rs: '"Set":["a","b"]', nsp: '"value":"b"' },
  { dialect: 'mysql', name: 'column CHECK as expression tree', sql: 'CREATE TABLE t (r INT CHECK (r >= 1 AND r <= 5))', rs: '"op":"GtEq"', nsp: '"operator":">="' },
  { dialect: 'mysql', name: 'CHECK with IN / BETWEEN / LIKE / IS NULL', sql: "CREATE TABLE t (a INT, CHECK (a IN (1,2) AND a BETWEEN 0 AND 9 AND b LIKE 'x%' AND c IS NULL))", rs: '"InList"', nsp: '"operator":"IN"' },
  { dialect: 'mysql', name: 'UNIQUE KEY name (a, b)', sql: 'CREATE TABLE t (a INT, b INT, UNIQUE KEY uk (a, b))', rs: '"Unique"', nsp: '"unique key"' },
  { dialect: 'mysql', name: 'KEY / INDEX inside CREATE TABLE', sql: 'CREATE TABLE t (a INT, KEY k (a), INDEX i (a))', rs: '"Index"', nsp: '"index"' },
  { dialect: 'mysql', name: 'composite FK + ON DELETE/UPDATE', sql: 'CREATE TABLE t (a INT, b INT, CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES u (x, y) ON DELETE CASCADE ON UPDATE SET NULL)', rs: '"on_update":"SetNull"', nsp: '"on update"' },
  { dialect: 'mysql', name: "COMMENT 'x' on column and table", sql: "CREATE TABLE t (a INT COMMENT 'col') COMMENT='tab'", rs: '"Comment":"col"', nsp: '"value":"col"' },
  { dialect: 'mysql', name: 'table options ENGINE/CHARSET/COLLATE', sql: 'CREATE TABLE t (a INT) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin' },
  { dialect: 'mysql', name: 'reserved word `condition` as column name', sql: "CREATE TABLE t (condition ENUM('New','Good'))" },
  { dialect: 'mysql', name: 'DEFAULT CURRENT_TIMESTAMP ON UPDATE', sql: 'CREATE TABLE t (a TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)' },
  { dialect: 'mysql', name: 'ALTER TABLE ADD CONSTRAINT FOREIGN KEY', sql: 'ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (id)', rs: '"AddConstraint"', nsp: '"FOREIGN KEY"' },
  { dialect: 'mysql', name: 'ALTER TABLE MODIFY ... AUTO_INCREMENT (phpMyAdmin)', sql: 'ALTER TABLE t MODIFY id INT NOT NULL AUTO_INCREMENT', rs: '"ModifyColumn"', nsp: '"modify"' },
  { dialect: 'mysql', name: 'mysqldump /*!40101 ... */ and LOCK TABLES', sql: '/*!40101 SET NAMES utf8 */; LOCK TABLES `t` WRITE; UNLOCK TABLES' },
  { dialect: 'mysql', name: 'CREATE TRIGGER ... BEGIN ... END', sql: 'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END' },
  { dialect: 'sqlite', name: 'INTEGER PRIMARY KEY AUTOINCREMENT', sql: 'CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)', rs: 'AUTOINCREMENT', nsp: '"auto_increment"' },
  { dialect: 'sqlite', name: 'untyped column + type affinity names', sql: 'CREATE TABLE t (a, b VARCHAR(10), c NUMERIC, d BLOB, e REAL, f DATETIME, g BOOLEAN)' },
  { dialect: 'sqlite', name: 'STRICT', sql: 'CREATE TABLE t (a INTEGER) STRICT', rs: '"strict":true' },
  { dialect: 'sqlite', name: 'WITHOUT ROWID', sql: 'CREATE TABLE t (a INTEGER PRIMARY KEY) WITHOUT ROWID', rs: '"without_rowid":true' },
  { dialect: 'sqlite', name: 'WITHOUT ROWID, STRICT together', sql: 'CREATE TABLE t (a INTEGER PRIMARY KEY) WITHOUT ROWID, STRICT' },
  { dialect: 'sqlite', name: 'inline REFERENCES ... DEFERRABLE INITIALLY DEFERRED', sql: 'CREATE TABLE t (b INT REFERENCES u (id) DEFERRABLE INITIALLY DEFERRED)', rs: '"deferrable":true' },
  { dialect: 'sqlite', name: 'table FK (composite) + CHECK IN', sql: "CREATE TABLE t (a INT, b INT, k TEXT CHECK (k IN ('x','y')), FOREIGN KEY (a, b) REFERENCES u (x, y))", rs: '"ForeignKey"', nsp: '"FOREIGN KEY"' },
  { dialect: 'sqlite', name: 'CREATE TRIGGER ... BEGIN ... END', sql: 'CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET a = 1; END' },
  { dialect: 'mssql', name: 'IDENTITY(1,1)', sql: 'CREATE TABLE t (id INT IDENTITY(1,1) NOT NULL)', rs: '"Identity"', nsp: '"identity"' },
  { dialect: 'mssql', name: 'NVARCHAR(MAX), VARCHAR(MAX), BIT, UNIQUEIDENTIFIER, DATETIME2, DATETIMEOFFSET', sql: 'CREATE TABLE t (a NVARCHAR(MAX), b VARCHAR(MAX), c BIT, d UNIQUEIDENTIFIER, e DATETIME2(7), f DATETIMEOFFSET)' },
  { dialect: 'mssql', name: 'bracket identifiers [dbo].[T]', sql: 'CREATE TABLE [dbo].[T] ([Id] [int] NOT NULL)' },
  { dialect: 'mssql', name: 'table CONSTRAINT PK_x PRIMARY KEY CLUSTERED', sql: 'CREATE TABLE t (id INT NOT NULL, CONSTRAINT PK_t PRIMARY KEY CLUSTERED (id ASC))', rs: '"PrimaryKey"', nsp: '"primary key"' },
  { dialect: 'mssql', name: 'inline CONSTRAINT PK_x PRIMARY KEY', sql: 'CREATE TABLE t (id INT NOT NULL CONSTRAINT PK_t PRIMARY KEY)', rs: '"PK_t"', nsp: '"PK_t"' },
  { dialect: 'mssql', name: 'inline PRIMARY KEY CLUSTERED', sql: 'CREATE TABLE t (id INT NOT NULL PRIMARY KEY CLUSTERED)' },
  { dialect: 'mssql', name: 'DEFAULT NEWID() / DEFAULT ((1))', sql: 'CREATE TABLE t (a UNIQUEIDENTIFIER DEFAULT NEWID(), b BIT DEFAULT ((1)))' },
  { dialect: 'mssql', name: 'inline REFERENCES', sql: 'CREATE TABLE t (b INT REFERENCES u (id))', rs: '"ForeignKey"', nsp: '"reference_definition"' },
  { dialect: 'mssql', name: 'table FOREIGN KEY ... ON DELETE CASCADE', sql: 'CREATE TABLE t (b INT, CONSTRAINT fk FOREIGN KEY (b) REFERENCES u (id) ON DELETE CASCADE)', rs: '"on_delete":"Cascade"', nsp: '"on delete"' },
  { dialect: 'mssql', name: 'ALTER TABLE ADD CONSTRAINT FOREIGN KEY', sql: 'ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (b) REFERENCES u (id)', rs: '"AddConstraint"', nsp: '"FOREIGN KEY"' },
  { dialect: 'mssql', name: 'SSMS: WITH (PAD_INDEX = OFF ...) ON [PRIMARY]', sql: 'CREATE TABLE t (id INT NOT NULL, CONSTRAINT PK_t PRIMARY KEY CLUSTERED (id) WITH (PAD_INDEX = OFF) ON [PRIMARY]) ON [PRIMARY]' },
  { dialect: 'mssql', name: 'SSMS: ALTER TABLE ... WITH CHECK ADD CONSTRAINT', sql: 'ALTER TABLE [dbo].[t] WITH CHECK ADD CONSTRAINT [fk] FOREIGN KEY([b]) REFERENCES [dbo].[u] ([id])' },
  { dialect: 'mssql', name: 'computed column AS (a * 2) PERSISTED', sql: 'CREATE TABLE t (a INT, b AS (a * 2) PERSISTED)' },
  { dialect: 'mssql', name: 'CREATE PROCEDURE ... BEGIN ... END', sql: 'CREATE PROCEDURE p AS BEGIN SELECT 1; END' },
];
