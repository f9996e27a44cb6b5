import { RowforgeError } from '@rowforge/core';
import { Migrator, type Kysely } from 'kysely';
import type { StoreDatabase } from '../store-database.js';
import { MIGRATIONS } from './migrations.js';

/** The store's migrations table, in schema `rowforge`: one row per applied migration. */
export const MIGRATIONS_TABLE = 'rowforge_migrations';

export function storeMigrator(db: Kysely<StoreDatabase>): Migrator {
  return new Migrator({
    db,
    provider: { getMigrations: () => Promise.resolve({ ...MIGRATIONS }) },
    migrationTableSchema: 'rowforge',
    migrationTableName: MIGRATIONS_TABLE,
    migrationLockTableName: `${MIGRATIONS_TABLE}_lock`,
  });
}

/** Applies every pending migration (each in a transaction, under Kysely's migration lock). */
export async function runMigrations(db: Kysely<StoreDatabase>): Promise<void> {
  const { error, results } = await storeMigrator(db).migrateToLatest();
  if (!error) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'the migrations table';
  throw new RowforgeError('STORE_MIGRATION_FAILED', `store migration ${failed} failed: ${(error as Error).message}`, { hint: 'the store was left at its last good migration; check the database and retry' }, { cause: error });
}

/** Applied and pending migration names, for `health()`. */
export async function migrationStatus(db: Kysely<StoreDatabase>): Promise<{ applied: string[]; pending: string[] }> {
  const all = await storeMigrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
