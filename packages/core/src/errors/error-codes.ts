/**
 * The error catalog: every failure Rowforge reports has one of these stable codes.
 * The CLI maps a code's category to its exit code (see `exitCodeFor`).
 */
export const ErrorCodes = {
  DDL_SYNTAX: 'input',
  DDL_UNSUPPORTED: 'input',
  SCHEMA_INVALID: 'input',
  SCHEMA_DUPLICATE_TABLE: 'input',
  SCHEMA_DUPLICATE_COLUMN: 'input',
  SCHEMA_UNKNOWN_COLUMN: 'input',
  SCHEMA_NO_COLUMNS: 'input',
  FK_UNKNOWN_TABLE: 'input',
  FK_UNKNOWN_COLUMN: 'input',
  FK_ARITY: 'input',
  FK_TYPE_MISMATCH: 'input',
  FK_TARGET_NOT_UNIQUE: 'input',
  ENUM_EMPTY: 'input',
  CHECK_UNSATISFIABLE: 'input',
  UNIQUE_CAPACITY: 'input',
  PLAN_INVALID: 'input',
  PLAN_CONTRADICTS_SCHEMA: 'input',
  CHECK_REDRAW_EXHAUSTED: 'generation',
  FILE_NOT_FOUND: 'input',
  FILE_UNREADABLE: 'input',
  OUTPUT_UNWRITABLE: 'output',
  OUTPUT_EXISTS: 'output',
  USAGE: 'usage',
  WORKER_FAILED: 'internal',
  // K-12 pack (@rowforge/k12)
  K12_OPTIONS_INVALID: 'usage',
  ROSTER_UNREADABLE: 'input',
  ROSTER_INVALID: 'validation',
  // store and service (@rowforge/store, @rowforge/server)
  PROJECT_NOT_FOUND: 'input',
  PROJECT_EXISTS: 'input',
  DATASET_NOT_FOUND: 'input',
  DATASET_TABLE_NOT_FOUND: 'input',
  JOB_NOT_FOUND: 'input',
  ROW_LIMIT_EXCEEDED: 'usage',
  REQUEST_INVALID: 'usage',
  NOT_IMPLEMENTED: 'usage',
  STORE_UNAVAILABLE: 'output',
  STORE_MIGRATION_FAILED: 'internal',
  VALIDATION_FAILED: 'validation',
  INTERNAL: 'internal',
} as const;

export type ErrorCode = keyof typeof ErrorCodes;
export type ErrorCategory = (typeof ErrorCodes)[ErrorCode];

/** Documented process exit codes, one per error category. */
export const ExitCodes = {
  ok: 0,
  validation: 1,
  usage: 2,
  input: 3,
  generation: 4,
  output: 5,
  internal: 70,
} as const satisfies Record<ErrorCategory | 'ok', number>;
