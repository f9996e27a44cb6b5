import type { DraftColumn, DraftTable, SchemaDraft } from '../schema-draft.js';
import { listCheck, rangeCheck, type BoundsCheck } from './pg-bounds-check.js';
import type { PgPartition, PgPartitioned, PgPartitions } from './pg-partitions.js';
import { uncoveredRemainder } from './pg-hash-coverage.js';
import { rangeRuns, type RangePart } from './pg-range-runs.js';

/** Suffix of the CHECK that keeps a parent's rows within its partitions' bounds. */
const PARTITION_BOUNDS_SUFFIX = '_partition_bounds';

const CONSEQUENCE = 'its rows may fall outside every partition and fail to load into the partitioned table';

function notApplied(draft: SchemaDraft, p: PgPartitioned, at: number, reason: string): void {
  draft.warn(at, `partition bounds of "${p.name}" are not applied (${reason}): ${CONSEQUENCE}`);
}

function checkName(table: DraftTable): string {
  const taken = new Set(table.checks.map((c) => c.name?.toLowerCase()));
  let name = `${table.name}${PARTITION_BOUNDS_SUFFIX}`;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${table.name}${PARTITION_BOUNDS_SUFFIX}_${i}`;
  return name;
}

/** Adds the CHECK and says so; `note` explains a narrowing (gaps between ranges). */
function constrain(draft: SchemaDraft, table: DraftTable, p: PgPartitioned, check: BoundsCheck, note = ''): void {
  const name = checkName(table);
  table.checks.push({ name, expr: check.expr, sql: check.sql });
  draft.warn(p.at, `rows of "${table.name}" are kept within its partitions' bounds${note}: CHECK ${name} (${check.sql})`);
}

/** LIST: the union of the lists; NULL only when some list holds it. */
function applyList(draft: SchemaDraft, table: DraftTable, col: DraftColumn, p: PgPartitioned): void {
  const values = p.partitions.flatMap((x) => (x.bound.kind === 'list' ? x.bound.values : []));
  if (!values.includes(null)) col.nullable = false;
  constrain(draft, table, p, listCheck(col.name, values));
}

function rangePart(x: PgPartition): RangePart<PgPartition>[] {
  const b = x.bound;
  return b.kind === 'range' && b.lower[0] && b.upper[0] ? [{ item: x, lower: b.lower[0], upper: b.upper[0] }] : [];
}

function gapNote(run: readonly PgPartition[], of: number): string {
  const [first, last] = [run[0]?.child ?? '', run[run.length - 1]?.child ?? ''];
  return ` (their ranges leave gaps: only the longest contiguous run, ${run.length} of ${of} partitions, from "${first}" to "${last}", is used)`;
}

/** RANGE on one column: the union when contiguous, else the run of most partitions (with a warning). */
function applyRange(draft: SchemaDraft, table: DraftTable, col: DraftColumn, p: PgPartitioned): void {
  const [first, ...others] = rangeRuns(p.partitions.flatMap(rangePart));
  if (!first) return;
  const run = others.reduce((best, r) => (r.items.length > best.items.length ? r : best), first);
  col.nullable = false;
  const check = rangeCheck(col.name, run.lower, run.upper);
  if (!check) return;
  constrain(draft, table, p, check, run.items.length < p.partitions.length ? gapNote(run.items, p.partitions.length) : '');
}

/** Why the bounds cannot be turned into a CHECK, with where to point; undefined when they can. */
function obstacle(draft: SchemaDraft, table: DraftTable, p: PgPartitioned): { at: number; reason: string } | undefined {
  const bad = p.partitions.find((x) => x.bound.kind === 'unreadable');
  if (bad) return { at: bad.at, reason: `the bound of "${bad.child}" is not a constant` };
  const [column, ...more] = p.key.columns;
  if (more.length > 0) return { at: p.at, reason: `the partition key has ${more.length + 1} columns; only one-column keys are applied` };
  if (column === undefined) return { at: p.at, reason: 'the partition key is an expression' };
  return draft.findColumn(table, column) ? undefined : { at: p.at, reason: `the partition key column "${column}" is not generated` };
}

/** HASH takes every row when each remainder has a partition: no CHECK, only a warning when one has none. */
function checkHashCoverage(draft: SchemaDraft, p: PgPartitioned): void {
  const r = uncoveredRemainder(p.partitions.flatMap((x) => (x.bound.kind === 'hash' ? [x.bound] : [])));
  if (r) notApplied(draft, p, p.at, `no hash partition takes remainder ${r.remainder} of modulus ${r.modulus}`);
}

function applyParent(draft: SchemaDraft, p: PgPartitioned): void {
  const table = draft.findTable(p.name);
  if (p.partitions.length === 0 || p.partitions.some((x) => x.bound.kind === 'default')) return;
  if (!table) {
    if (draft.isSkippedRelation(p.name)) notApplied(draft, p, p.at, `"${p.name}" is itself a partition; bounds of sub-partitions are not applied`);
    return;
  }
  if (p.key.strategy === 'hash') return checkHashCoverage(draft, p);
  const why = obstacle(draft, table, p);
  if (why) return notApplied(draft, p, why.at, why.reason);
  const col = draft.getColumn(table, p.key.columns[0] ?? '', p.at);
  if (p.key.strategy === 'list') applyList(draft, table, col, p);
  else applyRange(draft, table, col, p);
}

/**
 * Turns the bounds of each parent's partitions into a CHECK on its partition key column, so
 * generated rows load into the user's partitioned tables: RANGE → `col >= lo AND col < hi`,
 * LIST → `col IN (...)`. A DEFAULT partition takes every row (no CHECK); HASH takes every row
 * when its remainders are all covered. What cannot be applied is said in a warning.
 */
export function applyPartitionBounds(draft: SchemaDraft, partitions: PgPartitions): void {
  for (const p of partitions.all()) applyParent(draft, p);
}
