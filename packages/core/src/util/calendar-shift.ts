import { civilFromDays, daysFromCivil, MS_PER_DAY } from './civil-date.js';
import { intervalParts } from './interval-text.js';

/** A unit a date or timestamp is moved by: months (and years, quarters) by the calendar, the rest by milliseconds. */
export type ShiftUnit = { readonly months: number } | { readonly ms: number };

const UNITS: Readonly<Record<string, ShiftUnit>> = {
  year: { months: 12 }, quarter: { months: 3 }, month: { months: 1 }, mon: { months: 1 },
  week: { ms: 7 * MS_PER_DAY }, day: { ms: MS_PER_DAY }, hour: { ms: 3_600_000 }, minute: { ms: 60_000 }, min: { ms: 60_000 },
  second: { ms: 1000 }, sec: { ms: 1000 }, millisecond: { ms: 1 },
};

/** SQL Server's DATEADD abbreviations (`yy`, `mm`, `dd`, …) of the units above. */
const DATEPARTS: Readonly<Record<string, string>> = {
  yy: 'year', yyyy: 'year', qq: 'quarter', q: 'quarter', mm: 'month', m: 'month', wk: 'week', ww: 'week',
  dd: 'day', d: 'day', dy: 'day', y: 'day', dayofyear: 'day', weekday: 'day', dw: 'day', hh: 'hour',
  mi: 'minute', n: 'minute', ss: 'second', s: 'second', ms: 'millisecond',
};

/**
 * The unit a name stands for: a DATEADD datepart (`YEAR`, `yy`, `dd`) or an interval's word
 * (`years`, `mons`, `days`); undefined for anything else.
 *
 * @example
 * ```ts
 * shiftUnit('yyyy') // { months: 12 }
 * ```
 */
export function shiftUnit(name: string): ShiftUnit | undefined {
  const w = name.trim().toLowerCase();
  return UNITS[w] ?? UNITS[DATEPARTS[w] ?? ''] ?? UNITS[w.replace(/s$/, '')];
}

function addMonths(ms: number, months: number): number {
  const days = Math.floor(ms / MS_PER_DAY);
  const [y, m, d] = civilFromDays(days);
  const total = y * 12 + (m - 1) + months;
  const [ny, nm] = [Math.floor(total / 12), (((total % 12) + 12) % 12) + 1];
  const last = daysFromCivil(nm === 12 ? ny + 1 : ny, nm === 12 ? 1 : nm + 1, 1) - daysFromCivil(ny, nm, 1);
  return daysFromCivil(ny, nm, Math.min(d, last)) * MS_PER_DAY + (ms - days * MS_PER_DAY);
}

/**
 * Epoch milliseconds moved by `n` of a unit, as DATEADD and PostgreSQL intervals do: months by
 * the calendar, keeping the day where the month has it (Jan 31 + 1 month = Feb 28 or 29).
 *
 * @example
 * ```ts
 * shiftMs(0, { months: 12 }, -18) // 1952-01-01 in epoch ms
 * ```
 */
export function shiftMs(ms: number, unit: ShiftUnit, n: number): number {
  return 'months' in unit ? addMonths(ms, Math.trunc(n * unit.months)) : ms + n * unit.ms;
}

/**
 * Epoch milliseconds moved by an interval written as text (`'18 years'`, `'1 mon 2 days'`,
 * `'30 days'`), `sign` −1 to subtract it; undefined when the text is no such interval.
 *
 * @example
 * ```ts
 * shiftByInterval(0, '1 day', -1) // -86_400_000
 * ```
 */
export function shiftByInterval(ms: number, text: string, sign: 1 | -1): number | undefined {
  const parts = intervalParts(text);
  let out = ms;
  for (const [n, word] of parts ?? []) {
    const unit = shiftUnit(word);
    if (unit === undefined) return undefined;
    out = shiftMs(out, unit, sign * n);
  }
  return parts ? out : undefined;
}
