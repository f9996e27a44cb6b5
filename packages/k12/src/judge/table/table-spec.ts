import type { JudgeRule } from '../rules/rule-catalog.js';
/** A cell that breaks a rule: which rule and why. */
export interface CellProblem {
  readonly rule: JudgeRule;
  readonly message: string;
}

/** Checks one non-empty cell; returns the problem, if any. */
export type CellCheck = (value: string) => CellProblem | undefined;

/** What the judge expects of one CSV file, straight from the format's column table. */
export interface TableSpec {
  /** File name inside its folder, e.g. `students.csv`. */
  readonly file: string;
  /** The exact header, in order. */
  readonly columns: readonly string[];
  /** Columns that may follow `columns` (Clever's optional columns), in any order. */
  readonly extraColumns?: readonly string[];
  /** Whether `metadata.*` extension columns may follow `columns` (OneRoster). */
  readonly metadataColumns?: boolean;
  /** Columns that must not be blank. */
  readonly required: readonly string[];
  /** Per-column checks on non-empty cells. */
  readonly cells: Readonly<Record<string, CellCheck>>;
}
