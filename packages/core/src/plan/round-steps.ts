import type { Table } from '../schema/index.js';
import { findColumn } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';

/** Whether a column's values fall on round minutes: a timestamp or time with `minuteStep`, or an `after` in whole steps. */
function onRoundMinutes(spec: ColumnSpec | undefined): boolean {
  if (spec?.generator === 'timestamp' || spec?.generator === 'time') return spec.minuteStep !== undefined;
  return spec?.generator === 'after' && spec.step !== undefined;
}

/**
 * Drops the `step` of an `after` whose start does not fall on round minutes after all (a CHECK
 * made the appointment's `starts_at` follow `created_at`, to the second): an end in quarter
 * hours after such a start is not on quarter hours either, and reads as if it were.
 */
export function dropUnroundSteps(table: Table, columns: Record<string, ColumnSpec>): void {
  for (const [name, spec] of Object.entries(columns)) {
    if (spec.generator !== 'after' || spec.step === undefined) continue;
    const start = findColumn(table, spec.column)?.name ?? spec.column;
    if (onRoundMinutes(columns[start])) continue;
    const { step: _dropped, ...rest } = spec;
    columns[name] = rest;
  }
}
