import { RowforgeError } from '../errors/index.js';
import type { Column, Table } from '../schema/index.js';
import { describeType } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { isGenderVocabulary } from './gender-labels.js';
import { splitByFit } from './label-fit.js';

type Label = string | number;

/**
 * The labels of an IN-list that the column's length holds (`'uncollectible'` cannot be a
 * `VARCHAR(12)`'s value: every row drawing it failed to load); see `unfitLabels` for the
 * warning. Throws CHECK_UNSATISFIABLE when none fits: no row could hold a value.
 */
export function fittingLabels(table: Table, column: Column, labels: readonly Label[], constraint: string): Label[] {
  const { fit } = splitByFit(labels, column);
  if (fit.length > 0 || labels.length === 0) return fit;
  throw new RowforgeError('CHECK_UNSATISFIABLE', `no label of ${constraint} fits "${table.name}.${column.name}" (${describeType(column.type)})`, {
    table: table.name, column: column.name, constraint, hint: 'widen the column or shorten the labels so that some label fits',
  });
}

/**
 * The generator of a column an IN-list limits to `values`: a `gender` column (so inferred from
 * its name) whose list has a female and a male label keeps the gender generator, which draws
 * the list's labels by the row's sex (the engine reads them from the CHECK); else an enum of
 * the values. The spec's nullRate and unique flag stay.
 */
export function listSpec(spec: ColumnSpec, values: readonly Label[]): ColumnSpec {
  const common = { ...(spec.nullRate !== undefined ? { nullRate: spec.nullRate } : {}), ...(spec.unique ? { unique: true } : {}) };
  if (spec.generator === 'gender' && spec.unique !== true && isGenderVocabulary(values)) return { generator: 'gender', ...common };
  return { generator: 'enum', values: [...values], ...common };
}
