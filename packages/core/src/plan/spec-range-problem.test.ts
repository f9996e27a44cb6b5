import { describe, expect, it } from 'vitest';
import { ColumnSpecSchema } from './column-spec.js';
import { specRangeProblem } from './spec-range-problem.js';

const problem = (spec: unknown) => specRangeProblem(ColumnSpecSchema.parse(spec));

describe('specRangeProblem', () => {
  it('finds ranges whose start is past their end', () => {
    expect(problem({ generator: 'date', from: '2026-01-01', to: '2020-01-01' })).toBe('from (2026-01-01) is later than to (2020-01-01)');
    expect(problem({ generator: 'birthDate', minAge: 90, maxAge: 18 })).toBe('minAge (90) is greater than maxAge (18)');
    expect(problem({ generator: 'int', min: 9, max: 1 })).toBe('min (9) is greater than max (1)');
    expect(problem({ generator: 'time', fromHour: 9, toHour: 9 })).toBe('fromHour (9) is not before toHour (9)');
    expect(problem({ generator: 'array', element: 'int', minLength: 5, maxLength: 2 })).toMatch(/minLength/);
    expect(problem({ generator: 'after', column: 'a', minGap: 3, maxGap: 1 })).toMatch(/minGap/);
  });

  it('finds an array whose element bounds or lengths are reversed', () => {
    expect(problem({ generator: 'array', element: 'int', minLength: 5, maxLength: 2 })).toBe('minLength (5) is greater than maxLength (2)');
    expect(problem({ generator: 'array', element: 'int', min: 10, max: 5 })).toBe('min (10) is greater than max (5)');
    expect(problem({ generator: 'array', element: 'number', min: 0.5, max: -0.5 })).toBe('min (0.5) is greater than max (-0.5)');
  });

  it('accepts an array with ordered or one-sided element bounds', () => {
    expect(problem({ generator: 'array', element: 'int', min: 5, max: 5, minLength: 1, maxLength: 1 })).toBeUndefined();
    expect(problem({ generator: 'array', element: 'int', min: 10 })).toBeUndefined();
    expect(problem({ generator: 'array', element: 'int', max: -10 })).toBeUndefined();
  });

  it('finds a number step with no multiple between min and max', () => {
    expect(problem({ generator: 'number', min: 0.2, max: 0.8, step: 1 })).toBe('no whole multiple of step (1) lies between min (0.2) and max (0.8)');
    expect(problem({ generator: 'number', min: 0.2, max: 1, step: 1 })).toBeUndefined();
    expect(problem({ generator: 'number', min: 4, max: 180, step: 0.05 })).toBeUndefined();
  });

  it('finds a sequence that never moves', () => {
    expect(problem({ generator: 'sequence', start: 1, step: 0 })).toMatch(/step is 0/);
  });

  it('accepts ranges in order, including a single value', () => {
    expect(problem({ generator: 'date', from: '2020-01-01', to: '2020-01-01' })).toBeUndefined();
    expect(problem({ generator: 'int', min: 1, max: 5 })).toBeUndefined();
    expect(problem({ generator: 'sequence', start: 10, step: -1 })).toBeUndefined();
  });

  it('plans refuse days that are not on the calendar and ages past 120', () => {
    expect(ColumnSpecSchema.safeParse({ generator: 'date', from: '2026-13-45', to: '2027-01-01' }).success).toBe(false);
    expect(ColumnSpecSchema.safeParse({ generator: 'birthDate', minAge: 18, maxAge: 200 }).success).toBe(false);
  });
});
