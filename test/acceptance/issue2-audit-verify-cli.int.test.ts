// Issue 2 acceptance, as an operator would try it: each kind of direct tampering with the audit log
// in the database (edit, delete, reorder, insert, truncate the tail behind a checkpoint) is reported
// by the real `custos audit verify` command, a separate process reading its configuration from the
// environment, with exit code 1 and the sequence number. Runs on this suite's engine (a PGlite data
// folder, or a fresh PostgreSQL database). Each case starts from its own intact, sealed log.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type Db, type DbHandle } from '../../src/db/client';
import { migrateToLatest } from '../../src/db/migrate';
import { createAuditService } from '../../src/modules/audit/audit.service';
import { createManualClock, createMemorySecretStore, makeEntry, tempCheckpointDir, testAuditDeps } from '../fixtures/audit-fakes';
import { runCustos } from '../helpers/cli';
import { createTestDatabase, testEngine } from '../helpers/db';

const ENTRIES = 34; // checkpoints by count over 1..10, 11..20, 21..30; 31..34 chained, not sealed

interface Installation {
  env: Record<string, string>;
  withDb<T>(work: (handle: DbHandle) => Promise<T>): Promise<T>;
  cleanup(): Promise<void>;
}

/** A data folder (and on PostgreSQL a database) holding an intact audit log of ENTRIES entries. */
async function installationWithSealedLog(): Promise<Installation> {
  const tmp = tempCheckpointDir(); // <dir>/audit-checkpoints.jsonl is the default checkpoint file
  const env: Record<string, string> = { CUSTOS_DATA_DIR: tmp.dir };
  let url: string | undefined;
  let drop = async (): Promise<void> => undefined;
  if (testEngine === 'postgres') {
    const tdb = await createTestDatabase('postgres');
    url = tdb.url!;
    env.DATABASE_URL = url;
    drop = tdb.close;
  }
  // PGlite allows one process at a time: open briefly, close before the command runs.
  const withDb = async <T>(work: (handle: DbHandle) => Promise<T>): Promise<T> => {
    const handle = url ? await openDatabase({ engine: 'postgres', url }) : await openDatabase({ engine: 'pglite', dataDir: path.join(tmp.dir, 'db') });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  };
  await withDb(async ({ db }) => {
    await migrateToLatest(db);
    // A clock behind the database's keeps the time-based checkpoint out: checkpoints by count only.
    const clock = createManualClock(new Date(Date.now() - 3_600_000));
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, clock, secrets: createMemorySecretStore(), checkpointEveryEntries: 10 }));
    const org = randomUUID();
    await audit.appendAuditBatch(db, Array.from({ length: ENTRIES }, () => makeEntry(org)));
    await audit.sequencePending(db);
  });
  return {
    env,
    withDb,
    cleanup: async () => {
      await drop().catch(() => undefined);
      tmp.cleanup();
    },
  };
}

/** SQL as a database owner would run it, with the append-only triggers switched off. */
function asOwner(inst: Installation, work: (trx: Db) => Promise<unknown>): Promise<void> {
  return inst.withDb(({ db }) =>
    db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger user`.execute(trx);
      await work(trx);
      await sql`alter table audit_log enable trigger user`.execute(trx);
    }),
  );
}

const copyRowAs = (trx: Db, newSeq: number, fromSeq: number) =>
  sql`insert into audit_log select ${newSeq}, ${randomUUID()}::uuid, organization_id, at, actor_id, actor_role, action, resource_type, resource_id, subject_id,
    purpose, outcome, 'forged', request_id, client_ip, details, prev_hash, hash from audit_log where seq = ${fromSeq}`.execute(trx);

describe(`issue 2: custos audit verify reports direct tampering with the sequence number (${testEngine})`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanups) await c();
  });

  const cases: { name: string; tamper: (trx: Db) => Promise<unknown>; seq: number; kind: string }[] = [
    { name: 'an edited entry', seq: 14, kind: 'edited', tamper: (trx) => sql`update audit_log set outcome = 'allow', reason = 'edited afterwards' where seq = 14`.execute(trx) },
    { name: 'a deleted entry', seq: 17, kind: 'deleted', tamper: (trx) => sql`delete from audit_log where seq = 17`.execute(trx) },
    {
      name: 'two entries reordered (sequence numbers swapped)',
      seq: 5,
      kind: 'reordered',
      tamper: async (trx) => {
        await sql`update audit_log set seq = 999999 where seq = 5`.execute(trx);
        await sql`update audit_log set seq = 5 where seq = 25`.execute(trx);
        await sql`update audit_log set seq = 25 where seq = 999999`.execute(trx);
      },
    },
    {
      name: 'an entry inserted in the middle',
      seq: 12,
      kind: 'inserted',
      tamper: async (trx) => {
        await sql`update audit_log set seq = seq + 1000000 where seq >= 12`.execute(trx);
        await sql`update audit_log set seq = seq - 1000000 + 1 where seq >= 1000000`.execute(trx);
        await copyRowAs(trx, 12, 13);
      },
    },
    { name: 'the tail truncated behind a checkpoint', seq: 26, kind: 'truncated', tamper: (trx) => sql`delete from audit_log where seq > 25`.execute(trx) },
  ];

  for (const c of cases) {
    it(`${c.name}: exit 1, naming seq ${c.seq} (${c.kind})`, async () => {
      const inst = await installationWithSealedLog();
      cleanups.push(inst.cleanup);
      const intact = await runCustos(['audit', 'verify'], inst.env);
      assert.equal(intact.code, 0, `the untouched log verifies first: ${intact.stdout}${intact.stderr}`);
      assert.match(intact.stdout, new RegExp(`Audit log intact: ${ENTRIES} entries`));

      await asOwner(inst, c.tamper);
      const res = await runCustos(['audit', 'verify'], inst.env);
      assert.equal(res.code, 1, `exit code; stdout: ${res.stdout} stderr: ${res.stderr}`);
      assert.match(res.stdout, new RegExp(`AUDIT LOG INTEGRITY FAILURE at seq ${c.seq} \\(${c.kind}\\)`));
    });
  }
});
