/**
 * A deliberately small reader for the simple MySQL DDL of the shared fixtures (one column per
 * line, `CREATE TABLE name (` ... `);`). The acceptance suites use it to know, independently of
 * Rowforge's own parser, which tables and column types a fixture declares.
 */
import { readFileSync } from 'node:fs';

export interface DdlColumn {
  readonly name: string;
  /** Upper-case base type, e.g. VARCHAR, INT, DECIMAL, ENUM, BOOLEAN. */
  readonly type: string;
  /** n of VARCHAR(n)/CHAR(n). */
  readonly length?: number;
  readonly notNull: boolean;
  /** ENUM values. */
  readonly values?: readonly string[];
}

export interface DdlTable {
  readonly name: string;
  readonly columns: readonly DdlColumn[];
}

const NOT_COLUMNS = /^(PRIMARY|FOREIGN|UNIQUE|CONSTRAINT|CHECK|KEY|INDEX)\b/i;

function parseColumn(line: string): DdlColumn | undefined {
  const m = /^`?(\w+)`?\s+([A-Za-z]+)\s*(?:\(([^)]*)\))?(.*)$/.exec(line.trim().replace(/,$/, ''));
  if (!m || NOT_COLUMNS.test(line.trim())) return undefined;
  const [, name, rawType, args, rest] = m as unknown as [string, string, string, string | undefined, string];
  const type = rawType.toUpperCase();
  const values = type === 'ENUM' && args ? [...args.matchAll(/'((?:[^']|'')*)'/g)].map((v) => (v[1] ?? '').replace(/''/g, "'")) : undefined;
  const length = (type === 'VARCHAR' || type === 'CHAR') && args ? Number(args) : undefined;
  return { name, type, notNull: /\bNOT\s+NULL\b|\bPRIMARY\s+KEY\b/i.test(rest), ...(length ? { length } : {}), ...(values ? { values } : {}) };
}

export function parseSimpleMysqlDdl(text: string): DdlTable[] {
  const tables: DdlTable[] = [];
  const re = /CREATE\s+TABLE\s+`?(\w+)`?\s*\(([\s\S]*?)\n\s*\)\s*;/gi;
  for (const m of text.matchAll(re)) {
    const body = m[2] ?? '';
    const columns = body.split('\n').map(parseColumn).filter((c): c is DdlColumn => c !== undefined);
    tables.push({ name: m[1] ?? '', columns });
  }
  return tables;
}

export function readSimpleMysqlDdl(file: string): DdlTable[] {
  return parseSimpleMysqlDdl(readFileSync(file, 'utf8'));
}

/** Number of FOREIGN KEY constraints (one REFERENCES per FK in these files). */
export function countReferences(text: string): number {
  return text.match(/\bREFERENCES\b/gi)?.length ?? 0;
}

/** Number of CHECK constraints. */
export function countChecks(text: string): number {
  return text.match(/\bCHECK\s*\(/gi)?.length ?? 0;
}
