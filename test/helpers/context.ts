// A real CustosContext over a fresh test database (PGlite or PostgreSQL, per CUSTOS_TEST_DB), with
// a temp folder for the key file, audit checkpoints and shred list, and a clock tests can move.
// The modules are wired by wireCustos (src/context.ts), as in the server; only the database comes
// from createTestDatabase() so each test file gets its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { wireCustos, type AppClock, type CustosContext } from '../../src/context';
import { openDatabase } from '../../src/db/client';
import { publicKeyFileFor, readPublicKeys } from '../../src/modules/audit/checkpoint-file';
import type { AuditVerification } from '../../src/modules/audit/audit.types';
import { verifyAudit } from '../../src/modules/audit/verify-audit';
import { createTestDatabase, type TestDatabase } from './db';

/** A clock that stands still until the test moves it. */
export interface TestClock extends AppClock {
  advance(ms: number): void;
  set(at: Date): void;
}

/**
 * @example
 *   const clock = createTestClock();
 *   clock.advance(16 * 60_000); // 16 minutes later
 */
export function createTestClock(start = new Date('2026-03-02T09:00:00.000Z')): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
    set: (at) => {
      t = at.getTime();
    },
  };
}

export interface TestContext {
  ctx: CustosContext;
  /** The clock the context uses (the one passed in, or a fresh TestClock). */
  clock: TestClock | AppClock;
  database: TestDatabase;
  /** Temp folder holding the key file, checkpoint file and shred list. */
  dataDir: string;
  /** Sequences pending audit entries, then runs the full integrity check (custos audit verify). */
  verifyAudit(): Promise<AuditVerification>;
  /** Closes this context; the database and temp folder go with the first context that made them. */
  close(): Promise<void>;
}

export interface TestContextOptions {
  /** Default: a TestClock at 2026-03-02T09:00Z; pass one to move time. */
  clock?: AppClock;
  /**
   * A second instance over the same database and key file, as two servers on one PostgreSQL:
   * on PostgreSQL it opens its own connection pool to the same database; on PGlite (one
   * process, one in-memory database) it shares the database handle.
   */
  shareWith?: TestContext;
}

/**
 * @example
 *   const clock = createTestClock();
 *   const t = await createTestContext({ clock });
 *   after(() => t.close());
 *   const second = await createTestContext({ shareWith: t, clock }); // another "instance"
 */
export async function createTestContext(options: TestContextOptions = {}): Promise<TestContext> {
  const clock = options.clock ?? createTestClock();
  const shared = options.shareWith;
  const dataDir = shared?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'custos-ctx-'));
  let database: TestDatabase;
  let closeDatabase: () => Promise<void>;
  if (!shared) {
    database = await createTestDatabase();
    closeDatabase = () => database.close();
  } else if (shared.database.engine === 'postgres' && shared.database.url) {
    const handle = await openDatabase({ engine: 'postgres', url: shared.database.url });
    database = { ...handle, url: shared.database.url };
    closeDatabase = () => handle.close();
  } else {
    database = shared.database;
    closeDatabase = async () => undefined;
  }

  const config = loadConfig({ CUSTOS_ENV: 'test', CUSTOS_DATA_DIR: dataDir, CUSTOS_HOST: '127.0.0.1', CUSTOS_LOG_LEVEL: 'silent' });
  // The same wiring as the server; only the database comes from here.
  const ctx = await wireCustos(config, database, {
    clock,
    closeDatabase: async () => {
      await closeDatabase();
      if (!shared) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  });
  return {
    ctx,
    clock,
    database,
    dataDir,
    async verifyAudit() {
      await ctx.flushAudit();
      return verifyAudit({ db: ctx.db, checkpointFile: config.auditCheckpointFile, publicKeys: await readPublicKeys(publicKeyFileFor(config.auditCheckpointFile)) });
    },
    close: () => ctx.close(),
  };
}
