import { keyword, type Token } from '../text/sql-lexer.js';

const OBJECT_WORDS = new Set([
  'TABLE', 'VIEW', 'INDEX', 'TRIGGER', 'PROCEDURE', 'PROC', 'FUNCTION', 'EVENT', 'SCHEMA', 'DATABASE', 'SEQUENCE',
  'TYPE', 'DOMAIN', 'EXTENSION', 'USER', 'ROLE', 'LOGIN', 'SYNONYM', 'STATISTICS', 'SERVER', 'TABLESPACE',
  'AGGREGATE', 'OPERATOR', 'POLICY', 'RULE', 'PUBLICATION', 'SUBSCRIPTION', 'COLLATION', 'CAST',
]);

/** Statements that never shape generated data when their first word is one of these. */
const NON_SHAPING_FIRST = new Set([
  'GRANT', 'REVOKE', 'SET', 'USE', 'PRAGMA', 'INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'LOCK', 'UNLOCK', 'DROP',
  'EXEC', 'EXECUTE', 'PRINT', 'DECLARE', 'BEGIN', 'COMMIT', 'ROLLBACK', 'START', 'END', 'ANALYZE', 'VACUUM',
  'OPTIMIZE', 'SELECT', 'CALL', 'TRUNCATE', 'SHOW', 'FLUSH', 'RESET', 'DO', 'CHECKPOINT', 'REINDEX', 'ATTACH',
  'DETACH', 'SAVEPOINT', 'RELEASE', 'COPY', 'COMMENT', 'VALUES', 'WITH', 'EXPLAIN', 'LOAD', 'RENAME', 'DBCC',
]);

/** Data statements: skipped without parsing (a dump's INSERTs can be most of its bytes). */
const DATA_FIRST = new Set(['INSERT', 'REPLACE', 'UPDATE', 'DELETE', 'COPY', 'LOAD', 'VALUES']);

/** Why a data statement (INSERT, COPY ...) is skipped. */
export const DATA_REASON = 'rows come from the generator, not the script';

export function isDataStatement(tokens: readonly Token[]): boolean {
  return DATA_FIRST.has(keyword(tokens[0]));
}

/** Words that may follow BEGIN/END in a transaction statement (`BEGIN DEFERRED TRANSACTION`, `END WORK`). */
const TRANSACTION_WORDS = new Set(['TRANSACTION', 'TRAN', 'WORK', 'DEFERRED', 'IMMEDIATE', 'EXCLUSIVE']);

/** Statements that are always transaction control, from their first word. */
const TRANSACTION_FIRST = new Set(['COMMIT', 'ROLLBACK', 'SAVEPOINT', 'ABORT']);

/**
 * Transaction control (`BEGIN;`, `START TRANSACTION;`, `COMMIT;`, `END;`, `ROLLBACK`, `SAVEPOINT`,
 * `RELEASE SAVEPOINT`, T-SQL `SAVE TRANSACTION`): skipped without a warning, as a script wrapped in a transaction is common
 * (Django sqlmigrate, EF Core, pg_dump). A T-SQL `BEGIN TRY` or `BEGIN ... END` block is not one.
 */
export function isTransactionControl(tokens: readonly Token[]): boolean {
  const w = tokens.filter((t) => t.kind !== 'punct' || t.text !== ';').map(keyword);
  const [first, second] = w;
  if (first === undefined) return false;
  if (TRANSACTION_FIRST.has(first)) return true;
  if (first === 'START') return second === 'TRANSACTION';
  if (first === 'SAVE') return second === 'TRAN' || second === 'TRANSACTION';
  if (first === 'RELEASE') return second === 'SAVEPOINT' || w.length === 2;
  if (first !== 'BEGIN' && first !== 'END') return false;
  const tranName = (second === 'TRAN' || second === 'TRANSACTION') && w.length === 3 && first === 'BEGIN';
  return tranName || w.slice(1).every((x) => TRANSACTION_WORDS.has(x));
}

/** Object kinds whose CREATE/ALTER may be skipped; TABLE, TYPE and DOMAIN shape data. */
const SHAPING_OBJECTS = new Set(['TABLE', 'TYPE', 'DOMAIN']);

function words(tokens: readonly Token[], n = 16): string[] {
  return tokens.slice(0, n).map(keyword);
}

/** SQLite `CREATE VIRTUAL TABLE [IF NOT EXISTS] name USING module(...)`. */
export function isVirtualTable(tokens: readonly Token[]): boolean {
  return keyword(tokens[0]) === 'CREATE' && keyword(tokens[1]) === 'VIRTUAL' && keyword(tokens[2]) === 'TABLE';
}

/** Why a virtual table is skipped, naming its module: `USING fts5`. */
export function virtualTableReason(tokens: readonly Token[]): string {
  const using = tokens.findIndex((t) => keyword(t) === 'USING');
  const module = using < 0 ? undefined : tokens[using + 1]?.text;
  return `a virtual table${module === undefined ? '' : ` (USING ${module})`} is filled by its module, not generated; it does not shape the generated data`;
}

/** `CREATE INDEX`, `ALTER TABLE`, `INSERT`, ... from a statement's leading words. */
export function statementLabel(tokens: readonly Token[]): string {
  const w = words(tokens);
  const first = w[0] || (tokens[0]?.text ?? '');
  if (first !== 'CREATE' && first !== 'ALTER' && first !== 'DROP') return first;
  if (first === 'CREATE' && isVirtualTable(tokens)) return 'CREATE VIRTUAL TABLE';
  const obj = w.slice(1).find((x) => OBJECT_WORDS.has(x));
  return obj === undefined ? first : `${first} ${obj}`;
}

/** The statement's first characters on one line, for Diagnostic.statement. */
export function statementExcerpt(text: string, start: number, end: number): string {
  const flat = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}

function hasSequence(w: readonly string[], seq: readonly string[]): boolean {
  return w.some((_, i) => seq.every((s, j) => w[i + j] === s));
}

/** ALTER TABLE forms that only toggle or annotate: DISABLE KEYS, CHECK CONSTRAINT, T-SQL ADD DEFAULT ... FOR. */
function isNonShapingAlterTable(tokens: readonly Token[]): boolean {
  const w = words(tokens, tokens.length);
  const toggles = [['DISABLE', 'KEYS'], ['ENABLE', 'KEYS'], ['ENABLE', 'TRIGGER'], ['DISABLE', 'TRIGGER'], ['NOCHECK', 'CONSTRAINT']];
  if (toggles.some((s) => hasSequence(w, s))) return true;
  const checkAt = w.findIndex((x, i) => x === 'CHECK' && w[i + 1] === 'CONSTRAINT');
  if (checkAt > 0 && !w.slice(0, checkAt).includes('ADD')) return true;
  const addAt = w.indexOf('ADD');
  return addAt > 0 && (w[addAt + 1] === 'DEFAULT' || (w[addAt + 1] === 'CONSTRAINT' && w[addAt + 3] === 'DEFAULT'));
}

/** A CREATE/ALTER of a table, type or domain anywhere in the statement (inside a T-SQL IF block). */
export function createsShapingObject(tokens: readonly Token[]): boolean {
  return tokens.some((t, k) => {
    const verb = keyword(t);
    if (verb !== 'CREATE' && verb !== 'ALTER') return false;
    const obj = tokens.slice(k + 1, k + 4).map(keyword).find((x) => OBJECT_WORDS.has(x));
    return obj !== undefined && SHAPING_OBJECTS.has(obj);
  });
}

/**
 * True when a statement the parser rejected can be skipped because it cannot shape data
 * (a trigger, procedure, view, grant, index, data load ...). Decided from its leading words
 * only; a rejected CREATE TABLE/TYPE/DOMAIN or structural ALTER TABLE is a syntax error, and
 * so is a T-SQL `IF ... BEGIN ... END` block holding one (Chinook's `IF EXISTS (...) BEGIN
 * ALTER DATABASE ...; DROP DATABASE ...; END` header is skipped).
 */
export function isSkippableUnparsed(tokens: readonly Token[]): boolean {
  const label = statementLabel(tokens);
  const [first, obj] = label.split(' ');
  if (first === undefined || NON_SHAPING_FIRST.has(first) || isTransactionControl(tokens)) return true;
  if (first === 'IF') return !createsShapingObject(tokens);
  if (isVirtualTable(tokens)) return true;
  if (first !== 'CREATE' && first !== 'ALTER') return false;
  if (obj === 'TABLE') return first === 'ALTER' && isNonShapingAlterTable(tokens);
  return obj !== undefined && !SHAPING_OBJECTS.has(obj);
}
