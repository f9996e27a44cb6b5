/**
 * Validation: re-reads generated output and judges it against the schema, independently
 * of the generator and the writers (own CSV/JSON readers, value parsers and CHECK
 * evaluator). Imports only util, errors and schema.
 */
export { validateDirectory, validateDirectoryWith, tableFirstPass, type TablePassRequest, type TablePassRunner } from './validate-directory.js';
export type { TableFirstPass } from './run/table-first-pass.js';
export { validateRows, createRowValidator, type RowSource, type TextTable, type TextRow, type RowValidator, type TableRowFeed } from './validate-rows.js';
export type { ValidationOptions, TableProgress } from './validation-options.js';
export { renderSummary } from './report/render-summary.js';
export {
  ValidationReportSchema,
  ViolationSchema,
  ColumnProfileSchema,
  TableReportSchema,
  ForeignKeyReportSchema,
  VIOLATION_RULES,
  type ValidationReport,
  type Violation,
  type ViolationExample,
  type ViolationRule,
  type ColumnProfile,
  type TableReport,
  type ForeignKeyReport,
} from './report/validation-report.js';
export { evaluateExpr, checkPasses, type EvalContext } from './expr/evaluate-expr.js';
export { NotEvaluableError } from './expr/not-evaluable.js';
export { CsvParser, type CsvRecord } from './csv/csv-parser.js';
export { runSchemaFiles, type RunSchemaFile } from './io/run-schema-files.js';
export type { SqlValue, SqlTemporal } from './values/sql-value.js';
