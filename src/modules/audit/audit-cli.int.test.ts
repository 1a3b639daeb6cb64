// `custos audit verify` as an operator runs it: a separate process reading the configuration from
// the environment, on the engine of this suite (a PGlite data folder, or PostgreSQL).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type DbHandle } from '../../db/client';
import { migrateToLatest } from '../../db/migrate';
import { createTestDatabase, testEngine } from '../../../test/helpers/db';
import { createManualClock, createMemorySecretStore, makeEntry, tempCheckpointDir, testAuditDeps } from '../../../test/fixtures/audit-fakes';
import { createAuditService } from './audit.service';

const root = path.resolve(import.meta.dirname, '../../..');

function custos(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_') && k !== 'DATABASE_URL'));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/custos.mjs', ...args], { cwd: root, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe(`custos audit verify (${testEngine})`, () => {
  let tmp: ReturnType<typeof tempCheckpointDir>;
  let env: Record<string, string>;
  let dropDatabase = async (): Promise<void> => undefined;
  let postgresUrl: string | undefined;

  /** The database as the CLI will see it; PGlite allows one process at a time, so open briefly. */
  const withDb = async <T>(work: (handle: DbHandle) => Promise<T>): Promise<T> => {
    const handle = postgresUrl ? await openDatabase({ engine: 'postgres', url: postgresUrl }) : await openDatabase({ engine: 'pglite', dataDir: path.join(tmp.dir, 'db') });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };

  before(async () => {
    tmp = tempCheckpointDir();
    env = { CUSTOS_DATA_DIR: tmp.dir };
    if (testEngine === 'postgres') {
      const tdb = await createTestDatabase('postgres');
      postgresUrl = tdb.url!;
      env.DATABASE_URL = postgresUrl;
      dropDatabase = tdb.close;
    }
    await withDb(async ({ db }) => {
      await migrateToLatest(db);
      // The default checkpoint file: <data dir>/audit-checkpoints.jsonl
      // A clock behind the database's keeps the time-based checkpoint out: exactly 3 by count.
      const clock = createManualClock(new Date(Date.now() - 3_600_000));
      const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, clock, secrets: createMemorySecretStore(), checkpointEveryEntries: 10 }));
      await audit.appendAuditBatch(db, Array.from({ length: 34 }, () => makeEntry(randomUUID())));
      await audit.sequencePending(db);
    });
  });
  after(async () => {
    await dropDatabase().catch(() => undefined);
    tmp.cleanup();
  });

  it('exits 0 and summarizes an intact log', async () => {
    const { code, stdout, stderr } = await custos(['audit', 'verify'], env);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /Audit log intact: 34 entries \(seq 1\.\.34\), 3 signed checkpoints verified, 3 matched/);
    assert.match(stdout, /entries\/s/);
  });

  it('exits 1 naming the first bad sequence number once an entry is edited', async () => {
    await withDb(({ db }) =>
      db.transaction().execute(async (trx) => {
        await sql`alter table audit_log disable trigger user`.execute(trx);
        await sql`update audit_log set action = 'record.export' where seq in (7, 20)`.execute(trx);
        await sql`alter table audit_log enable trigger user`.execute(trx);
      }),
    );
    const { code, stdout } = await custos(['audit', 'verify'], env);
    assert.equal(code, 1);
    assert.match(stdout, /INTEGRITY FAILURE at seq 7 \(edited\)/);
    const json = await custos(['audit', 'verify', '--json'], env);
    assert.equal(json.code, 1);
    const result = JSON.parse(json.stdout) as { ok: boolean; failure: { kind: string; seq: number } };
    assert.deepEqual([result.ok, result.failure.kind, result.failure.seq], [false, 'edited', 7]);
  });

  it('exits 2 on a usage error and 3 when it cannot check signatures against a given key file', async () => {
    assert.equal((await custos(['audit', 'verify', '--bogus'], env)).code, 2);
    assert.equal((await custos(['audit', 'frobnicate'], env)).code, 2);
    const garbage = path.join(tmp.dir, 'not-a-key.pub');
    fs.writeFileSync(garbage, '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n');
    const { code, stderr } = await custos(['audit', 'verify', '--public-key', garbage], env);
    assert.equal(code, 3);
    assert.match(stderr, /could not verify/);
  });
});
