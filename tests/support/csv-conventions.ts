/**
 * The CSV conventions of the generate contract, checked cell by cell against the column types a
 * fixture declares: booleans as the target expects (postgres true/false, mysql/sqlite 1/0), ISO
 * dates, plain decimals within their scale, enum values from the list, NOT NULL never empty.
 */
import { readCsv, type CsvTable } from './csv.js';
import { tableFile, type Manifest } from './manifest.js';
import type { DdlColumn, DdlTable } from './mysql-ddl.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
const INT = /^-?\d+$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function booleanForms(target: string): readonly string[] {
  return target === 'postgres' ? ['true', 'false'] : ['1', '0'];
}

function cellProblem(col: DdlColumn, v: string, target: string): string | undefined {
  switch (col.type) {
    case 'BOOLEAN': case 'BOOL':
      return booleanForms(target).includes(v) ? undefined : `boolean "${v}" (expected ${booleanForms(target).join('/')})`;
    case 'DATE': return DATE.test(v) ? undefined : `date "${v}" is not YYYY-MM-DD`;
    case 'DATETIME': case 'TIMESTAMP': return DATETIME.test(v) ? undefined : `datetime "${v}" is not ISO YYYY-MM-DD HH:MM:SS`;
    case 'INT': case 'INTEGER': case 'BIGINT': case 'SMALLINT': return INT.test(v) ? undefined : `integer "${v}"`;
    case 'DECIMAL': return DECIMAL.test(v) ? undefined : `decimal "${v}" (no exponent, no thousands separator)`;
    case 'ENUM': return col.values?.includes(v) ? undefined : `enum value "${v}" not in (${(col.values ?? []).join(', ')})`;
    default: return undefined;
  }
}

/** Up to `limit` human-readable convention problems across every table of a CSV output. */
export function csvConventionProblems(dir: string, m: Manifest, ddl: readonly DdlTable[], limit = 20): string[] {
  const problems: string[] = [];
  for (const t of ddl) {
    const entry = m.tables.find((x) => x.name.toLowerCase() === t.name.toLowerCase());
    if (!entry) { problems.push(`table ${t.name} missing from manifest`); continue; }
    const csv: CsvTable = readCsv(tableFile(dir, entry));
    for (const col of t.columns) {
      const k = csv.header.findIndex((h) => h.toLowerCase() === col.name.toLowerCase());
      if (k < 0) { problems.push(`${t.name}.csv has no column ${col.name}`); continue; }
      csv.rows.forEach((row, r) => {
        const v = row[k] ?? null;
        const p = v === null ? (col.notNull ? 'NULL in a NOT NULL column' : undefined) : cellProblem(col, v, m.target);
        if (p && problems.length < limit) problems.push(`${t.name}.${col.name} row ${r + 1}: ${p}`);
      });
    }
  }
  return problems;
}
