import { describe, expect, it } from 'vitest';
import { isCalendarDate } from './civil-date.js';

describe('isCalendarDate', () => {
  it('accepts real days and refuses days a calendar does not have', () => {
    expect(['2026-01-01', '2024-02-29', '2000-02-29', '1999-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-02-30', '2023-02-29', '1900-02-29', '2026-13-01', '2026-00-10', '2026-1-1', '20260101'].some(isCalendarDate)).toBe(false);
  });
});
