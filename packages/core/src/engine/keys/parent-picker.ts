import { RowforgeError } from '../../errors/index.js';
import type { ForeignKeyPlan } from '../../plan/index.js';
import { Rng, streamKey } from '../rng.js';
import { permuteIndex } from '../semantic/index.js';
import { GroupedAssignment } from './grouped-assignment.js';
import { poisson, zipfRank } from './poisson.js';

/** Maps a child row to a parent row index, or -1 for NULL. */
export type ParentPicker = (row: number) => number;

export interface PickerEnv {
  readonly seed: string;
  readonly table: string;
  readonly fkIndex: number;
  readonly fk: ForeignKeyPlan;
  readonly rows: number;
  readonly parentRows: number;
  readonly selfReference: boolean;
  readonly nullable: boolean;
}

function keyOf(env: PickerEnv, salt: string): number {
  return streamKey(env.seed, env.table, `@fk${env.fkIndex}`, env.fk.columns.join(','), salt);
}

/** Grouped children-per-parent counts for `exact` and `poisson` distributions. */
export function groupedFor(env: Pick<PickerEnv, 'seed' | 'table' | 'fkIndex' | 'fk' | 'parentRows'>): GroupedAssignment | undefined {
  const d = env.fk.distribution;
  if (d.kind === 'exact') return new GroupedAssignment(env.parentRows, () => d.count);
  if (d.kind !== 'poisson') return undefined;
  const rng = new Rng(0, 0);
  const key = keyOf(env as PickerEnv, 'poisson');
  return new GroupedAssignment(env.parentRows, (p) => poisson(rng.reset(key, p), d.mean));
}

function randomPicker(env: PickerEnv): (row: number, u: number) => number {
  const d = env.fk.distribution;
  const n = env.parentRows;
  if (d.kind === 'zipf') {
    const key = keyOf(env, 'zipf-perm');
    return (_row, u) => permuteIndex(zipfRank(u, n, d.s), n, key);
  }
  return (_row, u) => Math.floor(u * n);
}

function noParents(env: PickerEnv): never {
  throw new RowforgeError('PLAN_CONTRADICTS_SCHEMA', `"${env.table}" needs rows of its parent for (${env.fk.columns.join(', ')}) → ${env.fk.references}, but the parent has 0 rows`, {
    table: env.table, hint: 'give the parent table at least one row, or make the foreign key nullable',
  });
}

/** Builds the picker for one (non-product) foreign key. */
export function parentPicker(env: PickerEnv, grouped?: GroupedAssignment): ParentPicker {
  const rng = new Rng(0, 0);
  const key = keyOf(env, 'pick');
  const nullKey = keyOf(env, 'null');
  const nullRate = env.nullable ? env.fk.nullRate : 0;
  const isNull = (row: number): boolean => nullRate > 0 && rng.reset(nullKey, row).float() < nullRate;
  if (env.selfReference) {
    // A UNIQUE self-reference (one-to-one) takes the row before, distinct and already loaded,
    // or when it cannot be NULL (row 0 has no row before) the row itself.
    const unique = env.fk.distribution.kind === 'oneToOne';
    const earlier = unique ? (row: number) => (env.nullable ? row - 1 : row) : (row: number) => Math.floor(rng.reset(key, row).float() * row);
    return (row) => (isNull(row) || (row === 0 && env.nullable) ? -1 : row === 0 ? 0 : earlier(row));
  }
  if (env.parentRows === 0) return env.nullable ? () => -1 : env.rows === 0 ? () => -1 : noParents(env);
  if (grouped) return (row) => (isNull(row) ? -1 : grouped.parentOf(row));
  if (env.fk.distribution.kind === 'oneToOne') {
    if (env.rows > env.parentRows) oneToOneTooMany(env);
    const pkey = keyOf(env, 'one');
    return (row) => (isNull(row) ? -1 : permuteIndex(row, env.parentRows, pkey));
  }
  const pick = randomPicker(env);
  return (row) => (isNull(row) ? -1 : pick(row, rng.reset(key, row).float()));
}

function oneToOneTooMany(env: PickerEnv): never {
  throw new RowforgeError('UNIQUE_CAPACITY', `"${env.table}" (${env.fk.columns.join(', ')}) is unique, so it needs a distinct parent per row: ${env.rows} rows but ${env.fk.references} has only ${env.parentRows}`, {
    table: env.table, hint: `lower "${env.table}" to at most ${env.parentRows} rows or add parent rows`,
  });
}

/**
 * Pickers for foreign keys that together form a composite unique key (a junction table):
 * row → a distinct tuple of parent indexes via a keyed bijection and mixed-radix digits.
 */
export function productPickers(envs: readonly PickerEnv[]): ParentPicker[] {
  const sizes = envs.map((e) => e.parentRows);
  const capacity = sizes.reduce((a, b) => a * b, 1);
  const rows = envs[0]?.rows ?? 0;
  const first = envs[0];
  if (first && rows > capacity) {
    throw new RowforgeError('UNIQUE_CAPACITY', `"${first.table}" needs ${rows} distinct combinations of (${envs.map((e) => e.fk.references).join(' × ')}) but only ${capacity} exist`, {
      table: first.table, hint: `lower "${first.table}" to at most ${capacity} rows or add parent rows`,
    });
  }
  const key = first ? keyOf(first, 'product') : 0;
  const span = Math.min(capacity, 2 ** 32);
  return envs.map((_, i) => {
    const divisor = sizes.slice(i + 1).reduce((a, b) => a * b, 1);
    return (row) => Math.floor(permuteIndex(row, span, key) / divisor) % (sizes[i] as number);
  });
}
