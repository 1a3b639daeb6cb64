import fs from 'node:fs';
import path from 'node:path';
import { Kysely, PostgresDialect } from 'kysely';
import { PGlite } from '@electric-sql/pglite';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { AppError } from '../core/errors';
import type { Database } from './schema';

export type Db = Kysely<Database>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  engine: Engine;
  close(): Promise<void>;
}

export type OpenDatabaseOptions =
  | { engine: 'pglite'; /** Omit for an in-memory database. */ dataDir?: string }
  | { engine: 'postgres'; url: string; poolSize?: number };

const INT8_OID = 20;
// Sequence numbers and counters stay far below 2^53; numbers are easier to handle than strings.
const parseInt8 = (value: string): number => Number(value);

/**
 * Opens the database: embedded PGlite (a folder, or memory) or PostgreSQL. Both speak the same
 * SQL, so one set of migrations and one set of repositories serve both.
 *
 * @example
 *   const { db, close } = await openDatabase({ engine: 'pglite', dataDir: './data/db' });
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DbHandle> {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: options.poolSize ?? 10,
      types: { getTypeParser: (oid, format) => (oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig,
    });
    // An idle client's error (e.g. the server restarting) must not crash the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  let release = async (): Promise<void> => undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    release = lockDataDir(options.dataDir);
  }
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    parsers: { [INT8_OID]: parseInt8 },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    engine: 'pglite',
    close: async () => {
      await db.destroy();
      await release();
    },
  };
}

/**
 * PGlite is single-process: a second process opening the same folder would corrupt it.
 * A lock file with our pid keeps the CLI from opening a folder the server holds.
 */
function lockDataDir(dataDir: string): () => Promise<void> {
  const lockFile = path.join(dataDir, 'custos.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx', mode: 0o600 });
      return async () => fs.rmSync(lockFile, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockFile, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new AppError(
          'unavailable',
          `The embedded database in ${dataDir} is in use by process ${holder} (probably the running server). ` +
            'Stop it first, or run Custos on PostgreSQL (DATABASE_URL) to share the database between processes.',
        );
      }
      fs.rmSync(lockFile, { force: true }); // stale lock from a process that died
    }
  }
  throw new AppError('unavailable', `Could not lock the embedded database in ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** bytea comes back as Buffer from pg and as Uint8Array from PGlite; callers get a Buffer. */
export function asBuffer(value: Uint8Array): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}
