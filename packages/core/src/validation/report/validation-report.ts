import { z } from 'zod';

/**
 * Every rule a validation can break. The first eleven are the documented contract;
 * `parse` (a file that cannot be read as CSV/JSON, or a row with the wrong field count)
 * and `load-order` (the manifest's load order puts a child before its parent) complete it.
 */
export const VIOLATION_RULES = [
  'row-count',
  'primary-key-duplicate',
  'unique-duplicate',
  'foreign-key-orphan',
  'not-null',
  'check',
  'enum',
  'type',
  'length',
  'precision',
  'header',
  'parse',
  'load-order',
] as const;

export type ViolationRule = (typeof VIOLATION_RULES)[number];

/** One offending row (or file-level finding when `row` is absent). */
export const ViolationExampleSchema = z.object({
  /** 1-based data row number (the header is not counted). */
  row: z.number().int().positive().optional(),
  /** 1-based physical line in the file where the row starts (CSV, NDJSON, JSON). */
  line: z.number().int().positive().optional(),
  /** The offending value as text, truncated to 120 characters. */
  value: z.string().optional(),
  message: z.string(),
});

/**
 * One aggregated finding: every occurrence of a rule on one constraint/column counts
 * in `count`; `row`/`value`/`message` describe the first example, `examples` the first few.
 */
export const ViolationSchema = z.object({
  rule: z.enum(VIOLATION_RULES),
  table: z.string(),
  column: z.string().optional(),
  constraint: z.string().optional(),
  row: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  value: z.string().optional(),
  message: z.string(),
  count: z.number().int().nonnegative(),
  examples: z.array(ViolationExampleSchema),
});

export const TopValueSchema = z.object({ value: z.string(), count: z.number().int().nonnegative() });

/** What one column's values look like. `min`/`max`/`top` values are in their text form. */
export const ColumnProfileSchema = z.object({
  column: z.string(),
  /** Non-null cells read. */
  count: z.number().int().nonnegative(),
  nullPercent: z.number().min(0).max(100),
  distinct: z.number().int().nonnegative(),
  /** True when `distinct` is a HyperLogLog estimate (more distinct values than the exact cap). */
  distinctApproximate: z.boolean(),
  min: z.string().nullable(),
  max: z.string().nullable(),
  top: z.array(TopValueSchema),
  /** True when `top` counts are Misra-Gries lower bounds rather than exact. */
  topApproximate: z.boolean(),
});

export const TableReportSchema = z.object({
  table: z.string(),
  /** File the rows were read from, relative to the validated directory. */
  file: z.string().optional(),
  rows: z.number().int().nonnegative(),
  expectedRows: z.number().int().nonnegative().optional(),
  violations: z.array(ViolationSchema),
  profile: z.array(ColumnProfileSchema),
});

export const ForeignKeyReportSchema = z.object({
  table: z.string(),
  constraint: z.string().optional(),
  columns: z.array(z.string()),
  refTable: z.string(),
  refColumns: z.array(z.string()),
  /** Child rows whose key had no NULL, so were looked up. */
  checked: z.number().int().nonnegative(),
  /** Percentage of parent rows whose key is referenced by at least one child row. */
  coverage: z.number().min(0).max(100),
  orphans: z.number().int().nonnegative(),
});

/** The result of `validateDirectory` / `validateRows`, JSON round-trippable. */
export const ValidationReportSchema = z.object({
  format: z.literal('rowforge.validation'),
  version: z.literal(1),
  ok: z.boolean(),
  violationCount: z.number().int().nonnegative(),
  tables: z.array(TableReportSchema),
  foreignKeys: z.array(ForeignKeyReportSchema),
  warnings: z.array(z.string()),
});

export type ViolationExample = z.infer<typeof ViolationExampleSchema>;
export type Violation = z.infer<typeof ViolationSchema>;
export type ColumnProfile = z.infer<typeof ColumnProfileSchema>;
export type TableReport = z.infer<typeof TableReportSchema>;
export type ForeignKeyReport = z.infer<typeof ForeignKeyReportSchema>;
export type ValidationReport = z.infer<typeof ValidationReportSchema>;
