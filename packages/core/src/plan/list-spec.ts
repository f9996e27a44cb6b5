import type { Column } from '../schema/index.js';
import type { ColumnSpec } from './column-spec.js';
import { isGenderVocabulary } from './gender-labels.js';
import { splitByFit } from './label-fit.js';

type Label = string | number;

/**
 * The labels of an IN-list that the column's length holds (`'uncollectible'` cannot be a
 * `VARCHAR(12)`'s value: every row drawing it failed to load); see `unfitLabels` for the
 * warning. When none fits, all of them: a length no label fits is not meant to hold (SQLite
 * ignores it, and its schemas have `kind VARCHAR(3) CHECK (kind IN ('income', 'expense'))`).
 */
export function fittingLabels(column: Column, labels: readonly Label[]): Label[] {
  const { fit } = splitByFit(labels, column);
  return fit.length > 0 ? fit : [...labels];
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
