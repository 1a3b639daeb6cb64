import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DbHandle, type Engine } from '../../src/db/client';
import { migrateToLatest } from '../../src/db/migrate';

/** The engine integration tests run on; scripts/test.mjs runs them once per engine. */
export const testEngine: Engine = process.env.CUSTOS_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/** Admin URL of the local PostgreSQL that tests create their databases in. */
export const postgresAdminUrl = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DbHandle {
  /** Connection URL (PostgreSQL only), for starting a second process on the same database. */
  url: string | undefined;
}

/**
 * A fresh, migrated database for one test file: in-memory PGlite, or a new PostgreSQL database
 * that close() drops again.
 *
 * @example
 *   const tdb = await createTestDatabase();
 *   after(() => tdb.close());
 */
export async function createTestDatabase(engine: Engine = testEngine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const handle = await openDatabase({ engine: 'pglite' });
    await migrateToLatest(handle.db);
    return { ...handle, url: undefined };
  }
  const name = `custos_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = postgresAdminUrl.replace(/\/[^/]*$/, `/${name}`);
  const handle = await openDatabase({ engine: 'postgres', url });
  await migrateToLatest(handle.db);
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const drop = new pg.Client({ connectionString: postgresAdminUrl });
      await drop.connect();
      try {
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await drop.end();
      }
    },
  };
}
