import { baseType, type LogicalType } from '../../schema/index.js';
import type { SqlValue } from '../values/sql-value.js';
import type { CheckDeps } from './check-deps.js';
import { GuardedExpr } from './guarded-expr.js';
import { DomainContext, orderedLabels } from './row-context.js';

/** An array element that breaks its domain: `path` is its 1-based position (`[2]`, `[1][3]`). */
export interface ElementFailure {
  readonly rule: 'check' | 'not-null';
  readonly domain: string;
  readonly path: readonly number[];
}

interface ElementRule {
  readonly domain: string;
  /** undefined for the domain's NOT NULL. */
  readonly check: GuardedExpr | undefined;
}

function domainChain(t: LogicalType): Extract<LogicalType, { kind: 'domain' }>[] {
  return t.kind === 'domain' ? [t, ...domainChain(t.base)] : [];
}

function elementRules(element: LogicalType, label: string, deps: CheckDeps): ElementRule[] {
  return domainChain(element).flatMap((d) => [
    ...(d.notNull ? [{ domain: d.name, check: undefined }] : []),
    ...d.checks.map((expr) => ({ domain: d.name, check: new GuardedExpr(`${label} domain ${d.name} on elements`, expr, deps.warnings) })),
  ]);
}

/**
 * The NOT NULL and CHECKs of an array column's element domain (`CREATE DOMAIN score …;
 * s score[]`), applied to every element as PostgreSQL does; `forType` is undefined when the
 * column is not an array of a domain.
 *
 * @example
 * ```ts
 * const e = ElementDomainCheck.forType(column.type, '"t" column s', deps)
 * e?.firstFailures([5, 581]) // [{ rule: 'check', domain: 'score', path: [2] }]
 * ```
 */
export class ElementDomainCheck {
  private readonly context: DomainContext;

  private constructor(
    element: LogicalType,
    private readonly rules: readonly ElementRule[],
    deps: CheckDeps,
  ) {
    this.context = new DomainContext(baseType(element).kind === 'int', deps.target, deps.now, orderedLabels(element));
  }

  static forType(type: LogicalType, label: string, deps: CheckDeps): ElementDomainCheck | undefined {
    const t = baseType(type);
    if (t.kind !== 'array') return undefined;
    const rules = elementRules(t.element, label, deps);
    return rules.length === 0 ? undefined : new ElementDomainCheck(t.element, rules, deps);
  }

  /** The first failing element of each rule (one finding per rule and row, as PostgreSQL rejects the row). */
  firstFailures(value: SqlValue): ElementFailure[] {
    if (!Array.isArray(value)) return [];
    const out: ElementFailure[] = [];
    for (const rule of this.rules) {
      const failure = this.firstFailure(rule, value as readonly SqlValue[], []);
      if (failure) out.push(failure);
    }
    return out;
  }

  /** Walks `items` depth first; `path` is a scratch stack of positions, copied only on failure. */
  private firstFailure(rule: ElementRule, items: readonly SqlValue[], path: number[]): ElementFailure | undefined {
    for (let i = 0; i < items.length; i++) {
      const item = items[i] ?? null;
      path.push(i + 1);
      const failure = Array.isArray(item) ? this.firstFailure(rule, item as readonly SqlValue[], path) : this.test(rule, item, path);
      path.pop();
      if (failure) return failure;
    }
    return undefined;
  }

  private test(rule: ElementRule, item: SqlValue, path: readonly number[]): ElementFailure | undefined {
    if (rule.check === undefined) return item === null ? { rule: 'not-null', domain: rule.domain, path: [...path] } : undefined;
    this.context.current = item;
    return rule.check.passes(this.context) ? undefined : { rule: 'check', domain: rule.domain, path: [...path] };
  }
}
