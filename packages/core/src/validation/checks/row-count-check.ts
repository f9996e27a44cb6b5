import type { ViolationCollector } from '../report/violation-collector.js';

/**
 * Compares the rows read with an expected count (from the manifest or the caller).
 *
 * @example
 * ```ts
 * checkRowCount(collector, 98, 100, 'manifest') // records a 'row-count' violation
 * ```
 */
export function checkRowCount(collector: ViolationCollector, rows: number, expected: number | undefined, source: 'manifest' | 'expected'): void {
  if (expected === undefined || expected === rows) return;
  const what = source === 'manifest' ? 'the manifest says' : 'expected';
  collector.add({
    rule: 'row-count', constraint: source, value: String(rows),
    message: `${collector.table} has ${rows} row(s) but ${what} ${expected}`,
  });
}
