import type { Column } from '../schema/index.js';
import { baseType } from '../schema/index.js';
import { daysFromIso, isoFromDays } from '../util/index.js';
import type { ColumnSpec } from './column-spec.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** The window of ISO dates a text column gets, ending (or starting) at the date it is compared with. */
const WINDOW_DAYS = 5 * 365;

/**
 * A spec for a text column a CHECK compares with an ISO date (SQLite's dates as TEXT:
 * `day TEXT CHECK (day <= date('now'))`, `d TEXT CHECK (d >= '2020-01-01')`): dates, which
 * compare with the literal as text the same way, in the five years before it, or after it for a
 * lower bound (`side: 'after'`; the CHECK's bounds then cut them); sentences had failed every row. Undefined for other columns, generators
 * other than sentences, and literals that are no date.
 *
 * @example
 * ```ts
 * isoDatesForText(dayColumn, { generator: 'text', kind: 'sentence' }, '2026-01-01') // { generator: 'date', from: '2021-01-02', to: '2026-01-01' }
 * ```
 */
export function isoDatesForText(column: Column, spec: ColumnSpec, literal: number | string, side: 'before' | 'after' = 'before'): ColumnSpec | undefined {
  if (spec.generator !== 'text' || typeof literal !== 'string' || !ISO_DATE.test(literal) || baseType(column.type).kind !== 'string') return undefined;
  const day = daysFromIso(literal.slice(0, 10));
  if (Number.isNaN(day)) return undefined;
  const [from, to] = side === 'after' ? [day, day + WINDOW_DAYS] : [day - WINDOW_DAYS, day];
  return { generator: 'date', from: isoFromDays(from), to: isoFromDays(to), ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}), ...(spec.unique === true ? { unique: true } : {}) };
}
