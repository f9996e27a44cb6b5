import type { Dialect, Schema } from '../schema/index.js';

/** Where a schema can come from: a SQL dialect's DDL, or Rowforge's own schema JSON. */
export type SourceDialect = Dialect | 'json';

/** A non-fatal remark about the input (e.g. a skipped statement), 1-based line:column. */
export interface Diagnostic {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /** The first words of the statement concerned, on one line. */
  readonly statement?: string;
}

export interface ParseResult {
  readonly schema: Schema;
  readonly dialect: SourceDialect;
  readonly warnings: readonly Diagnostic[];
}

export interface ParseSchemaOptions {
  /** Force a dialect; `auto` (the default) detects it from the text. */
  readonly dialect?: SourceDialect | 'auto';
  /** File name shown in error positions and warnings. */
  readonly file?: string;
  /**
   * Leave out, each with a warning, the columns whose type Rowforge cannot generate (MySQL
   * `GEOMETRY`, PostgreSQL `tsvector`, SQL Server `hierarchyid`, ...) instead of refusing the
   * schema with `DDL_UNSUPPORTED`. A constraint on such a column is then an error naming it.
   */
  readonly omitUnsupported?: boolean;
}
