import { describe, expect, it } from 'vitest';
import { datePart, mssqlDatePart, mysqlDatePart, type DatePartField } from './date-parts.js';

const at = (iso: string): number => Date.parse(`${iso}Z`);
const parts = (iso: string, fields: readonly DatePartField[]): number[] => fields.map((f) => datePart(f, at(iso)));

describe('datePart (PostgreSQL date_part / EXTRACT)', () => {
  it('reads the parts of a timestamp, UTC as written', () => {
    expect(parts('2024-06-02T14:05:30.250', ['year', 'quarter', 'month', 'day', 'hour', 'minute', 'second'])).toEqual([2024, 2, 6, 2, 14, 5, 30.25]);
    expect(datePart('epoch', at('2024-06-02T14:05:30.250'))).toBe(1717337130.25);
  });

  it('counts Sunday as dow 0 and isodow 7, Monday as 1 and 1', () => {
    expect(parts('2024-06-02T00:00:00', ['dow', 'isodow'])).toEqual([0, 7]);
    expect(parts('2024-06-03T23:59:59', ['dow', 'isodow'])).toEqual([1, 1]);
    expect(parts('2024-06-08T12:00:00', ['dow', 'isodow'])).toEqual([6, 6]);
  });

  it('counts the days of a leap year to 366 and its 29th of February', () => {
    expect(parts('2024-12-31T00:00:00', ['doy'])).toEqual([366]);
    expect(parts('2024-02-29T00:00:00', ['doy', 'month', 'day'])).toEqual([60, 2, 29]);
    expect(parts('2023-12-31T00:00:00', ['doy'])).toEqual([365]);
    expect(parts('2000-03-01T00:00:00', ['doy'])).toEqual([61]);
    expect(parts('1900-03-01T00:00:00', ['doy'])).toEqual([60]);
  });

  it('numbers ISO weeks, whose first week may start in December and last may reach January', () => {
    expect(parts('2024-12-30T00:00:00', ['week'])).toEqual([1]);
    expect(parts('2021-01-03T00:00:00', ['week'])).toEqual([53]);
    expect(parts('2021-01-04T00:00:00', ['week'])).toEqual([1]);
    expect(parts('2026-11-25T00:00:00', ['week'])).toEqual([48]);
  });

  it('reads midnight as hour 0, and a time of day (ms from midnight) as the clock reads it', () => {
    expect(parts('2024-06-02T00:00:00', ['hour', 'minute', 'second'])).toEqual([0, 0, 0]);
    expect(datePart('hour', (17 * 3600 + 45 * 60) * 1000)).toBe(17);
    expect(datePart('minute', (17 * 3600 + 45 * 60) * 1000)).toBe(45);
  });

  it('reads instants before the epoch', () => {
    expect(parts('1969-12-31T23:59:59.500', ['year', 'month', 'day', 'hour', 'minute', 'second', 'dow'])).toEqual([1969, 12, 31, 23, 59, 59.5, 3]);
    expect(datePart('epoch', at('1969-12-31T23:59:59.500'))).toBe(-0.5);
    expect(parts('1900-01-01T06:00:00', ['dow', 'isodow', 'week'])).toEqual([1, 1, 1]);
  });

  it('counts years before 1 as PostgreSQL does: no year 0, 1 BC is -1', () => {
    expect(datePart('year', at('0001-01-01T00:00:00'))).toBe(1);
    expect(datePart('year', at('0001-01-01T00:00:00') - 1)).toBe(-1);
  });
});

describe('mysqlDatePart', () => {
  it('counts DAYOFWEEK from Sunday = 1 and WEEKDAY from Monday = 0', () => {
    expect(mysqlDatePart('DAYOFWEEK', at('2024-06-02T10:00:00'))).toBe(1);
    expect(mysqlDatePart('dayofweek', at('2024-06-08T10:00:00'))).toBe(7);
    expect(mysqlDatePart('weekday', at('2024-06-02T10:00:00'))).toBe(6);
    expect(mysqlDatePart('weekday', at('2024-06-03T10:00:00'))).toBe(0);
  });

  it('reads whole seconds and the other parts', () => {
    const t = at('2024-02-29T09:07:05.900');
    expect(['hour', 'minute', 'second', 'month', 'year', 'day', 'dayofmonth'].map((f) => mysqlDatePart(f, t))).toEqual([9, 7, 5, 2, 2024, 29, 29]);
    expect(mysqlDatePart('quarter_of', t)).toBeUndefined();
  });
});

describe('mssqlDatePart (SET DATEFIRST 7)', () => {
  it('counts weekday from Sunday = 1 and reads abbreviations', () => {
    expect(mssqlDatePart('weekday', at('2024-06-02T10:00:00'))).toBe(1);
    expect(mssqlDatePart('dw', at('2024-06-07T10:00:00'))).toBe(6);
    expect(['hh', 'mi', 'ss', 'dy', 'qq', 'yyyy'].map((p) => mssqlDatePart(p, at('2024-12-31T23:59:58.700')))).toEqual([23, 59, 58, 366, 4, 2024]);
  });

  it('counts week from the week holding January 1st, iso_week as ISO', () => {
    expect(mssqlDatePart('week', at('2022-01-01T00:00:00'))).toBe(1);
    expect(mssqlDatePart('wk', at('2022-01-02T00:00:00'))).toBe(2);
    expect(mssqlDatePart('iso_week', at('2022-01-02T00:00:00'))).toBe(52);
    expect(mssqlDatePart('microsecond', 0)).toBeUndefined();
  });
});
