import type { Expr, LogicalType, Value } from '../../schema/index.js';
import { evaluable, passes } from '../checks/evaluate-check.js';

/** The CHECKs of a type's domain and of the domains under it. */
function domainChecks(type: LogicalType): readonly Expr[] {
  return type.kind === 'domain' ? [...type.checks, ...domainChecks(type.base)] : [];
}

/**
 * Whether a value passes the CHECKs of its domain (`CREATE DOMAIN score AS int CHECK (VALUE
 * BETWEEN 1 AND 5)` for the elements of a `score[]`), or undefined when the type has none the
 * engine can evaluate.
 *
 * @example
 * ```ts
 * elementCheck(scoreDomain)?.(7) // false
 * ```
 */
export function elementCheck(type: LogicalType): ((v: Value) => boolean) | undefined {
  const checks = domainChecks(type).filter(evaluable);
  if (checks.length === 0) return undefined;
  return (v) => checks.every((e) => passes(e, (name) => (name === undefined ? v : null)) !== false);
}
