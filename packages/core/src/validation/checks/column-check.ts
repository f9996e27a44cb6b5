import { baseType, type Column, type LogicalType, type Table } from '../../schema/index.js';
import { ColumnProfiler } from '../profile/column-profile.js';
import type { RowPosition } from '../run/row-sink.js';
import { cellParser, type CellParserOptions } from '../values/cell-parser.js';
import { CellProblem, type CellParser, type SqlValue } from '../values/sql-value.js';
import type { CheckDeps } from './check-deps.js';
import { arrayElementText } from './array-element-text.js';
import { ElementDomainCheck } from './element-domain-check.js';
import { GuardedExpr } from './guarded-expr.js';
import { DomainContext, orderedLabels } from './row-context.js';

interface DomainRule {
  readonly domain: string;
  readonly check: GuardedExpr;
}

function domainChain(t: LogicalType): Extract<LogicalType, { kind: 'domain' }>[] {
  return t.kind === 'domain' ? [t, ...domainChain(t.base)] : [];
}

function notNullLabel(column: Column, inPrimaryKey: boolean): string | undefined {
  if (!column.nullable) return 'NOT NULL';
  if (inPrimaryKey) return 'PRIMARY KEY';
  return domainChain(column.type).find((d) => d.notNull)?.name;
}

/**
 * Checks one column's cells: NOT NULL (column, primary key or domain), type fit
 * (syntax, range, length, precision/scale, enum labels) and domain CHECKs; profiles
 * the values; returns each cell's typed value for table CHECKs.
 *
 * @example
 * ```ts
 * const c = new ColumnCheck(table, table.columns[0], false, deps, parserOptions)
 * c.check('abc', { row: 1 }) // null, and a 'type' violation recorded
 * ```
 */
export class ColumnCheck {
  readonly profiler: ColumnProfiler;
  private readonly parse: CellParser;
  private readonly notNull: string | undefined;
  private readonly domainRules: DomainRule[];
  private readonly domainContext: DomainContext;
  private readonly elementDomain: ElementDomainCheck | undefined;

  constructor(
    table: Table,
    private readonly column: Column,
    inPrimaryKey: boolean,
    private readonly deps: CheckDeps,
    parserOptions: CellParserOptions,
  ) {
    this.profiler = new ColumnProfiler(column.name, column.type);
    this.parse = cellParser(column.type, parserOptions);
    this.notNull = notNullLabel(column, inPrimaryKey);
    this.domainContext = new DomainContext(baseType(column.type).kind === 'int', deps.target, deps.now, orderedLabels(column.type));
    this.domainRules = domainChain(column.type).flatMap((d) =>
      d.checks.map((expr) => ({ domain: d.name, check: new GuardedExpr(`"${table.name}" domain ${d.name} on ${column.name}`, expr, deps.warnings) })),
    );
    this.elementDomain = ElementDomainCheck.forType(column.type, `"${table.name}" ${column.name}[]`, deps);
  }

  /** Checks one cell; returns its typed value (NULL when absent, NULL or not parseable). */
  check(text: string | null | undefined, at: RowPosition): SqlValue {
    if (text === undefined) return null;
    if (text === null) return this.checkNull(at);
    const value = this.parse(text);
    if (value instanceof CellProblem) {
      this.profiler.add(text, undefined);
      this.report(value.rule, undefined, at, text, `${this.column.name}: ${value.message}`);
      return null;
    }
    this.profiler.add(text, value);
    this.checkDomain(value, text, at);
    if (this.elementDomain) this.checkElements(this.elementDomain, value, text, at);
    return value;
  }

  private checkNull(at: RowPosition): null {
    this.profiler.addNull();
    if (this.notNull) this.report('not-null', this.notNull, at, null, `${this.column.name} is NULL but the column is ${this.notNull === 'NOT NULL' ? 'NOT NULL' : `constrained by ${this.notNull}`}`);
    return null;
  }

  private checkDomain(value: SqlValue, text: string, at: RowPosition): void {
    this.domainContext.current = value;
    for (const rule of this.domainRules) {
      if (!rule.check.passes(this.domainContext)) {
        this.report('check', rule.domain, at, text, `${this.column.name} = ${text} fails the CHECK of domain ${rule.domain}`);
      }
    }
  }

  private checkElements(elements: ElementDomainCheck, value: SqlValue, text: string, at: RowPosition): void {
    for (const f of elements.firstFailures(value)) {
      const element = `${this.column.name}${f.path.map((i) => `[${i}]`).join('')}`;
      const why = f.rule === 'check' ? `= ${arrayElementText(text, f.path)} fails the CHECK of domain ${f.domain}` : `is NULL but its domain ${f.domain} is NOT NULL`;
      this.report(f.rule, f.domain, at, text, `${element} ${why}`);
    }
  }

  private report(rule: 'not-null' | 'check' | CellProblem['rule'], constraint: string | undefined, at: RowPosition, value: string | null, message: string): void {
    const where = `row ${at.row}${at.line === undefined ? '' : ` (line ${at.line})`}`;
    this.deps.collector.add({
      rule, column: this.column.name, ...(constraint === undefined ? {} : { constraint }),
      row: at.row, ...(at.line === undefined ? {} : { line: at.line }), value, message: `${where}: ${message}`,
    });
  }
}
