import { DIALECTS, isCalendarDate, RowforgeError, type Dialect, type OutputFormat, type SourceDialect } from '@rowforge/core';

const usage = (message: string, hint?: string): RowforgeError => new RowforgeError('USAGE', message, hint ? { hint } : {});

export function parseCount(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw usage(`${flag} expects a whole number >= 0, got "${value}"`);
    return Number(value);
  };
}

/** `--rows-for Orders=5000` (repeatable) into a record. */
export function collectRowsFor(value: string, previous: Record<string, number> = {}): Record<string, number> {
  const m = /^(.+)=(\d+)$/.exec(value);
  if (!m) throw usage(`--rows-for expects TABLE=N, got "${value}"`, 'e.g. --rows-for Orders=5000');
  return { ...previous, [m[1] as string]: Number(m[2]) };
}

export function oneOf<T extends string>(flag: string, allowed: readonly T[]) {
  return (value: string): T => {
    if (!(allowed as readonly string[]).includes(value)) throw usage(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
    return value as T;
  };
}

export const FORMATS: readonly OutputFormat[] = ['csv', 'json', 'ndjson', 'sql', 'zip', 'parquet'];
export const TARGETS: readonly Dialect[] = DIALECTS;
export const SOURCE_DIALECTS: readonly (SourceDialect | 'auto')[] = ['auto', ...DIALECTS, 'json'];

export function isoDate(value: string): string {
  if (!isCalendarDate(value)) throw usage(`--reference-date expects a calendar day as YYYY-MM-DD, got "${value}"`);
  return value;
}
