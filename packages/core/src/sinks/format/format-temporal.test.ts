import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../util/index.js';
import { formatDate } from './format-date.js';
import { formatTime } from './format-time.js';
import { formatTimestamp } from './format-timestamp.js';

const MS_PER_DAY = 86_400_000;

describe('formatDate', () => {
  it.each([
    [1969, 12, 31, '1969-12-31'],
    [1970, 1, 1, '1970-01-01'],
    [2000, 2, 29, '2000-02-29'],
    [2000, 3, 1, '2000-03-01'],
    [1900, 2, 28, '1900-02-28'],
    [1900, 3, 1, '1900-03-01'],
    [2100, 2, 28, '2100-02-28'],
    [2100, 3, 1, '2100-03-01'],
    [2024, 2, 29, '2024-02-29'],
    [1, 1, 1, '0001-01-01'],
    [9999, 12, 31, '9999-12-31'],
  ])('%i-%i-%i', (y, m, d, iso) => {
    expect(formatDate(daysFromCivil(y, m, d))).toBe(iso);
  });

  it('knows 1900 and 2100 are not leap years and 2000 is', () => {
    expect(formatDate(daysFromCivil(1900, 2, 28) + 1)).toBe('1900-03-01');
    expect(formatDate(daysFromCivil(2100, 2, 28) + 1)).toBe('2100-03-01');
    expect(formatDate(daysFromCivil(2000, 2, 28) + 1)).toBe('2000-02-29');
  });

  it('agrees with Date for every 97th day from 0100 to 9999', () => {
    const wrong: string[] = [];
    for (let days = -682_000; days < 2_932_000; days += 97) {
      const expected = new Date(days * MS_PER_DAY).toISOString().slice(0, 10);
      if (formatDate(days) !== expected) wrong.push(`${days}: ${formatDate(days)} ≠ ${expected}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('formatTime', () => {
  it.each([[0, '00:00:00'], [3723, '01:02:03'], [86399, '23:59:59'], [86400, '24:00:00']])('%i s', (s, text) => {
    expect(formatTime(s)).toBe(text);
  });
});

describe('formatTimestamp', () => {
  const at = (iso: string): number => Date.parse(iso);

  it('adds milliseconds only when they are not zero', () => {
    expect(formatTimestamp(at('2024-01-02T03:04:05Z'), false, 'postgres')).toBe('2024-01-02 03:04:05');
    expect(formatTimestamp(at('2024-01-02T03:04:05.007Z'), false, 'postgres')).toBe('2024-01-02 03:04:05.007');
    expect(formatTimestamp(at('2024-01-02T03:04:05.5Z'), false, 'mysql')).toBe('2024-01-02 03:04:05.500');
  });

  it('handles instants before 1970', () => {
    expect(formatTimestamp(-1, false, 'sqlite')).toBe('1969-12-31 23:59:59.999');
    expect(formatTimestamp(at('1900-03-01T12:00:00Z'), false, 'sqlite')).toBe('1900-03-01 12:00:00');
  });

  it('spells the UTC offset per target for timestamptz', () => {
    expect(formatTimestamp(0, true, 'postgres')).toBe('1970-01-01 00:00:00+00');
    expect(formatTimestamp(0, true, 'mssql')).toBe('1970-01-01 00:00:00+00:00');
    expect(formatTimestamp(0, true, 'mysql')).toBe('1970-01-01 00:00:00');
    expect(formatTimestamp(0, true, 'sqlite')).toBe('1970-01-01 00:00:00');
  });

  it('covers leap days and century boundaries', () => {
    expect(formatTimestamp(at('2000-02-29T23:59:59.999Z'), false, 'postgres')).toBe('2000-02-29 23:59:59.999');
    expect(formatTimestamp(at('2100-03-01T00:00:00Z'), true, 'postgres')).toBe('2100-03-01 00:00:00+00');
  });
});
