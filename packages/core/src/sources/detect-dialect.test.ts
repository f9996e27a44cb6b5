import { describe, expect, it } from 'vitest';
import { fixtureText, sharedFixtureText } from './__fixtures__/fixture-text.js';
import { detectDialect } from './detect-dialect.js';

describe('detectDialect', () => {
  it.each([
    ['company_employee.ddl', 'mysql'],
    ['library_mgm.ddl', 'mysql'],
    ['restaurants.ddl', 'mysql'],
  ])('reads the shared fixture %s as %s', (file, dialect) => {
    expect(detectDialect(sharedFixtureText(file))).toBe(dialect);
  });

  it.each([
    ['mysql-features.sql', 'mysql'],
    ['postgres-features.sql', 'postgres'],
    ['sqlite-features.sql', 'sqlite'],
    ['mssql-features.sql', 'mssql'],
  ])('reads %s as %s', (file, dialect) => {
    expect(detectDialect(fixtureText(file))).toBe(dialect);
  });

  it.each([
    ['CREATE TABLE `t` (id INT)', 'mysql'],
    ['CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY)', 'mysql'],
    ['CREATE TABLE t (id SERIAL PRIMARY KEY)', 'postgres'],
    ["CREATE TABLE t (d DATE DEFAULT '2020-01-01'::date)", 'postgres'],
    ["CREATE TYPE mood AS ENUM ('a')", 'postgres'],
    ['CREATE TABLE t (id INT GENERATED ALWAYS AS IDENTITY)', 'postgres'],
    ['CREATE TABLE t (tags text[])', 'postgres'],
    ['CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)', 'sqlite'],
    ['CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID', 'sqlite'],
    ['CREATE TABLE [t] ([id] INT)', 'mssql'],
    ['CREATE TABLE t (id INT IDENTITY(1,1))', 'mssql'],
    ['CREATE TABLE t (id INT)\nGO\n', 'mssql'],
    ['CREATE TABLE t (n NVARCHAR(10))', 'mssql'],
    ['CREATE TABLE t (id INT PRIMARY KEY, c hstore)', 'postgres'],
    ['CREATE TABLE t (id INT, doc tsvector, path ltree, r int4range)', 'postgres'],
    ['CREATE TABLE t (ip inet, net cidr, mac macaddr)', 'postgres'],
    ['CREATE TABLE t (id INT, loc geometry(Point, 4326))', 'postgres'],
    ['CREATE TABLE t (id INT, node hierarchyid)', 'mssql'],
    ["CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);\nCREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes');", 'sqlite'],
  ])('%s → %s', (sql, dialect) => {
    expect(detectDialect(sql)).toBe(dialect);
  });

  it('recognises Rowforge schema JSON', () => {
    expect(detectDialect('  {"format":"rowforge.schema","version":1,"tables":[]}')).toBe('json');
  });

  it('counts a type name only after a column name: a column called cidr is no evidence', () => {
    expect(detectDialect('CREATE TABLE `t` (cidr VARCHAR(18), `hstore` TEXT)')).toBe('mysql');
    expect(detectDialect('CREATE TABLE t (id INT AUTO_INCREMENT, cidr VARCHAR(18), tsvector TEXT)')).toBe('mysql');
  });

  it('reads plain SQL with no dialect marker as PostgreSQL', () => {
    expect(detectDialect('CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(10))')).toBe('postgres');
  });

  it('reads a Django SQLite schema (double-quoted names, datetime, integer unsigned) as SQLite, not MySQL', () => {
    const django = [
      'CREATE TABLE "auth_user" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "last_login" datetime NULL, "date_joined" datetime NOT NULL, "joined" datetime NOT NULL);',
      'CREATE TABLE "shop_product" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "stock" integer unsigned NOT NULL, "created" datetime NOT NULL, "updated" datetime NOT NULL);',
    ].join('\n');
    expect(detectDialect(django)).toBe('sqlite');
    expect(detectDialect('CREATE TABLE t (id INT PRIMARY KEY, created DATETIME, n INT UNSIGNED)')).toBe('mysql');
    expect(detectDialect('CREATE TABLE `t` (`id` INT PRIMARY KEY, "x" DATETIME)')).toBe('mysql');
  });
});
