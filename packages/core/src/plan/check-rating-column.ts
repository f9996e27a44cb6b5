import { RowforgeError } from '../errors/index.js';
import { baseType, describeType, findColumn, type Column, type LogicalTypeKind, type Table } from '../schema/index.js';

import type { ColumnSpec } from './column-spec.js';

/** Column types a rating can be read from: numbers, and text or enum labels that are numbers. */
const RATING_KINDS: ReadonlySet<LogicalTypeKind> = new Set<LogicalTypeKind>(['int', 'decimal', 'float', 'string', 'enum']);

type Subject = NonNullable<Extract<ColumnSpec, { generator: 'text' }>['subject']>;
type Kind = Extract<ColumnSpec, { generator: 'text' }>['kind'];

/** The text kinds each subject voices: goods and restaurants are reviewed and described, work described, employees reviewed and given goals. */
const SUBJECT_KINDS: Record<Subject, readonly Kind[]> = {
  product: ['review', 'description'], restaurant: ['review', 'description'], project: ['description'], employee: ['review', 'goals'],
};

/**
 * Checks a `text` spec's review fields: `ratingColumn` belongs to `kind: 'review'`, `subject` to
 * the kinds it voices (`SUBJECT_KINDS`; PLAN_INVALID otherwise), and `ratingColumn` names another column of
 * the table that can hold a rating (PLAN_CONTRADICTS_SCHEMA when it names none, the column
 * itself, or a date, flag, …). Other specs pass.
 *
 * @example
 * ```ts
 * checkRatingColumn(reviews, reviewText, { generator: 'text', kind: 'review', ratingColumn: 'stars' }) // throws: no column "stars"
 * ```
 */
export function checkRatingColumn(table: Table, column: Column, spec: ColumnSpec): void {
  if (spec.generator !== 'text' || (spec.ratingColumn === undefined && spec.subject === undefined)) return;
  const where = `"${table.name}.${column.name}"`;
  const details = { table: table.name, column: column.name };
  if (spec.ratingColumn !== undefined && spec.kind !== 'review') {
    throw new RowforgeError('PLAN_INVALID', `plan for ${where}: ratingColumn applies to kind "review", not "${spec.kind}"`, { ...details, hint: 'set kind to "review", or drop ratingColumn' });
  }
  const kinds = spec.subject === undefined ? undefined : SUBJECT_KINDS[spec.subject];
  if (kinds !== undefined && !kinds.includes(spec.kind)) {
    throw new RowforgeError('PLAN_INVALID', `plan for ${where}: subject "${String(spec.subject)}" applies to kind ${kinds.map((k) => `"${k}"`).join(' or ')}, not "${spec.kind}"`, { ...details, hint: `set kind to "${kinds[0] ?? 'review'}", or choose another subject` });
  }
  if (spec.ratingColumn === undefined) return;
  const rated = findColumn(table, spec.ratingColumn);
  if (!rated) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for ${where} refers to unknown column "${spec.ratingColumn}"`, details);
  if (rated.name === column.name) throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for ${where} takes its tone from itself`, details);
  if (!RATING_KINDS.has(baseType(rated.type).kind)) {
    throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `plan for ${where} takes its tone from "${rated.name}", which is ${describeType(rated.type)}, not a rating`, { ...details, hint: 'name a numeric column such as rating or stars' });
  }
}
