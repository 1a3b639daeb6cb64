import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { asBuffer } from '../../db/client';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/helpers/db';
import { createManualClock, createMemorySecretStore, createTestDetailsCipher, makeEntry, tempCheckpointDir, testAuditDeps } from '../../../test/fixtures/audit-fakes';
import { canonicalDigest } from './audit-canonical';
import { checkpointSignatureValid } from './audit-hash';
import { listCheckpointsAfter, selectDigestOfEntry } from './audit.repo';
import { createAuditService, detailsBinding } from './audit.service';
import { publicKeyFileFor, readCheckpointFile, readPublicKeys } from './checkpoint-file';
import { verifyAudit } from './verify-audit';

describe(`audit log (${testEngine})`, () => {
  let tdb: TestDatabase;
  let tmp: ReturnType<typeof tempCheckpointDir>;
  const org = randomUUID();
  // One signing key for the whole file, as one installation has one key store.
  const sharedSecrets = createMemorySecretStore();

  before(async () => {
    tdb = await createTestDatabase();
    tmp = tempCheckpointDir();
  });
  after(async () => {
    await tdb.close();
    tmp.cleanup();
  });

  const logIds = async (): Promise<string[]> => (await tdb.db.selectFrom('audit_log').select('id').orderBy('seq').execute()).map((r) => r.id);
  const verify = async () => verifyAudit({ db: tdb.db, checkpointFile: tmp.checkpointFile, publicKeys: await readPublicKeys(publicKeyFileFor(tmp.checkpointFile)) });

  it('keeps an entry only if the transaction that wrote it commits', async () => {
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    let rolledBackId = '';
    await assert.rejects(
      tdb.db.transaction().execute(async (trx) => {
        rolledBackId = (await audit.appendAudit(trx, makeEntry(org))).id;
        throw new Error('the work failed');
      }),
      /the work failed/,
    );
    const committed = await tdb.db.transaction().execute((trx) => audit.appendAudit(trx, makeEntry(org)));
    const before = (await logIds()).length;
    const run = await audit.sequencePending(tdb.db);
    assert.equal(run.sequenced, 1);
    const ids = await logIds();
    assert.equal(ids.length, before + 1);
    assert.ok(ids.includes(committed.id));
    assert.ok(!ids.includes(rolledBackId));
    const pending = await tdb.db.selectFrom('audit_pending').select('id').execute();
    assert.equal(pending.length, 0);
  });

  it('refuses invalid entries without echoing their values', async () => {
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    const secretLooking = 'Jane Roe 1962-04-01';
    await assert.rejects(audit.appendAudit(tdb.db, { ...makeEntry(org), outcome: secretLooking as 'allow', action: secretLooking }), (error: Error & { code?: string }) => {
      assert.equal(error.code, 'validation_failed');
      assert.match(error.message, /outcome/);
      assert.match(error.message, /action/);
      assert.ok(!error.message.includes('Jane'));
      return true;
    });
  });

  it('numbers entries 1..n without gaps when many writers and several sequencers race', async () => {
    // Three services stand for three instances: each sequences while all of them append.
    const services = [1, 2, 3].map(() => createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets })));
    const before = (await logIds()).length;
    const writers = Array.from({ length: 12 }, (_, w) =>
      (async () => {
        const ids: string[] = [];
        for (let i = 0; i < 10; i++) {
          const { id } = await tdb.db.transaction().execute((trx) => services[w % 3]!.appendAudit(trx, makeEntry(org)));
          ids.push(id);
          if (i % 3 === 0) await services[(w + i) % 3]!.sequencePending(tdb.db);
        }
        return ids;
      })(),
    );
    const sequencers = services.map(async (s) => {
      for (let i = 0; i < 5; i++) await s.sequencePending(tdb.db);
    });
    const appended = (await Promise.all(writers)).flat();
    await Promise.all(sequencers);
    await services[0]!.sequencePending(tdb.db);

    const rows = await tdb.db.selectFrom('audit_log').select(['seq', 'id']).orderBy('seq').execute();
    assert.deepEqual(
      rows.map((r) => r.seq),
      rows.map((_, i) => i + 1),
    );
    assert.equal(rows.length, before + appended.length);
    const logged = new Set(rows.map((r) => r.id));
    for (const id of appended) assert.ok(logged.has(id));
    const result = await verify();
    assert.equal(result.ok, true, result.failure?.message);
    assert.equal(result.entriesChecked, rows.length);
  });

  it('stores details as ciphertext bound to the entry, readable through readAuditDetails', async () => {
    const cipher = createTestDetailsCipher();
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, detailsCipher: cipher, secrets: sharedSecrets }));
    const marker = `diagnosis-${randomUUID()}`;
    const subjectId = randomUUID();
    const { id } = await tdb.db.transaction().execute((trx) => audit.appendAudit(trx, makeEntry(org, { subjectId, details: { marker } })));
    const other = await audit.appendAudit(tdb.db, makeEntry(org, { details: { marker: 'other' } }));
    await audit.sequencePending(tdb.db);

    const { rows } = await sql<{ details: Uint8Array }>`select details from audit_log where id = ${id}`.execute(tdb.db);
    const stored = asBuffer(rows[0]!.details);
    assert.ok(!stored.toString('latin1').includes(marker));
    assert.ok(!stored.toString('latin1').includes('diagnosis'));
    assert.deepEqual(await audit.readAuditDetails(tdb.db, { organizationId: org, id }), { marker });
    // The binding names the row: the same ciphertext under another entry's id does not open.
    assert.deepEqual(JSON.parse((await cipher.open(tdb.db, detailsBinding(org, id, subjectId), stored)).toString()), { marker });
    await assert.rejects(cipher.open(tdb.db, detailsBinding(org, other.id, subjectId), stored));
    await assert.rejects(cipher.open(tdb.db, detailsBinding(org, id, randomUUID()), stored));
    // Another organization cannot read it at all.
    await assert.rejects(audit.readAuditDetails(tdb.db, { organizationId: randomUUID(), id }), /No such audit entry/);
  });

  it('computes the same canonical digest in PostgreSQL as the TypeScript specification', async () => {
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    const tricky = [
      makeEntry(org, { reason: 'naïve café — 日本語 🙂', details: undefined, actorId: null, resourceId: null, subjectId: null, requestId: null, clientIp: null }),
      makeEntry(org, { reason: 'a|b:c\\d"e', clientIp: '2001:db8::1' }),
    ];
    const { ids } = await audit.appendAuditBatch(tdb.db, tricky);
    for (const id of ids) {
      const row = await tdb.db.selectFrom('audit_pending').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      const { rows } = await sql<{ micros: string }>`select (extract(epoch from at) * 1000000)::int8::text as micros from audit_pending where id = ${id}`.execute(tdb.db);
      const expected = canonicalDigest({ ...row, seq: 4242, atMicros: BigInt(rows[0]!.micros), details: row.details });
      assert.deepEqual(await selectDigestOfEntry(tdb.db, id, 4242), expected);
      assert.notDeepEqual(await selectDigestOfEntry(tdb.db, id, 4243), expected);
    }
    await audit.sequencePending(tdb.db);
  });

  it('seals signed checkpoints by count and by time, in the database and in the file', async () => {
    const clock = createManualClock(new Date(Date.now() + 60_000));
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, clock, secrets: sharedSecrets, checkpointEveryEntries: 20, checkpointEveryMs: 1000 }));
    // Seal everything earlier tests left (the clock is ahead of theirs), so counting starts clean
    // and the last checkpoint was sealed "now".
    await audit.appendAudit(tdb.db, makeEntry(org));
    assert.ok((await audit.sequencePending(tdb.db)).checkpoints >= 1);
    const start = (await tdb.db.selectFrom('audit_head').select(['seq', 'checkpoint_seq']).executeTakeFirstOrThrow());
    assert.equal(start.checkpoint_seq, start.seq);

    await audit.appendAuditBatch(tdb.db, Array.from({ length: 45 }, () => makeEntry(org)));
    const byCount = await audit.sequencePending(tdb.db);
    assert.equal(byCount.sequenced, 45);
    assert.equal(byCount.checkpoints, 2); // 20 + 20; the last 5 wait for the clock
    clock.advance(999);
    assert.equal((await audit.sequencePending(tdb.db)).checkpoints, 0);
    clock.advance(1);
    assert.equal((await audit.sequencePending(tdb.db)).checkpoints, 1);
    clock.advance(5000);
    assert.equal((await audit.sequencePending(tdb.db)).checkpoints, 0, 'no checkpoint without new entries');

    const dbCheckpoints = await listCheckpointsAfter(tdb.db, 0, 10_000);
    const tail = dbCheckpoints.slice(-3).map((c) => [c.from - start.seq, c.to - start.seq]);
    assert.deepEqual(tail, [
      [0, 20],
      [20, 40],
      [40, 45],
    ]);
    const fileCheckpoints = [];
    for await (const item of readCheckpointFile(tmp.checkpointFile)) {
      assert.ok('checkpoint' in item, 'file line should parse');
      fileCheckpoints.push(item.checkpoint);
    }
    assert.deepEqual(fileCheckpoints, dbCheckpoints);
    const [publicKey] = await readPublicKeys(publicKeyFileFor(tmp.checkpointFile));
    assert.ok(publicKey);
    for (const cp of dbCheckpoints) assert.ok(checkpointSignatureValid(publicKey, cp));
    const result = await verify();
    assert.equal(result.ok, true, result.failure?.message);
    assert.equal(result.sealedThrough, result.lastSeq);
    assert.equal(result.checkpointsChecked, dbCheckpoints.length);
    assert.equal(result.fileCheckpointsChecked, dbCheckpoints.length);
  });

  it('rejects UPDATE, DELETE and TRUNCATE of audit rows in the database itself', async () => {
    await assert.rejects(sql`update audit_log set reason = 'changed' where seq = 1`.execute(tdb.db), /append-only/);
    await assert.rejects(sql`delete from audit_log where seq = 1`.execute(tdb.db), /append-only/);
    await assert.rejects(sql`truncate audit_log`.execute(tdb.db), /append-only/);
    await assert.rejects(sql`delete from audit_checkpoints`.execute(tdb.db), /append-only/);
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    await audit.appendAudit(tdb.db, makeEntry(org));
    await assert.rejects(sql`update audit_pending set reason = 'changed'`.execute(tdb.db), /append-only/);
    await audit.sequencePending(tdb.db);
    assert.equal((await verify()).ok, true);
  });

  it('searches one organization by subject, actor and action, newest first, page by page', async () => {
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    const mine = randomUUID();
    const patient = randomUUID();
    const clinician = randomUUID();
    await audit.appendAuditBatch(tdb.db, [
      ...Array.from({ length: 7 }, () => makeEntry(mine, { subjectId: patient, actorId: clinician, action: 'record.read' })),
      makeEntry(mine, { subjectId: patient, actorId: clinician, action: 'record.update' }),
      makeEntry(mine, { subjectId: randomUUID(), actorId: clinician, action: 'record.read' }),
      makeEntry(org, { subjectId: patient, actorId: clinician, action: 'record.read' }), // another tenant
    ]);
    await audit.sequencePending(tdb.db);

    const first = await audit.queryAudit(tdb.db, { organizationId: mine, subjectId: patient, action: 'record.read', limit: 5 });
    assert.equal(first.entries.length, 5);
    assert.ok(first.nextBeforeSeq);
    const second = await audit.queryAudit(tdb.db, { organizationId: mine, subjectId: patient, action: 'record.read', limit: 5, beforeSeq: first.nextBeforeSeq });
    assert.equal(second.entries.length, 2);
    assert.equal(second.nextBeforeSeq, null);
    const all = [...first.entries, ...second.entries];
    assert.deepEqual(
      all.map((e) => e.seq),
      [...all.map((e) => e.seq)].sort((a, b) => b - a),
    );
    assert.ok(all.every((e) => e.organizationId === mine && e.subjectId === patient && e.action === 'record.read' && e.hasDetails));
    assert.equal((await audit.queryAudit(tdb.db, { organizationId: mine, actorId: clinician })).entries.length, 9);
    const future = new Date(Date.now() + 3_600_000);
    assert.equal((await audit.queryAudit(tdb.db, { organizationId: mine, from: future })).entries.length, 0);
    assert.equal((await audit.queryAudit(tdb.db, { organizationId: mine, to: future })).entries.length, 9);
    await assert.rejects(audit.queryAudit(tdb.db, { organizationId: 'not-a-uuid' }), /organizationId/);
  });

  it('sequences in the background while the worker runs, and drains when it stops', async () => {
    const audit = createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets }));
    const worker = audit.startAuditWorker({ db: tdb.db, intervalMs: 10 });
    const { id } = await audit.appendAudit(tdb.db, makeEntry(org));
    const deadline = Date.now() + 5000;
    while (!(await logIds()).includes(id) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    assert.ok((await logIds()).includes(id), 'the worker should sequence a new entry within seconds');
    const last = await audit.appendAudit(tdb.db, makeEntry(org));
    await worker.stop();
    assert.ok((await logIds()).includes(last.id), 'stop() drains what is pending');
    assert.equal((await worker.flush()).sequenced, 0);
  });

  it('keeps the checkpoint file whole when two sequencers in one host race to write it', async () => {
    const services = [1, 2].map(() => createAuditService(testAuditDeps({ checkpointFile: tmp.checkpointFile, secrets: sharedSecrets, checkpointEveryEntries: 5 })));
    await services[0]!.appendAuditBatch(tdb.db, Array.from({ length: 23 }, () => makeEntry(org)));
    await Promise.all(services.map((s) => s.sequencePending(tdb.db)));
    await Promise.all(services.map((s) => s.sequencePending(tdb.db)));
    const lines = fs.readFileSync(tmp.checkpointFile, 'utf8').trim().split('\n');
    assert.ok(lines.every((l) => l.startsWith('{') && l.endsWith('}')));
    const result = await verify();
    assert.equal(result.ok, true, result.failure?.message);
  });
});
