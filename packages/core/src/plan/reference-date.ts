/**
 * The reference date `compileChecks` reads the clock at (`d <= CURRENT_DATE`) when its caller
 * passes none: `planFor`'s default (DEFAULT_REFERENCE_DATE, which it cannot import: plan-for
 * imports compile-checks).
 */
export const FALLBACK_REFERENCE_DATE = '2026-01-01';
