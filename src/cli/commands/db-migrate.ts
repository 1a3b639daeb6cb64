import { loadConfig } from '../../config';
import { openDatabase } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import path from 'node:path';

export async function dbMigrate(_argv: string[]): Promise<number> {
  const config = loadConfig();
  const handle = await openDatabase(
    config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: path.join(config.dataDir, 'db') },
  );
  try {
    const { applied } = await migrateToLatest(handle.db);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
    return 0;
  } finally {
    await handle.close();
  }
}
