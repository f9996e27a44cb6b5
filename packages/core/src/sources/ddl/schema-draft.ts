import { isRowforgeError, RowforgeError } from '../../errors/index.js';
import {
  baseType, checkSchema, createSchema,
  type AutoIncrement, type CheckConstraint, type Column, type ColumnDefault, type Dialect, type Expr,
  type ForeignKey, type LogicalType, type PrimaryKey, type Schema, type Table, type UniqueConstraint,
} from '../../schema/index.js';
import type { Diagnostic } from '../source-types.js';
import type { SourceText } from '../text/source-text.js';
import { errorAt, unsupportedAt } from './ddl-error.js';
import { describeNative, type NativeType } from './native-type.js';
import { builtIndexes, type DraftIndex } from './plain-index.js';
import { translateType } from './translate-type.js';

export interface DraftColumn {
  readonly name: string;
  native: NativeType;
  readonly at: number;
  nullable: boolean;
  default?: ColumnDefault;
  autoIncrement?: AutoIncrement;
  sequence?: string;
  comment?: string;
}

/** A foreign key as read; `refColumns` may be empty (`REFERENCES parent` = its primary key). */
export type DraftForeignKey = Omit<ForeignKey, 'refColumns'> & { readonly refColumns: readonly string[]; readonly at: number };

export interface DraftTable {
  readonly name: string;
  readonly at: number;
  readonly columns: DraftColumn[];
  primaryKey?: PrimaryKey;
  readonly uniques: UniqueConstraint[];
  readonly foreignKeys: DraftForeignKey[];
  readonly checks: CheckConstraint[];
  readonly indexes: DraftIndex[];
  comment?: string;
}

export interface DraftDomain {
  readonly name: string;
  readonly base: NativeType;
  readonly notNull: boolean;
  readonly checks: readonly Expr[];
}

/** A statement a reader skips; skips of the same kind and reason are reported once, with their count. */
export interface SkipNote {
  /** What was skipped: `INSERT`, `CREATE INDEX`, `ALTER TABLE ... OWNER TO`. */
  readonly kind: string;
  /** Why, and what it means for the generated data. */
  readonly reason: string;
  /** The warning for a single skip, when not `skipped <kind>: <reason>`. */
  readonly message?: string;
  /** The statement's first words (Diagnostic.statement). */
  readonly statement?: string;
}

interface SkipGroup {
  readonly note: SkipNote;
  /** Index of the first skip's warning in `warnings`. */
  readonly index: number;
  count: number;
}

const lower = (s: string): string => s.toLowerCase();

/** `300 INSERT statements skipped (first at 12:1): rows come from the generator, not the script`. */
function groupedSkip(w: Diagnostic, group: SkipGroup): Diagnostic {
  if (group.count < 2) return w;
  return { ...w, message: `${group.count} ${group.note.kind} statements skipped (first at ${w.line}:${w.column}): ${group.note.reason}` };
}

/** A domain's NOT NULL, or that of a domain it is declared over (`CREATE DOMAIN d2 AS d1`). */
function domainNotNull(type: LogicalType): boolean {
  return type.kind === 'domain' && (type.notNull || domainNotNull(type.base));
}

/** MySQL/SQLite/SQL Server write boolean defaults as 0/1; the schema keeps them as booleans. */
function coerceDefault(type: LogicalType, d: ColumnDefault | undefined): ColumnDefault | undefined {
  if (d?.kind !== 'literal' || baseType(type).kind !== 'boolean') return d;
  const v = d.value;
  if (v === 0 || v === '0') return { kind: 'literal', value: false };
  if (v === 1 || v === '1') return { kind: 'literal', value: true };
  return d;
}

/**
 * The mutable schema a DDL reader fills statement by statement; `build()` resolves type
 * names, validates through `createSchema` + `checkSchema` and returns the frozen Schema.
 */
export class SchemaDraft {
  private readonly warnings: Diagnostic[] = [];
  private readonly skips = new Map<string, SkipGroup>();
  private readonly tables = new Map<string, DraftTable>();
  private readonly enums = new Map<string, { name: string; values: readonly string[] }>();
  private readonly domains = new Map<string, DraftDomain>();
  /** Views and partitions the script declares but Rowforge skips (an index on one is skipped too). */
  private readonly skippedRelations = new Set<string>();

  /** Leave out, with a warning, a column whose type Rowforge cannot generate instead of refusing the schema. */
  omitUnsupported = false;
  /** The dialect was guessed for text with no marker: SQLite's affinity does not accept unknown type names. */
  guessedDialect = false;

  constructor(
    readonly src: SourceText,
    readonly dialect: Dialect,
  ) {}

  warn(at: number, message: string, statement?: string): void {
    const { line, column } = this.src.positionAt(at);
    this.warnings.push(statement === undefined ? { message, line, column } : { message, line, column, statement });
  }

  /** Warns about a skipped statement; later skips of the same kind and reason only add to its count. */
  skip(at: number, note: SkipNote): void {
    const key = `${note.kind}\n${note.reason}`;
    const group = this.skips.get(key);
    if (group) {
      group.count++;
      return;
    }
    this.skips.set(key, { note, index: this.warnings.length, count: 1 });
    this.warn(at, note.message ?? `skipped ${note.kind}: ${note.reason}`, note.statement);
  }

  /** The warnings in script order, one per kind of skipped statement (dumps hold thousands of INSERTs). */
  diagnostics(): readonly Diagnostic[] {
    const out = [...this.warnings];
    for (const group of this.skips.values()) out[group.index] = groupedSkip(out[group.index] as Diagnostic, group);
    return out;
  }

  addTable(name: string, at: number): DraftTable {
    if (this.tables.has(lower(name))) throw errorAt(this.src, at, 'SCHEMA_DUPLICATE_TABLE', `table "${name}" is declared twice`);
    const table: DraftTable = { name, at, columns: [], uniques: [], foreignKeys: [], checks: [], indexes: [] };
    this.tables.set(lower(name), table);
    return table;
  }

  findTable(name: string): DraftTable | undefined {
    return this.tables.get(lower(name));
  }

  getTable(name: string, at: number, verb = 'altered'): DraftTable {
    const t = this.findTable(name);
    if (!t) throw errorAt(this.src, at, 'SCHEMA_INVALID', `table "${name}" is ${verb} but never created in this script`, 'put its CREATE TABLE in the same input');
    return t;
  }

  /** Records a view or partition the script declares and Rowforge does not generate. */
  skipRelation(name: string): void {
    this.skippedRelations.add(lower(name));
  }

  /** True for a view or partition recorded by skipRelation. */
  isSkippedRelation(name: string): boolean {
    return this.skippedRelations.has(lower(name));
  }

  /** A table attached as a partition (`ALTER TABLE parent ATTACH PARTITION t`): its rows come from the parent. */
  dropPartition(name: string): void {
    this.tables.delete(lower(name));
    this.skipRelation(name);
  }

  /** The table an index is on; undefined for a skipped view or partition; an unknown name is an error. */
  indexedTable(name: string, at: number): DraftTable | undefined {
    const t = this.findTable(name);
    return t || this.skippedRelations.has(lower(name)) ? t : this.getTable(name, at, 'indexed');
  }

  /** Removes the secondary index `name` (DROP INDEX) from `table`, else from whichever table has it; false when none has. */
  dropIndex(name: string, table?: string): boolean {
    const on = table === undefined ? [...this.tables.values()] : [this.findTable(table)];
    for (const t of on) {
      const i = t?.indexes.findIndex((ix) => ix.name !== undefined && lower(ix.name) === lower(name)) ?? -1;
      if (i >= 0) return t?.indexes.splice(i, 1) !== undefined;
    }
    return false;
  }

  addColumn(table: DraftTable, column: DraftColumn): void {
    if (this.findColumn(table, column.name)) {
      throw errorAt(this.src, column.at, 'SCHEMA_DUPLICATE_COLUMN', `table "${table.name}" declares column "${column.name}" twice`);
    }
    table.columns.push(column);
  }

  findColumn(table: DraftTable, name: string): DraftColumn | undefined {
    return table.columns.find((c) => lower(c.name) === lower(name));
  }

  getColumn(table: DraftTable, name: string, at: number): DraftColumn {
    const c = this.findColumn(table, name);
    if (!c) throw errorAt(this.src, at, 'SCHEMA_UNKNOWN_COLUMN', `table "${table.name}" has no column "${name}"`);
    return c;
  }

  setPrimaryKey(table: DraftTable, pk: PrimaryKey, at: number): void {
    if (table.primaryKey) throw errorAt(this.src, at, 'SCHEMA_INVALID', `table "${table.name}" declares a second primary key`);
    table.primaryKey = pk;
  }

  addEnum(name: string, values: readonly string[]): void {
    this.enums.set(lower(name), { name, values });
  }

  addDomain(domain: DraftDomain): void {
    this.domains.set(lower(domain.name), domain);
  }

  build(): Schema {
    const tables = [...this.tables.values()].map((t) => this.buildTable(t));
    const schema = createSchema({ format: 'rowforge.schema', version: 1, sourceDialect: this.dialect, tables });
    try {
      checkSchema(schema);
    } catch (e) {
      throw this.positioned(e);
    }
    return schema;
  }

  private buildTable(t: DraftTable): Table {
    const pk = new Set((t.primaryKey?.columns ?? []).map(lower));
    const columns = t.columns.flatMap((c) => this.columnOrOmitted(t, c, pk.has(lower(c.name))));
    const foreignKeys = t.foreignKeys.map((fk) => this.buildForeignKey(t, fk));
    const indexes = builtIndexes(this, t, columns);
    return {
      name: t.name,
      columns,
      ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
      uniques: t.uniques,
      foreignKeys,
      checks: t.checks,
      ...(indexes.length > 0 ? { indexes } : {}),
      ...(t.comment === undefined ? {} : { comment: t.comment }),
    };
  }

  /** The column, or none when its type cannot be generated and `omitUnsupported` says to leave it out. */
  private columnOrOmitted(t: DraftTable, c: DraftColumn, inPrimaryKey: boolean): Column[] {
    try {
      return [this.buildColumn(t, c, inPrimaryKey)];
    } catch (e) {
      if (!this.omitUnsupported || !isRowforgeError(e, 'DDL_UNSUPPORTED')) throw e;
      this.warn(c.at, `column "${t.name}.${c.name}" has type ${describeNative(c.native)}, which Rowforge cannot generate; it is left out of the generated data`);
      return [];
    }
  }

  private buildColumn(t: DraftTable, c: DraftColumn, inPrimaryKey: boolean): Column {
    const type = this.resolveType(c.native, () => `column "${t.name}.${c.name}"`, c.at);
    const notNull = inPrimaryKey || domainNotNull(type);
    const def = coerceDefault(type, c.default);
    return {
      name: c.name,
      type,
      nullable: c.nullable && !notNull,
      ...(def === undefined ? {} : { default: def }),
      ...(c.autoIncrement === undefined ? {} : { autoIncrement: c.autoIncrement }),
      ...(c.sequence === undefined ? {} : { sequence: c.sequence }),
      ...(c.comment === undefined ? {} : { comment: c.comment }),
    };
  }

  /**
   * A type the script declares comes first: a PostgreSQL domain may be named like another
   * dialect's type (`year`). `outer` holds the domains being resolved, so a domain named like
   * its base (`CREATE DOMAIN app.timestamp AS pg_catalog.timestamp`) reads the built-in.
   */
  private resolveType(native: NativeType, what: () => string, at: number, outer: ReadonlySet<string> = new Set()): LogicalType {
    const known = this.customType(native, what, at, outer) ?? translateType(native, this.dialect, this.guessedDialect);
    if (known) return known;
    throw unsupportedAt(this.src, at, `${what()} has type ${describeNative(native)}, which Rowforge cannot generate`,
      'use a standard type (text, numeric, timestamp, ...), declare the enum/domain before the table, or leave such columns out of the data (CLI: --omit-unsupported)');
  }

  /** A PostgreSQL enum or domain declared in the script, by name. */
  private customType(native: NativeType, what: () => string, at: number, outer: ReadonlySet<string>): LogicalType | undefined {
    let base: LogicalType | undefined;
    const e = this.enums.get(native.name);
    if (e) base = { kind: 'enum', values: e.values, name: e.name };
    const d = outer.has(native.name) ? undefined : this.domains.get(native.name);
    if (d) {
      const inner = this.resolveType(d.base, what, at, new Set([...outer, native.name]));
      base = { kind: 'domain', name: d.name, base: inner, notNull: d.notNull, checks: d.checks };
    }
    let out = base;
    for (let i = 0; out && i < (native.arrayDims ?? 0); i++) out = { kind: 'array', element: out };
    return out;
  }

  /** Canonical spelling of the parent; `REFERENCES parent` without columns means its primary key. */
  private buildForeignKey(t: DraftTable, fk: DraftForeignKey): ForeignKey {
    const { at: _at, ...rest } = fk;
    const parent = this.findTable(fk.refTable);
    if (!parent) return rest;
    const refColumns = fk.refColumns.length > 0 ? fk.refColumns.map((c) => this.findColumn(parent, c)?.name ?? c) : (parent.primaryKey?.columns ?? []);
    if (refColumns.length === 0) {
      throw errorAt(this.src, fk.at, 'FK_UNKNOWN_COLUMN', `foreign key on "${t.name}" references "${parent.name}" without columns, and "${parent.name}" has no primary key`);
    }
    return { ...rest, refTable: parent.name, refColumns };
  }

  /** Adds the offending table's (or foreign key's) position to a checkSchema error. */
  private positioned(e: unknown): unknown {
    if (!isRowforgeError(e) || e.details.position) return e;
    const table = typeof e.details.table === 'string' ? this.findTable(e.details.table) : undefined;
    if (!table) return e;
    const label = (f: DraftForeignKey): string => f.name ?? `FOREIGN KEY (${f.columns.join(', ')}) on "${table.name}"`;
    const fk = table.foreignKeys.find((f) => label(f) === e.details.constraint);
    const at = this.src.positionAt(fk?.at ?? table.at);
    const position = this.src.file === undefined ? at : { file: this.src.file, ...at };
    return new RowforgeError(e.code, e.message, { ...e.details, position }, { cause: e });
  }
}
