import type { LogicalType, Value } from '../../schema/index.js';
import { baseType, domainChecks } from '../../schema/index.js';
import { enumComparisonsAsLists, type LabelsOf } from '../../plan/enum-order.js';
import { evaluable, passes } from '../checks/evaluate-check.js';
import { msScale } from '../checks/ms-scale.js';


/** The labels of a PostgreSQL enum under the type, for the domain's VALUE (such labels compare by declared order). */
function valueLabels(type: LogicalType): LabelsOf {
  const t = baseType(type);
  const labels = t.kind === 'enum' && t.name !== undefined ? t.values : undefined;
  return (e) => (e.kind === 'value' ? labels : undefined);
}

/**
 * Whether a value passes the CHECKs of its domain (`CREATE DOMAIN score AS int CHECK (VALUE
 * BETWEEN 1 AND 5)` for the elements of a `score[]`), or undefined when the type has none the
 * engine can evaluate. Comparisons of an enum VALUE with a label go by the labels' order
 * (`VALUE > 'medium'` over a `size` enum keeps 'large' and 'xl', not 'small').
 *
 * @example
 * ```ts
 * elementCheck(scoreDomain)?.(7) // false
 * ```
 */
export function elementCheck(type: LogicalType): ((v: Value) => boolean) | undefined {
  const labels = valueLabels(type);
  const checks = domainChecks(type).map((e) => enumComparisonsAsLists(e, labels)).filter(evaluable);
  if (checks.length === 0) return undefined;
  const scale = msScale(type);
  const value = (v: Value): Value => (typeof v === 'number' ? v * scale : v);
  return (v) => checks.every((e) => passes(e, (name) => (name === undefined ? value(v) : null)) !== false);
}
