import type { JudgeRule } from './rule-catalog.js';
import type { CellCheck } from '../table/table-spec.js';

/** A cell that must be one of `values` (exact, case-sensitive). */
export function oneOf(rule: JudgeRule, what: string, values: readonly string[]): CellCheck {
  const allowed = new Set(values);
  return (value) => (allowed.has(value) ? undefined : { rule, message: `${what} must be one of ${preview(values)}` });
}

/** A cell that must match `pattern`. */
export function matches(rule: JudgeRule, what: string, pattern: RegExp): CellCheck {
  return (value) => (pattern.test(value) ? undefined : { rule, message: `${what} must be ${describe(pattern)}` });
}

/** A cell that passes `test`; `expected` says what a good cell looks like. */
export function satisfies(rule: JudgeRule, expected: string, test: (value: string) => boolean): CellCheck {
  return (value) => (test(value) ? undefined : { rule, message: expected });
}

/** A comma-separated list whose every item passes `item`. */
export function listOf(item: CellCheck): CellCheck {
  return (value) => {
    for (const part of splitList(value)) {
      const problem = item(part);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** Runs `checks` in order and returns the first problem. */
export function allOf(...checks: CellCheck[]): CellCheck {
  return (value) => {
    for (const check of checks) {
      const problem = check(value);
      if (problem) return problem;
    }
    return undefined;
  };
}

/** Splits a OneRoster list cell (`"09,10"`) into trimmed items. */
export function splitList(value: string): string[] {
  return value === '' ? [] : value.split(',').map((s) => s.trim());
}

function preview(values: readonly string[]): string {
  const shown = values.slice(0, 12).map((v) => `'${v}'`).join(', ');
  return values.length > 12 ? `${shown}, … (${values.length} values)` : shown;
}

function describe(pattern: RegExp): string {
  return `like ${pattern.source}`;
}
