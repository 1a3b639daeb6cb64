import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../core/errors';
import type { Db } from './client';
import { migrations } from './migrations';

const provider: MigrationProvider = { getMigrations: async (): Promise<Record<string, Migration>> => migrations };

/**
 * Brings the schema up to date. Safe to run from several instances at once: Kysely's migrator
 * takes a lock, so only one applies each migration.
 */
export async function migrateToLatest(db: Db): Promise<{ applied: string[] }> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'custos_migrations', migrationLockTableName: 'custos_migrations_lock' });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    throw new AppError('internal', `Database migration failed: ${error instanceof Error ? error.message : String(error)}`, undefined, { cause: error });
  }
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}
