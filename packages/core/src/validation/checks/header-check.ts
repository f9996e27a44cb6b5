import type { Table } from '../../schema/index.js';
import type { Finding } from '../report/violation-collector.js';

/** How a file's columns map onto the schema's. */
export interface HeaderAlignment {
  /** For each schema column, the index of its field in the file, or -1 when missing. */
  readonly mapping: readonly number[];
  readonly findings: readonly Finding[];
}

function locate(names: readonly string[], column: string): number {
  const exact = names.indexOf(column);
  return exact >= 0 ? exact : names.findIndex((n) => n.toLowerCase() === column.toLowerCase());
}

function duplicates(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n) ? true : (seen.add(n), false)));
}

function finding(message: string, column?: string): Finding {
  return { rule: 'header', constraint: 'header', ...(column === undefined ? {} : { column }), message, line: 1 };
}

/**
 * Compares a CSV header with the schema's columns: same names, same order. Columns are
 * still matched by name (case-insensitive as a fallback) so the rest of the file can
 * be checked; missing columns are skipped, extra ones ignored.
 *
 * @example
 * ```ts
 * alignHeader(table, ['name', 'id']).findings[0].message
 * // 'header columns are out of order: expected id, name; found name, id'
 * ```
 */
export function alignHeader(table: Table, names: readonly string[]): HeaderAlignment {
  const expected = table.columns.map((c) => c.name);
  const mapping = expected.map((c) => locate(names, c));
  const findings: Finding[] = [];
  for (const d of new Set(duplicates(names))) findings.push(finding(`header names column "${d}" more than once`, d));
  expected.forEach((c, i) => { if (mapping[i] === -1) findings.push(finding(`header has no column "${c}"; its checks are skipped`, c)); });
  const extra = names.filter((n) => !expected.some((_, i) => names[mapping[i]!] === n));
  if (extra.length > 0) findings.push(finding(`header has column(s) not in the schema: ${extra.join(', ')}`));
  const inOrder = names.length === expected.length && names.every((n, i) => n === expected[i]);
  if (!inOrder && findings.length === 0) {
    findings.push(finding(`header columns are out of order or differ in case: expected ${expected.join(', ')}; found ${names.join(', ')}`));
  }
  return { mapping, findings };
}
