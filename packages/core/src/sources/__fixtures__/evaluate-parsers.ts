/**
 * Parser evaluation behind docs/decisions/0002-ddl-parsers.md: node-sql-parser vs
 * @guanmingchiu/sqlparser-ts on the DDL corpus (shared fixtures + this folder), for the
 * MySQL, SQLite and SQL Server dialects. Prints Markdown tables.
 *
 *   npx tsx packages/core/src/sources/__fixtures__/evaluate-parsers.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { init, parse } from '@guanmingchiu/sqlparser-ts';
import NodeSqlParser from 'node-sql-parser';
import type { Dialect } from '../../schema/index.js';
import { normalizeStatement } from '../ddl/sqlparser/normalize-statement.js';
import { splitStatements } from '../text/split-statements.js';
import { PROBES } from './parser-probes.js';

type Side = 'sqlparser-ts' | 'node-sql-parser';
const NSP_DB: Record<Dialect, string> = { mysql: 'MySQL', sqlite: 'Sqlite', mssql: 'TransactSQL', postgres: 'PostgresQL' };
const RS_DB: Record<Dialect, 'mysql' | 'sqlite' | 'mssql' | 'postgresql'> = { mysql: 'mysql', sqlite: 'sqlite', mssql: 'mssql', postgres: 'postgresql' };

const CORPUS: readonly [string, Dialect][] = [
  ['/work/shared/fixtures/ddl/company_employee.ddl', 'mysql'],
  ['/work/shared/fixtures/ddl/library_mgm.ddl', 'mysql'],
  ['/work/shared/fixtures/ddl/restaurants.ddl', 'mysql'],
  [new URL('./mysql-features.sql', import.meta.url).pathname, 'mysql'],
  [new URL('./sqlite-features.sql', import.meta.url).pathname, 'sqlite'],
  [new URL('./mssql-features.sql', import.meta.url).pathname, 'mssql'],
];

function astify(side: Side, sql: string, dialect: Dialect): unknown {
  if (side === 'sqlparser-ts') return parse(sql, RS_DB[dialect]);
  return new NodeSqlParser.Parser().astify(sql, { database: NSP_DB[dialect] });
}

function tryParse(side: Side, sql: string, dialect: Dialect): { ok: boolean; json: string } {
  try {
    return { ok: true, json: JSON.stringify(astify(side, sql, dialect)) };
  } catch (e) {
    return { ok: false, json: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) };
  }
}

const REPO_CORPUS = new URL('../../../../../tests/corpus/', import.meta.url).pathname;
const PREFIX: Record<Dialect, string> = { mysql: 'mysql-', sqlite: 'sqlite-', mssql: 'mssql-', postgres: 'pg-' };

/** The repository's test corpus (tests/corpus), one row per dialect. */
function repoCorpus(dialect: Dialect): { label: string; text: string } {
  const files = readdirSync(REPO_CORPUS).filter((f) => f.startsWith(PREFIX[dialect]) && f.endsWith('.sql'));
  const text = files.map((f) => `${readFileSync(REPO_CORPUS + f, 'utf8')}\n${dialect === 'mssql' ? 'GO' : ';'}\n`).join('');
  return { label: `tests/corpus/${PREFIX[dialect]}*.sql (${files.length} files)`, text };
}

function corpusRow(file: string, dialect: Dialect, whole?: { label: string; text: string }): string {
  const text = whole?.text ?? readFileSync(file, 'utf8');
  const slices = splitStatements(text, dialect);
  const sides = ['sqlparser-ts', 'normalized', 'node-sql-parser'] as const;
  const cells = sides.map((side) => {
    const sql = (s: (typeof slices)[number]): string => (side === 'normalized' ? normalizeStatement(text, s, dialect) : text.slice(s.start, s.end));
    const failed = slices.filter((s) => !tryParse(side === 'normalized' ? 'sqlparser-ts' : side, sql(s), dialect).ok);
    const names = failed.map((s) => s.tokens.slice(0, 3).map((t) => t.text).join(' ')).join('; ');
    return `${slices.length - failed.length}/${slices.length}${names ? ` (fails: ${names})` : ''}`;
  });
  return `| ${whole?.label ?? file.split('/').pop() ?? file} | ${dialect} | ${cells.join(' | ')} |`;
}

function normalized(sql: string, dialect: Dialect): string {
  const slice = splitStatements(sql, dialect)[0];
  return slice ? normalizeStatement(sql, slice, dialect) : sql;
}

function probeRow(p: (typeof PROBES)[number]): string {
  const cells = (['sqlparser-ts', 'normalized', 'node-sql-parser'] as const).map((side) => {
    const r = side === 'normalized' ? tryParse('sqlparser-ts', normalized(p.sql, p.dialect), p.dialect) : tryParse(side, p.sql, p.dialect);
    if (!r.ok) return 'ERR';
    const needle = side === 'node-sql-parser' ? p.nsp : p.rs;
    return needle === undefined || r.json.includes(needle) ? 'ok' : 'parses, not exposed';
  });
  return `| ${p.dialect} | ${p.name} | ${cells.join(' | ')} |`;
}

await init();
console.log('| file | dialect | sqlparser-ts | sqlparser-ts after the pre-processor | node-sql-parser |');
console.log('|---|---|---|---|---|');
for (const [file, dialect] of CORPUS) console.log(corpusRow(file, dialect));
for (const dialect of ['mysql', 'sqlite', 'mssql'] as const) console.log(corpusRow('', dialect, repoCorpus(dialect)));
console.log('\n| dialect | feature | sqlparser-ts | sqlparser-ts after the pre-processor | node-sql-parser |');
console.log('|---|---|---|---|---|');
for (const p of PROBES) console.log(probeRow(p));
