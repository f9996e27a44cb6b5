import type { ForeignKeyReport, TableReport, ValidationReport, Violation } from './validation-report.js';

const MAX_LINES_PER_TABLE = 8;

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
}

function violationLine(v: Violation): string {
  const what = [v.rule, v.constraint, v.column && v.column !== v.constraint ? `[${v.column}]` : undefined].filter(Boolean).join(' ');
  return `  ✗ ${what}${v.count > 1 ? ` ×${v.count.toLocaleString('en-US')}` : ''}: ${v.message}`;
}

function tableLines(t: TableReport): string[] {
  const count = t.violations.reduce((n, v) => n + v.count, 0);
  const expected = t.expectedRows === undefined ? '' : ` (expected ${t.expectedRows.toLocaleString('en-US')})`;
  const file = t.file ? ` [${t.file}]` : '';
  const head = `${t.table}${file}: ${plural(t.rows, 'row')}${expected} — ${count === 0 ? 'ok' : plural(count, 'violation')}`;
  const lines = t.violations.slice(0, MAX_LINES_PER_TABLE).map(violationLine);
  if (t.violations.length > MAX_LINES_PER_TABLE) lines.push(`  … ${t.violations.length - MAX_LINES_PER_TABLE} more kinds of violation`);
  return [head, ...lines];
}

function fkLine(f: ForeignKeyReport): string {
  const orphans = f.orphans === 0 ? 'no orphans' : plural(f.orphans, 'orphan');
  return `  ${f.table}(${f.columns.join(', ')}) → ${f.refTable}(${f.refColumns.join(', ')}): ${orphans}, ${f.coverage}% of parent rows referenced`;
}

/**
 * Renders a report as readable text: a verdict, a line per table with its violations
 * (first example each), foreign-key coverage and warnings.
 *
 * @example
 * ```ts
 * console.log(renderSummary(await validateDirectory('./out', schema)))
 * // ✓ valid: 3 tables, 1,200 rows, no violations
 * // users [users.csv]: 200 rows (expected 200) — ok
 * ```
 */
export function renderSummary(report: ValidationReport): string {
  const rows = report.tables.reduce((n, t) => n + t.rows, 0);
  const bad = report.tables.filter((t) => t.violations.length > 0).length;
  const verdict = report.ok
    ? `✓ valid: ${plural(report.tables.length, 'table')}, ${plural(rows, 'row')}, no violations`
    : `✗ invalid: ${plural(report.violationCount, 'violation')} in ${bad} of ${plural(report.tables.length, 'table')}`;
  const lines = [verdict, ...report.tables.flatMap(tableLines)];
  if (report.foreignKeys.length > 0) lines.push('foreign keys:', ...report.foreignKeys.map(fkLine));
  if (report.warnings.length > 0) lines.push('warnings:', ...report.warnings.map((w) => `  - ${w}`));
  return lines.join('\n');
}
