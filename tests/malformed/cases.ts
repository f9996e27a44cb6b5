/**
 * The malformed-input index: each case is a bad input (a file in this folder, or a bad command
 * line) with the exit code and message the CLI must give. malformed.test.ts runs every case;
 * ddl-claims.test.ts checks each DDL file against its real database (`realDb`).
 *
 * Exit codes (packages/core/src/errors/error-codes.ts): 2 usage, 3 input, 4 generation, 5 output.
 * Positions are 1-based line:column of the offending token, computed by hand and confirmed
 * with PostgreSQL's error position where PostgreSQL can parse the file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fixturesDir, malformedDir } from '../support/paths.js';
import { addPlanTableCopy, patchPlanColumn, renamePlanColumn } from '../support/plan-edit.js';
import { printPlan } from '../support/rowforge.js';

export type CaseDialect = 'postgres' | 'mysql' | 'sqlite' | 'mssql' | 'json';
export type Expectation = string | RegExp;

export interface CaseContext {
  /** A fresh, not-yet-existing output path inside `tempDir`; nothing may be left there. */
  readonly out: string;
  /** A fresh temporary directory owned by this case. */
  readonly tempDir: string;
}

export interface MalformedCase {
  readonly name: string;
  /** A file in tests/malformed. Without `args`, the test runs
   * `generate FILE --dialect DIALECT --rows ROWS --seed 1 --format csv --target postgres --out OUT`. */
  readonly file?: string;
  readonly dialect?: CaseDialect;
  readonly rows?: number;
  /** The whole argument list after `rowforge`, for cases that are not a plain generate of `file`. */
  readonly args?: (ctx: CaseContext) => string[] | Promise<string[]>;
  readonly expectCode: number;
  /** Every pattern must occur in stderr (a string matches literally; `{out}` stands for the case's --out path). */
  readonly expectInMessage: Expectation | readonly Expectation[];
  /** For syntax errors: the offending token's 1-based position (also checked against the real database). */
  readonly position?: { readonly line: number; readonly column: number };
  /** What the real database does with the file as written (checked by ddl-claims.test.ts). */
  readonly realDb?: 'rejects' | 'accepts';
  /** An existing, non-empty --out directory the CLI must leave exactly as it was. */
  readonly outPreexists?: boolean;
}

export function malformedPath(file: string): string {
  return path.join(malformedDir, file);
}

const restaurants = path.join(fixturesDir, 'restaurants.ddl');

/** Prints the restaurants plan, edits it, writes it to tempDir/plan.json and returns its path. */
async function editedPlan(ctx: CaseContext, edit: (plan: unknown) => void): Promise<string> {
  const plan = await printPlan(restaurants, ['--rows', '20', '--seed', '1']);
  edit(plan);
  const file = path.join(ctx.tempDir, 'plan.json');
  writeFileSync(file, JSON.stringify(plan, null, 2));
  return file;
}

const gen = (ctx: CaseContext, ...extra: string[]): string[] =>
  ['generate', restaurants, '--dialect', 'mysql', '--rows', '20', '--seed', '1', '--format', 'csv', '--target', 'postgres', '--out', ctx.out, ...extra];

/** A `FILE:line:column` pattern; the file may be named by its full path or its base name. */
export const at = (file: string, line: number, column: number): RegExp => new RegExp(`${file.replace(/\./g, '\\.')}:${line}:${column}\\b`);

/** A syntax-error case: exit 3 and `FILE:line:column` of the offending token in the message. */
const syntax = (name: string, file: string, dialect: CaseDialect, line: number, column: number, realDb?: 'rejects'): MalformedCase =>
  ({ name, file, dialect, expectCode: 3, expectInMessage: at(file, line, column), position: { line, column }, ...(realDb ? { realDb } : {}) });

export const CASES: readonly MalformedCase[] = [
  // ── syntax errors, one position each ────────────────────────────────────────────────
  syntax('PostgreSQL: misspelt keyword CREATE TABLEE', 'pg-syntax-tablee.sql', 'postgres', 3, 8, 'rejects'),
  syntax('PostgreSQL: missing comma between columns', 'pg-syntax-missing-comma.sql', 'postgres', 4, 5, 'rejects'),
  syntax('PostgreSQL: numeric(10,,2)', 'pg-syntax-bad-numeric.sql', 'postgres', 3, 23, 'rejects'),
  syntax('PostgreSQL: error in the second statement is reported at its file position', 'pg-syntax-second-statement.sql', 'postgres', 7, 46, 'rejects'),
  syntax('MySQL: misspelt keyword CREATE TABEL', 'mysql-syntax-tabel.sql', 'mysql', 2, 8, 'rejects'),
  syntax('MySQL: missing comma between columns', 'mysql-syntax-missing-comma.sql', 'mysql', 4, 3, 'rejects'),
  syntax('MySQL: DEFAULT without a value', 'mysql-syntax-empty-default.sql', 'mysql', 3, 39, 'rejects'),
  syntax('SQLite: trailing comma before )', 'sqlite-syntax-trailing-comma.sql', 'sqlite', 4, 1, 'rejects'),
  syntax('SQLite: CHECK without parentheses', 'sqlite-syntax-bad-check.sql', 'sqlite', 3, 23, 'rejects'),
  syntax('SQL Server: missing comma between columns', 'mssql-syntax-missing-comma.sql', 'mssql', 3, 5),
  syntax('SQL Server: IDENTITY(1,1 without its )', 'mssql-syntax-bad-identity.sql', 'mssql', 2, 31),
  syntax('JSON schema: trailing comma (syntax error reported as line:column)', 'schema-broken.json', 'json', 5, 1),

  // ── schemas that parse but cannot be generated ───────────────────────────────────────
  { name: 'FK to a missing table', file: 'fk-missing-table.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['orders', 'clients'], realDb: 'rejects' },
  { name: 'FK to a missing column', file: 'fk-missing-column.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['customers', 'customer_no'], realDb: 'rejects' },
  { name: 'FK type mismatch (INT → VARCHAR)', file: 'fk-type-mismatch.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['orders', 'customer_code'], realDb: 'rejects' },
  { name: 'FK to a column that is neither PRIMARY KEY nor UNIQUE', file: 'fk-not-unique.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['subscriptions', 'customers', 'email'], realDb: 'rejects' },
  { name: 'FK with two columns referencing one', file: 'fk-arity.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['children'], realDb: 'rejects' },
  { name: 'ALTER TABLE on a table never created', file: 'alter-unknown-table.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['ledger_entries'], realDb: 'rejects' },
  { name: 'CREATE UNIQUE INDEX on a table never created', file: 'unique-index-unknown-table.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['ledger_entries', at('unique-index-unknown-table.sql', 6, 39)], realDb: 'rejects' },
  { name: 'CHECK no value satisfies (x > 10 AND x < 5)', file: 'check-unsatisfiable.sql', dialect: 'postgres', expectCode: 3, expectInMessage: [/gauges/], realDb: 'accepts' },
  { name: 'CHECK BETWEEN with reversed bounds', file: 'check-unsatisfiable-between.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['shelves'], realDb: 'accepts' },
  { name: 'domain CHECK no value satisfies, on a NOT NULL column', file: 'pg-domain-unsatisfiable.sql', dialect: 'postgres', expectCode: 3, expectInMessage: [/windows|tiny_window/], realDb: 'accepts' },
  { name: 'UNIQUE NOT NULL boolean with --rows 10 (only 2 values)', file: 'unique-boolean.sql', dialect: 'postgres', rows: 10, expectCode: 3, expectInMessage: ['feature_toggles', 'enabled'], realDb: 'accepts' },
  { name: 'UNIQUE NOT NULL 3-value ENUM with --rows 10', file: 'unique-enum-capacity.sql', dialect: 'mysql', rows: 10, expectCode: 3, expectInMessage: ['shirt_sizes'], realDb: 'accepts' },
  { name: 'PRIMARY KEY limited by CHECK to 100 values with --rows 200', file: 'pk-check-capacity.sql', dialect: 'sqlite', rows: 200, expectCode: 3, expectInMessage: ['tickets'], realDb: 'accepts' },
  { name: 'empty enum (PG CREATE TYPE e AS ENUM ())', file: 'pg-empty-enum.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['people', /feeling|mood/], realDb: 'accepts' },
  { name: 'duplicate table', file: 'duplicate-table.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['invoices'], realDb: 'rejects' },
  { name: 'duplicate column', file: 'duplicate-column.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['subscribers', 'email'], realDb: 'rejects' },
  { name: 'PRIMARY KEY on an unknown column', file: 'pk-unknown-column.sql', dialect: 'sqlite', expectCode: 3, expectInMessage: ['order_lines', 'line_id'], realDb: 'rejects' },
  { name: 'unknown column type', file: 'unknown-type.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['moneybags'], realDb: 'rejects' },
  { name: 'empty DDL file', file: 'empty.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['empty.sql'], realDb: 'accepts' },
  { name: 'DDL file with only comments', file: 'comments-only.sql', dialect: 'postgres', expectCode: 3, expectInMessage: ['comments-only.sql'], realDb: 'accepts' },
  { name: 'DDL with only skipped statements (no CREATE TABLE)', file: 'only-skipped-statements.sql', dialect: 'mysql', expectCode: 3, expectInMessage: ['only-skipped-statements.sql'] },
  { name: 'JSON schema that breaks the schema format (column without type)', file: 'schema-invalid.json', dialect: 'json', expectCode: 3, expectInMessage: [/tables\.0\.columns\.0/] },

  // ── plans that contradict the schema ─────────────────────────────────────────────────
  {
    name: 'plan file that is not JSON', file: 'plan-broken.json', expectCode: 3, expectInMessage: ['plan-broken.json'],
    args: (ctx) => gen(ctx, '--plan', malformedPath('plan-broken.json')).filter((a, i, all) => !(a === '--rows' || all[i - 1] === '--rows')),
  },
  {
    name: 'plan naming a table the schema lacks', expectCode: 3, expectInMessage: ['NoSuchTable'],
    args: async (ctx) => ['generate', restaurants, '--dialect', 'mysql', '--format', 'csv', '--target', 'postgres', '--out', ctx.out,
      '--plan', await editedPlan(ctx, (p) => addPlanTableCopy(p, 'Orders', 'NoSuchTable'))],
  },
  {
    name: 'plan naming a column the schema lacks', expectCode: 3, expectInMessage: ['pay_with_coins'],
    args: async (ctx) => ['generate', restaurants, '--dialect', 'mysql', '--format', 'csv', '--target', 'postgres', '--out', ctx.out,
      '--plan', await editedPlan(ctx, (p) => renamePlanColumn(p, 'Orders', 'payment_method', 'pay_with_coins'))],
  },
  {
    name: 'plan giving an INT column a generator for another type', expectCode: 3, expectInMessage: ['rating'],
    args: async (ctx) => ['generate', restaurants, '--dialect', 'mysql', '--format', 'csv', '--target', 'postgres', '--out', ctx.out,
      '--plan', await editedPlan(ctx, (p) => patchPlanColumn(p, 'Reviews', 'rating', { generator: 'email' }))],
  },

  // ── command-line mistakes (usage, exit 2) ────────────────────────────────────────────
  { name: 'unknown flag', expectCode: 2, expectInMessage: ['--frobnicate'], args: (ctx) => gen(ctx, '--frobnicate') },
  { name: 'unknown command', expectCode: 2, expectInMessage: ['frobnicate'], args: () => ['frobnicate', restaurants] },
  { name: 'generate without a schema', expectCode: 2, expectInMessage: [/schema/i], args: (ctx) => ['generate', '--out', ctx.out] },
  { name: '--rows -5', expectCode: 2, expectInMessage: ['--rows', '-5'], args: (ctx) => gen(ctx).map((a) => (a === '20' ? '-5' : a)) },
  { name: '--rows abc', expectCode: 2, expectInMessage: ['--rows', 'abc'], args: (ctx) => gen(ctx).map((a) => (a === '20' ? 'abc' : a)) },
  { name: '--format xml', expectCode: 2, expectInMessage: ['xml'], args: (ctx) => gen(ctx).map((a) => (a === 'csv' ? 'xml' : a)) },
  { name: '--target oracle', expectCode: 2, expectInMessage: ['oracle'], args: (ctx) => gen(ctx).map((a) => (a === 'postgres' ? 'oracle' : a)) },
  // A well-formed flag value naming a table the schema lacks contradicts the schema: input, exit 3.
  { name: '--rows-for NoSuchTable=5', expectCode: 3, expectInMessage: ['NoSuchTable'], args: (ctx) => gen(ctx, '--rows-for', 'NoSuchTable=5') },
  { name: '--rows-for Orders=many', expectCode: 2, expectInMessage: ['Orders=many'], args: (ctx) => gen(ctx, '--rows-for', 'Orders=many') },

  // ── files that are missing or cannot be written ──────────────────────────────────────
  {
    name: 'missing schema file', expectCode: 3, expectInMessage: ['does-not-exist.sql'],
    args: (ctx) => ['generate', malformedPath('does-not-exist.sql'), '--rows', '5', '--out', ctx.out],
  },
  {
    name: 'validate a directory that does not exist', expectCode: 3, expectInMessage: ['no-such-output'],
    args: (ctx) => ['validate', path.join(ctx.tempDir, 'no-such-output'), '--schema', restaurants],
  },
  {
    name: 'plan of a schema with an FK to a missing table', expectCode: 3, expectInMessage: ['clients'],
    args: () => ['plan', malformedPath('fk-missing-table.sql')],
  },
  {
    name: 'inspect a schema that declares a table twice', expectCode: 3, expectInMessage: ['invoices'],
    args: () => ['inspect', malformedPath('duplicate-table.sql')],
  },
  {
    name: '--out under /proc (not writable, even for root)', expectCode: 5, expectInMessage: ['/proc/rowforge-x'],
    args: (ctx) => gen(ctx).map((a) => (a === ctx.out ? '/proc/rowforge-x' : a)),
  },
  {
    name: '--out whose parent is a regular file', expectCode: 5, expectInMessage: ['a-regular-file'],
    args: (ctx) => {
      const file = path.join(ctx.tempDir, 'a-regular-file');
      writeFileSync(file, 'not a directory\n');
      return gen(ctx).map((a) => (a === ctx.out ? path.join(file, 'out') : a));
    },
  },
  {
    name: '--out is an existing non-empty directory and --overwrite is not given', expectCode: 5, expectInMessage: ['{out}'], outPreexists: true,
    args: (ctx) => {
      mkdirSync(ctx.out);
      writeFileSync(path.join(ctx.out, 'keep-me.txt'), 'precious\n');
      return gen(ctx);
    },
  },
];
