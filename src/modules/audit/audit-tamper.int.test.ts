// Tampering as an attacker with database-owner rights would do it: disable the append-only
// triggers, change rows with SQL, and (for the smarter attacks) recompute hashes or rewrite the
// head. Each test tampers, checks what verifyAudit reports, then restores the log and checks
// that it verifies again, so a report can only come from the tampering.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, afterEach, before, describe, it } from 'node:test';
import { sql, type Selectable } from 'kysely';
import { asBuffer, type Db } from '../../db/client';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/helpers/db';
import { createManualClock, createMemorySecretStore, makeEntry, tempCheckpointDir, testAuditDeps } from '../../../test/fixtures/audit-fakes';
import { createChainHasher, GENESIS_HASH } from './audit-hash';
import { selectChainRowAs } from './audit.repo';
import { createAuditService } from './audit.service';
import type { AuditCheckpointsTable, AuditHeadTable, AuditLogTable } from './audit.tables';
import type { AuditVerification } from './audit.types';
import { publicKeyFileFor, readPublicKeys } from './checkpoint-file';
import { verifyAudit } from './verify-audit';

describe(`audit tamper detection (${testEngine})`, () => {
  let tdb: TestDatabase;
  let tmp: ReturnType<typeof tempCheckpointDir>;
  let snapshot: { log: Selectable<AuditLogTable>[]; checkpoints: Selectable<AuditCheckpointsTable>[]; head: Selectable<AuditHeadTable>; file: string };
  const org = randomUUID();
  const ENTRIES = 230; // checkpoints over 1..50, ..., 151..200; 201..230 chained but not yet sealed

  before(async () => {
    tdb = await createTestDatabase();
    tmp = tempCheckpointDir();
    const clock = createManualClock(new Date(Date.now() - 3_600_000));
    const audit = createAuditService(
      testAuditDeps({ checkpointFile: tmp.checkpointFile, clock, secrets: createMemorySecretStore(), checkpointEveryEntries: 50, checkpointEveryMs: 60_000 }),
    );
    for (let i = 0; i < ENTRIES; i += 46) {
      await audit.appendAuditBatch(tdb.db, Array.from({ length: Math.min(46, ENTRIES - i) }, () => makeEntry(org)));
      clock.advance(10);
      await audit.sequencePending(tdb.db);
    }
    snapshot = {
      log: await tdb.db.selectFrom('audit_log').selectAll().orderBy('seq').execute(),
      checkpoints: await tdb.db.selectFrom('audit_checkpoints').selectAll().orderBy('seq_to').execute(),
      head: await tdb.db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow(),
      file: fs.readFileSync(tmp.checkpointFile, 'utf8'),
    };
    assert.equal(snapshot.log.length, ENTRIES);
    assert.deepEqual(
      snapshot.checkpoints.map((c) => c.seq_to),
      [50, 100, 150, 200],
    );
  });
  after(async () => {
    await tdb.close();
    tmp.cleanup();
  });

  const verify = async (): Promise<AuditVerification> =>
    verifyAudit({ db: tdb.db, checkpointFile: tmp.checkpointFile, publicKeys: await readPublicKeys(publicKeyFileFor(tmp.checkpointFile)), batchSize: 64 });

  /** Runs SQL as a database owner would, with the append-only triggers switched off. */
  const asOwner = (work: (trx: Db) => Promise<unknown>): Promise<void> =>
    tdb.db.transaction().execute(async (trx) => {
      await sql`alter table audit_log disable trigger user`.execute(trx);
      await sql`alter table audit_checkpoints disable trigger user`.execute(trx);
      await work(trx);
      await sql`alter table audit_log enable trigger user`.execute(trx);
      await sql`alter table audit_checkpoints enable trigger user`.execute(trx);
    });

  const expectFailure = async (kind: string, seq: number): Promise<AuditVerification> => {
    const result = await verify();
    assert.equal(result.ok, false, 'verify should fail');
    assert.deepEqual({ kind: result.failure?.kind, seq: result.failure?.seq }, { kind, seq }, result.failure?.message);
    assert.match(result.failure!.message, new RegExp(String(seq)));
    return result;
  };

  /** Moves rows seq >= from by `delta` without tripping the primary key midway. */
  const shiftSeq = async (trx: Db, from: number, delta: number): Promise<void> => {
    await sql`update audit_log set seq = seq + 1000000 where seq >= ${from}`.execute(trx);
    await sql`update audit_log set seq = seq - 1000000 + ${delta} where seq >= 1000000`.execute(trx);
  };

  /** The smart attacker: recomputes prev_hash and hash from `from` to the end, and the head. */
  const rechain = async (trx: Db, from: number): Promise<void> => {
    const chain = createChainHasher();
    let prev = from === 1 ? GENESIS_HASH : asBuffer((await trx.selectFrom('audit_log').select('hash').where('seq', '=', from - 1).executeTakeFirstOrThrow()).hash);
    const last = (await trx.selectFrom('audit_log').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirstOrThrow()).m as number;
    for (let seq = from; seq <= last; seq++) {
      const row = (await selectChainRowAs(trx, seq, seq))!;
      const hash = chain(prev, row.digest);
      await sql`update audit_log set prev_hash = ${prev}, hash = ${hash} where seq = ${seq}`.execute(trx);
      prev = hash;
    }
    await sql`update audit_head set seq = ${last}, hash = ${prev}`.execute(trx);
  };

  afterEach(async () => {
    await asOwner(async (trx) => {
      await sql`delete from audit_log`.execute(trx);
      await sql`delete from audit_checkpoints`.execute(trx);
      for (let i = 0; i < snapshot.log.length; i += 100) await trx.insertInto('audit_log').values(snapshot.log.slice(i, i + 100)).execute();
      await trx.insertInto('audit_checkpoints').values(snapshot.checkpoints).execute();
      await trx.updateTable('audit_head').set(snapshot.head).where('id', '=', 1).execute();
    });
    fs.writeFileSync(tmp.checkpointFile, snapshot.file);
    const result = await verify();
    assert.equal(result.ok, true, `restored log should verify: ${result.failure?.message}`);
    assert.equal(result.entriesChecked, ENTRIES);
  });

  it('passes the untouched log, sealed through 200 with 30 newer entries chained', async () => {
    const result = await verify();
    assert.equal(result.ok, true, result.failure?.message);
    assert.equal(result.lastSeq, ENTRIES);
    assert.equal(result.sealedThrough, 200);
    assert.equal(result.checkpointsChecked, 4);
    assert.equal(result.fileCheckpointsChecked, 4);
  });

  it('reports an edited entry', async () => {
    await asOwner((trx) => sql`update audit_log set outcome = 'allow', reason = 'care team member (edited)' where seq = 77`.execute(trx));
    await expectFailure('edited', 77);
  });

  it('reports an edited entry beyond the last checkpoint, and one byte of its encrypted details', async () => {
    // (Every bit of the byte flipped: writing a fixed value left the row unchanged when the random
    // ciphertext already held that value, one run in 256.)
    await asOwner((trx) => sql`update audit_log set details = set_byte(details, 19, get_byte(details, 19) # 255) where seq = 215`.execute(trx));
    await expectFailure('edited', 215);
  });

  it('reports a deleted entry', async () => {
    await asOwner((trx) => sql`delete from audit_log where seq = 120`.execute(trx));
    await expectFailure('deleted', 120);
  });

  it('reports a deleted entry when the later entries were renumbered to close the gap', async () => {
    await asOwner(async (trx) => {
      await sql`delete from audit_log where seq = 120`.execute(trx);
      await shiftSeq(trx, 121, -1);
      await sql`update audit_head set seq = seq - 1`.execute(trx);
    });
    await expectFailure('deleted', 120);
  });

  it('reports two entries whose sequence numbers were swapped', async () => {
    await asOwner(async (trx) => {
      await sql`update audit_log set seq = 999999 where seq = 30`.execute(trx);
      await sql`update audit_log set seq = 30 where seq = 140`.execute(trx);
      await sql`update audit_log set seq = 140 where seq = 999999`.execute(trx);
    });
    await expectFailure('reordered', 30);
  });

  it('reports two neighbours swapped', async () => {
    await asOwner(async (trx) => {
      await sql`update audit_log set seq = 999999 where seq = 60`.execute(trx);
      await sql`update audit_log set seq = 60 where seq = 61`.execute(trx);
      await sql`update audit_log set seq = 61 where seq = 999999`.execute(trx);
    });
    await expectFailure('reordered', 60);
  });

  it('reports an entry inserted in the middle', async () => {
    await asOwner(async (trx) => {
      await shiftSeq(trx, 90, 1);
      // A forged entry copying a real one's hashes, so it "links" to its neighbour.
      await sql`insert into audit_log select 90, ${randomUUID()}::uuid, organization_id, at, actor_id, actor_role, action, resource_type, resource_id, subject_id,
        purpose, outcome, 'forged', request_id, client_ip, details, prev_hash, hash from audit_log where seq = 91`.execute(trx);
    });
    await expectFailure('inserted', 90);
  });

  it('reports an entry inserted in the middle with a correctly computed hash', async () => {
    await asOwner(async (trx) => {
      await shiftSeq(trx, 90, 1);
      await sql`insert into audit_log select 90, ${randomUUID()}::uuid, organization_id, at, actor_id, actor_role, action, resource_type, resource_id, subject_id,
        purpose, outcome, 'forged', request_id, client_ip, details, prev_hash, hash from audit_log where seq = 91`.execute(trx);
      const chain = createChainHasher();
      const prev = asBuffer((await trx.selectFrom('audit_log').select('hash').where('seq', '=', 89).executeTakeFirstOrThrow()).hash);
      const forged = (await selectChainRowAs(trx, 90, 90))!;
      await sql`update audit_log set prev_hash = ${prev}, hash = ${chain(prev, forged.digest)} where seq = 90`.execute(trx);
    });
    await expectFailure('inserted', 90);
  });

  it('reports an entry appended after the head, even with a valid hash', async () => {
    await asOwner(async (trx) => {
      await sql`insert into audit_log select 231, ${randomUUID()}::uuid, organization_id, at, actor_id, actor_role, action, resource_type, resource_id, subject_id,
        purpose, outcome, 'forged', request_id, client_ip, details, hash, hash from audit_log where seq = 230`.execute(trx);
      const chain = createChainHasher();
      const forged = (await selectChainRowAs(trx, 231, 231))!;
      await sql`update audit_log set hash = ${chain(asBuffer(forged.prev_hash), forged.digest)} where seq = 231`.execute(trx);
    });
    await expectFailure('inserted', 231);
  });

  it('reports a tail truncated behind a checkpoint', async () => {
    await asOwner((trx) => sql`delete from audit_log where seq > 180`.execute(trx));
    await expectFailure('truncated', 181);
  });

  it('reports a truncated tail even when the database checkpoints and head were cut back too (the file remembers)', async () => {
    await asOwner(async (trx) => {
      await sql`delete from audit_log where seq > 180`.execute(trx);
      await sql`delete from audit_checkpoints where seq_to > 150`.execute(trx);
      const last = await trx.selectFrom('audit_log').select('hash').where('seq', '=', 180).executeTakeFirstOrThrow();
      await sql`update audit_head set seq = 180, hash = ${asBuffer(last.hash)}, checkpoint_seq = 150`.execute(trx);
    });
    await expectFailure('truncated', 181);
  });

  it('reports an unsealed tail truncated behind the head', async () => {
    await asOwner((trx) => sql`delete from audit_log where seq > 220`.execute(trx));
    await expectFailure('truncated', 221);
  });

  it('reports an edit whose whole chain was recomputed, through the signed checkpoint', async () => {
    await asOwner(async (trx) => {
      await sql`update audit_log set outcome = 'allow', reason = 'rewritten' where seq = 77`.execute(trx);
      await rechain(trx, 77);
    });
    const result = await expectFailure('checkpoint_mismatch', 51);
    assert.match(result.failure!.message, /51\.\.100/);
  });

  it('reports a forged checkpoint signature', async () => {
    await asOwner(async (trx) => {
      await sql`update audit_log set outcome = 'allow', reason = 'rewritten' where seq = 77`.execute(trx);
      await rechain(trx, 77);
      // Without the signing key the attacker can only re-sign with a key of their own.
      await sql`update audit_checkpoints set signature = ${Buffer.alloc(64, 7)} where seq_to = 100`.execute(trx);
    });
    await expectFailure('bad_signature', 51);
  });

  it('reports a checkpoint file whose line was edited, removed or made up', async (t) => {
    const lines = snapshot.file.trim().split('\n');
    await t.test('edited root', async () => {
      const edited = JSON.parse(lines[1]!) as { merkleRoot: string };
      edited.merkleRoot = 'ab'.repeat(32);
      fs.writeFileSync(tmp.checkpointFile, [lines[0], JSON.stringify(edited), ...lines.slice(2)].join('\n') + '\n');
      await expectFailure('checkpoint_mismatch', 51);
    });
    await t.test('line removed', async () => {
      fs.writeFileSync(tmp.checkpointFile, [lines[0], ...lines.slice(2)].join('\n') + '\n');
      await expectFailure('checkpoint_mismatch', 51);
    });
    await t.test('not JSON', async () => {
      fs.writeFileSync(tmp.checkpointFile, [lines[0], lines[1], 'garbage', ...lines.slice(2)].join('\n') + '\n');
      await expectFailure('checkpoint_mismatch', 101);
    });
    await t.test('file deleted', async () => {
      fs.rmSync(tmp.checkpointFile);
      await expectFailure('checkpoint_mismatch', 1);
    });
    fs.writeFileSync(tmp.checkpointFile, snapshot.file);
  });

  it('reports a checkpoint deleted from the database but still in the file', async () => {
    await asOwner((trx) => sql`delete from audit_checkpoints where seq_to = 100`.execute(trx));
    await expectFailure('checkpoint_mismatch', 51);
  });
});
