// Issue 2 acceptance: "the SoftHSM-backed provider passes the same suite as the local one". The
// provider suite (key-providers.test.ts) and rotation (rotation.int.test.ts) already run on both;
// this file runs the field-level acceptance checks (tampered, moved and wrong-version ciphertext;
// data written before a rotation still reads; crypto-shredding) over a real migrated database once
// per provider, the pkcs11 one on a throwaway SoftHSM2 token.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { faker } from '@faker-js/faker';
import { createCryptoService, type CryptoService } from '../../src/modules/crypto/crypto.service';
import { createProviderSetup, failsWith, insertOrganization, type ProviderSetup } from '../../src/modules/crypto/crypto.test-fixtures';
import type { SubjectBinding } from '../../src/modules/crypto/crypto.types';
import { rotateKeys } from '../../src/modules/crypto/rotation';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/db';

const codeOf = (e: unknown): string => (e as { code?: string }).code ?? '';

for (const providerName of ['local', 'pkcs11'] as const) {
  describe(`issue 2: field encryption acceptance (${providerName} provider, ${testEngine})`, () => {
    let tdb: TestDatabase;
    let setup: ProviderSetup;
    let crypto: CryptoService;
    let orgA: string;
    let orgB: string;
    const clock = { now: () => Date.now() };
    /** Another instance: its own key cache, the same database and provider. */
    const fresh = () => createCryptoService({ provider: setup.provider, shredListFile: setup.shredListFile, clock });
    const binding = (organizationId: string, subjectId: string = randomUUID()): SubjectBinding => ({ organizationId, subjectId, table: 'patients', column: 'name_ct', rowId: randomUUID() });
    const written: { b: SubjectBinding; ct: Buffer; plain: string }[] = [];
    const write = async (b: SubjectBinding) => {
      const plain = faker.person.fullName();
      const item = { b, plain, ct: await crypto.encryptForSubject(tdb.db, b, Buffer.from(plain)) };
      written.push(item);
      return item;
    };

    before(async () => {
      tdb = await createTestDatabase();
      setup = await createProviderSetup(providerName);
      assert.equal(setup.name, providerName);
      crypto = fresh();
      orgA = await insertOrganization(tdb.db);
      orgB = await insertOrganization(tdb.db);
    });
    after(async () => {
      await tdb?.close();
      await setup?.cleanup();
    });

    test('round-trips, also through another instance', async () => {
      const { b, ct, plain } = await write(binding(orgA));
      assert.equal(ct.includes(Buffer.from(plain)), false);
      assert.equal((await crypto.decryptForSubject(tdb.db, b, ct)).toString(), plain);
      assert.equal((await fresh().decryptForSubject(tdb.db, b, ct)).toString(), plain);
    });

    test('a flipped ciphertext byte fails to decrypt with a clear error naming the place, not the data', async () => {
      const { b, ct, plain } = await write(binding(orgA));
      for (const i of [0, 1, 2, 5, 6, 20, 40, Math.floor(ct.length / 2), ct.length - 17, ct.length - 1]) {
        const bad = Buffer.from(ct);
        bad[i]! ^= 0x01;
        await assert.rejects(
          fresh().decryptForSubject(tdb.db, b, bad),
          (e: unknown) => {
            assert.ok(['decryption_failed', 'key_unavailable'].includes(codeOf(e)), `byte ${i}: ${String(e)}`);
            assert.match((e as Error).message, new RegExp(`patients\\.name_ct row ${b.rowId}`));
            assert.ok(!(e as Error).message.includes(plain), 'no plaintext in the error');
            return true;
          },
          `byte ${i}`,
        );
      }
    });

    test('a ciphertext moved to another row, column, subject or organization fails to decrypt', async () => {
      const { b, ct } = await write(binding(orgA));
      await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, rowId: randomUUID() }, ct), failsWith('decryption_failed', /authentication failed/));
      await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, column: 'dob_ct' }, ct), failsWith('decryption_failed', /authentication failed/));
      await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, table: 'notes' }, ct), failsWith('decryption_failed', /authentication failed/));
      const other = await write(binding(orgA));
      await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, subjectId: other.b.subjectId }, ct), failsWith('decryption_failed', /key commitment mismatch/));
      await write(binding(orgB, b.subjectId));
      await assert.rejects(fresh().decryptForSubject(tdb.db, { ...b, organizationId: orgB }, ct), (e: unknown) => ['decryption_failed', 'key_unavailable'].includes(codeOf(e)));
    });

    test('a wrong key version is refused, naming the version', async () => {
      const { b, ct } = await write(binding(orgA));
      for (const version of [2, 7, 65_535]) {
        const bad = Buffer.from(ct);
        bad.writeUInt32BE(version, 2);
        await assert.rejects(fresh().decryptForSubject(tdb.db, b, bad), failsWith('key_unavailable', new RegExp(`version ${version}\\b`)));
      }
    });

    test('data written before a key rotation still reads after it, and new data goes under the new KEK', async () => {
      const before = written.length;
      await write(binding(orgA));
      await write(binding(orgB));
      assert.ok(written.length > before);
      const result = await rotateKeys({ provider: setup.provider, keyring: crypto.keyring, clock }, tdb.db, { columns: [], graceMs: 0 });
      assert.equal(result.kekVersion, 2);
      assert.equal(result.counts.failures, 0);
      assert.deepEqual(await setup.provider.listKekVersions(), [1, 2]);
      const kekVersions = await tdb.db.selectFrom('crypto_organization_keys').select('kek_version').distinct().execute();
      assert.deepEqual(kekVersions, [{ kek_version: 2 }], 'every organization key is wrapped under the new KEK');
      for (const svc of [crypto, fresh()]) for (const w of written) assert.equal((await svc.decryptForSubject(tdb.db, w.b, w.ct)).toString(), w.plain);
      const after = await write(binding(orgA));
      assert.equal((await fresh().decryptForSubject(tdb.db, after.b, after.ct)).toString(), after.plain);
    });

    test("a destroyed subject key makes that subject's data unrecoverable while other subjects still read", async () => {
      const victim = randomUUID();
      const mine = [await write(binding(orgA, victim)), await write(binding(orgA, victim))];
      const others = written.filter((w) => w.b.subjectId !== victim);
      assert.ok(others.length >= 5);
      const result = await crypto.destroySubjectKey(tdb.db, { organizationId: orgA, subjectId: victim, reason: 'deletion request DR-0042' });
      assert.equal(result.keysDestroyed, 1);
      for (const svc of [crypto, fresh()]) {
        for (const w of mine) await assert.rejects(svc.decryptForSubject(tdb.db, w.b, w.ct), failsWith('key_unavailable', /subject key destroyed/));
        for (const w of others) assert.equal((await svc.decryptForSubject(tdb.db, w.b, w.ct)).toString(), w.plain);
      }
    });
  });
}
