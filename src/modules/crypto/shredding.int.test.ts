// Crypto-shredding: a destroyed subject key makes that subject's data unrecoverable, other subjects
// still read, and a restore from before the shred is undone by reapplying the shred list.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { faker } from '@faker-js/faker';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db';
import { asBuffer } from '../../db/client';
import { createCryptoService, type CryptoService } from './crypto.service';
import { createProviderSetup, failsWith, insertOrganization, type ProviderSetup } from './crypto.test-fixtures';
import type { SubjectBinding } from './crypto.types';
import { readShredList } from './shredding';

let tdb: TestDatabase;
let setup: ProviderSetup;
let crypto: CryptoService;
let org: string;
const now = { t: Date.now() };
const clock = { now: () => now.t };
const TTL = 60_000;
const newService = () => createCryptoService({ provider: setup.provider, shredListFile: setup.shredListFile, clock, cacheTtlMs: TTL });

before(async () => {
  tdb = await createTestDatabase();
  setup = await createProviderSetup('local');
  crypto = newService();
  org = await insertOrganization(tdb.db);
});
after(async () => {
  await tdb.close();
  await setup.cleanup();
});

const binding = (subjectId: string): SubjectBinding => ({ organizationId: org, subjectId, table: 'observations', column: 'value_ct', rowId: randomUUID() });
const reason = 'deletion request DR-0001';

async function subjectWithData(n = 3): Promise<{ subjectId: string; items: { b: SubjectBinding; ct: Buffer; plain: string }[] }> {
  const subjectId = randomUUID();
  const items = [];
  for (let i = 0; i < n; i++) {
    const b = binding(subjectId);
    const plain = faker.lorem.sentence();
    items.push({ b, plain, ct: await crypto.encryptForSubject(tdb.db, b, Buffer.from(plain)) });
  }
  return { subjectId, items };
}

test("a destroyed subject key makes that subject's data unrecoverable while other subjects still read", async () => {
  const victim = await subjectWithData();
  const bystander = await subjectWithData();
  const result = await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason });
  assert.deepEqual(result, { keysDestroyed: 1, alreadyShredded: false });

  for (const svc of [crypto, newService()]) {
    for (const it of victim.items) await assert.rejects(svc.decryptForSubject(tdb.db, it.b, it.ct), failsWith('key_unavailable', /subject key destroyed/));
    for (const it of bystander.items) assert.equal((await svc.decryptForSubject(tdb.db, it.b, it.ct)).toString(), it.plain);
  }
  await assert.rejects(crypto.encryptForSubject(tdb.db, binding(victim.subjectId), Buffer.from('new')), failsWith('key_unavailable', /Cannot encrypt .*subject key destroyed/));
  const keys = await tdb.db.selectFrom('crypto_subject_keys').select('version').where('subject_id', '=', victim.subjectId).execute();
  assert.equal(keys.length, 0);
  const shred = await tdb.db.selectFrom('shredded_subjects').selectAll().where('subject_id', '=', victim.subjectId).executeTakeFirstOrThrow();
  assert.equal(shred.reason, reason);
  const listed = readShredList(setup.shredListFile).entries.filter((e) => e.subjectId === victim.subjectId);
  assert.equal(listed.length, 1);
  assert.equal(listed[0]!.organizationId, org);
  assert.equal(fs.statSync(setup.shredListFile).mode & 0o777, 0o600);
});

test('destroying twice is harmless and writes the shred list once', async () => {
  const victim = await subjectWithData(1);
  await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason });
  assert.deepEqual(await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason }), { keysDestroyed: 0, alreadyShredded: true });
  assert.equal(readShredList(setup.shredListFile).entries.filter((e) => e.subjectId === victim.subjectId).length, 1);
});

test('a shred needs a short, non-empty reason', async () => {
  const victim = await subjectWithData(1);
  for (const bad of ['', '   ', 'x'.repeat(201)]) {
    await assert.rejects(crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason: bad }), failsWith('validation_failed'));
  }
  assert.equal((await crypto.decryptForSubject(tdb.db, victim.items[0]!.b, victim.items[0]!.ct)).toString(), victim.items[0]!.plain);
});

test('a key row that reappears for a shredded subject is never used', async () => {
  const victim = await subjectWithData(1);
  const keyRow = await tdb.db.selectFrom('crypto_subject_keys').selectAll().where('subject_id', '=', victim.subjectId).executeTakeFirstOrThrow();
  await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason });
  await tdb.db.insertInto('crypto_subject_keys').values({ ...keyRow, wrapped_key: asBuffer(keyRow.wrapped_key) }).execute();
  await assert.rejects(newService().decryptForSubject(tdb.db, victim.items[0]!.b, victim.items[0]!.ct), failsWith('key_unavailable', /subject key destroyed/));
});

test('another instance stops using a shredded key when its cache entry expires', async () => {
  const victim = await subjectWithData(1);
  const it = victim.items[0]!;
  const other = newService();
  assert.equal((await other.decryptForSubject(tdb.db, it.b, it.ct)).toString(), it.plain); // cached there now
  await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason });
  now.t += TTL;
  await assert.rejects(other.decryptForSubject(tdb.db, it.b, it.ct), failsWith('key_unavailable', /subject key destroyed/));
});

test('after a restore from before the shred, reapplyShreds destroys the resurrected keys again', async () => {
  const victim = await subjectWithData(2);
  const bystander = await subjectWithData(1);
  // "Backup": the victim's key rows as they were before the shred.
  const backup = await tdb.db.selectFrom('crypto_subject_keys').selectAll().where('subject_id', '=', victim.subjectId).execute();
  await crypto.destroySubjectKey(tdb.db, { organizationId: org, subjectId: victim.subjectId, reason });

  // "Restore": the old key rows come back and the shred record is gone, as in the old backup.
  for (const row of backup) await tdb.db.insertInto('crypto_subject_keys').values({ ...row, wrapped_key: asBuffer(row.wrapped_key) }).execute();
  await tdb.db.deleteFrom('shredded_subjects').where('subject_id', '=', victim.subjectId).execute();
  const restored = newService();
  const it = victim.items[0]!;
  assert.equal((await restored.decryptForSubject(tdb.db, it.b, it.ct)).toString(), it.plain, 'the restore brought the data back: this is what reapply must undo');

  const result = await restored.reapplyShreds(tdb.db);
  assert.ok(result.recorded >= 1);
  assert.ok(result.keysDestroyed >= 1);
  for (const svc of [restored, newService()]) {
    for (const v of victim.items) await assert.rejects(svc.decryptForSubject(tdb.db, v.b, v.ct), failsWith('key_unavailable', /subject key destroyed/));
    assert.equal((await svc.decryptForSubject(tdb.db, bystander.items[0]!.b, bystander.items[0]!.ct)).toString(), bystander.items[0]!.plain);
  }
  const again = await restored.reapplyShreds(tdb.db);
  assert.equal(again.recorded, 0);
  assert.equal(again.keysDestroyed, 0);
});

test('shreds known only to the database are appended to the shred list', async () => {
  const subjectId = randomUUID();
  await tdb.db.insertInto('shredded_subjects').values({ organization_id: org, subject_id: subjectId, reason }).execute();
  const result = await crypto.reapplyShreds(tdb.db);
  assert.ok(result.appendedToFile >= 1);
  assert.equal(readShredList(setup.shredListFile).entries.filter((e) => e.subjectId === subjectId).length, 1);
  assert.equal((await crypto.reapplyShreds(tdb.db)).appendedToFile, 0);
});

test('a shred inside a transaction that rolls back is still completed by the next reapply', async () => {
  const victim = await subjectWithData(1);
  await assert.rejects(
    tdb.db.transaction().execute(async (trx) => {
      await crypto.destroySubjectKey(trx, { organizationId: org, subjectId: victim.subjectId, reason });
      throw new Error('roll back');
    }),
    /roll back/,
  );
  await crypto.reapplyShreds(tdb.db);
  await assert.rejects(newService().decryptForSubject(tdb.db, victim.items[0]!.b, victim.items[0]!.ct), failsWith('key_unavailable', /subject key destroyed/));
});

test('the shred list file: a cut-off last line is ignored, a damaged earlier line stops the reapply', async () => {
  const file = `${setup.dir}/damaged.jsonl`;
  const good = JSON.stringify({ v: 1, organizationId: org, subjectId: randomUUID(), shreddedAt: new Date().toISOString() });
  fs.writeFileSync(file, `${good}\n{"v":1,"organiz`);
  const result = await crypto.reapplyShreds(tdb.db, file);
  assert.equal(result.ignoredPartialLine, true);
  assert.equal(result.listed, 1);
  fs.writeFileSync(file, `${good}\nnot json\n${good}\n`);
  await assert.rejects(crypto.reapplyShreds(tdb.db, file), failsWith('integrity_violation', /line 2/));
  assert.deepEqual(readShredList(`${setup.dir}/missing.jsonl`), { entries: [], ignoredPartialLine: false });
});
