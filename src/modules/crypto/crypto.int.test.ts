// Field encryption, blind indexes and installation secrets over a real migrated database.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db';
import { asBuffer } from '../../db/client';
import { createCryptoService, type CryptoService } from './crypto.service';
import { createProviderSetup, failsWith, insertOrganization, type ProviderSetup } from './crypto.test-fixtures';
import type { SubjectBinding } from './crypto.types';
import { createSecretStore } from './secret-store';

let tdb: TestDatabase;
let setup: ProviderSetup;
let crypto: CryptoService;
let orgA: string;
let orgB: string;
const now = { t: Date.now() };
const clock = { now: () => now.t };
/** A second instance of the service: its own key cache, the same database and provider. */
const freshService = () => createCryptoService({ provider: setup.provider, shredListFile: setup.shredListFile, clock });

before(async () => {
  tdb = await createTestDatabase();
  setup = await createProviderSetup('local');
  crypto = freshService();
  orgA = await insertOrganization(tdb.db);
  orgB = await insertOrganization(tdb.db);
});
after(async () => {
  await tdb.close();
  await setup.cleanup();
});

const subjectBinding = (organizationId: string, subjectId = randomUUID()): SubjectBinding => ({ organizationId, subjectId, table: 'patients', column: 'name_ct', rowId: randomUUID() });

describe('subject (patient) data', () => {
  test('round-trips, and the ciphertext holds neither the plaintext nor a key', async () => {
    const b = subjectBinding(orgA);
    const name = Buffer.from(faker.person.fullName());
    const ct = await crypto.encryptForSubject(tdb.db, b, name);
    assert.equal(ct.includes(name), false);
    assert.deepEqual(await crypto.decryptForSubject(tdb.db, b, ct), name);
    assert.deepEqual(await freshService().decryptForSubject(tdb.db, b, ct), name, 'another instance reads it from the database');
    const rows = await tdb.db.selectFrom('crypto_subject_keys').selectAll().where('subject_id', '=', b.subjectId).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.version, 1);
  });

  test('a flipped byte anywhere, or a blob moved to another row, column, subject or organization, fails with a clear error', async () => {
    const b = subjectBinding(orgA);
    const ct = await crypto.encryptForSubject(tdb.db, b, Buffer.from(faker.lorem.sentence()));
    for (const i of [0, 1, 5, 6, 37, 38, 49, 50, ct.length - 17, ct.length - 1]) {
      const bad = Buffer.from(ct);
      bad[i]! ^= 0x04;
      await assert.rejects(crypto.decryptForSubject(tdb.db, b, bad), (e: unknown) => {
        assert.ok(['decryption_failed', 'key_unavailable'].includes((e as { code: string }).code), String(e));
        assert.match((e as Error).message, new RegExp(`patients\\.name_ct row ${b.rowId}`));
        return true;
      }, `byte ${i}`);
    }
    await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, rowId: randomUUID() }, ct), failsWith('decryption_failed', /authentication failed/));
    await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, column: 'dob_ct' }, ct), failsWith('decryption_failed', /authentication failed/));
    const other = subjectBinding(orgA);
    await crypto.encryptForSubject(tdb.db, other, Buffer.from('x')); // give the other subject a key
    await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, subjectId: other.subjectId }, ct), failsWith('decryption_failed', /key commitment mismatch/));
    await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, organizationId: orgB }, ct), failsWith('key_unavailable'));
  });

  test('a wrong or unknown key version is refused, naming the version', async () => {
    const b = subjectBinding(orgA);
    const ct = await crypto.encryptForSubject(tdb.db, b, Buffer.from('x'));
    const v2 = Buffer.from(ct);
    v2.writeUInt32BE(2, 2);
    await assert.rejects(crypto.decryptForSubject(tdb.db, b, v2), failsWith('key_unavailable', /no data key version 2/));
    const orgLevel = Buffer.from(ct);
    orgLevel[1] = 1;
    await assert.rejects(crypto.decryptForSubject(tdb.db, b, orgLevel), failsWith('decryption_failed', /organization-key ciphertext where subject-key ciphertext was expected/));
  });

  test('a key created in a transaction that rolls back is forgotten with it', async () => {
    const b = subjectBinding(orgA);
    let lost: Buffer | undefined;
    await assert.rejects(
      tdb.db.transaction().execute(async (trx) => {
        lost = await crypto.encryptForSubject(trx, b, Buffer.from('first'));
        // Still inside the transaction, the key reads back.
        assert.deepEqual(await crypto.decryptForSubject(trx, b, lost), Buffer.from('first'));
        throw new Error('roll back');
      }),
      /roll back/,
    );
    const count = await tdb.db.selectFrom('crypto_subject_keys').select(sql<number>`count(*)::int`.as('n')).where('subject_id', '=', b.subjectId).executeTakeFirstOrThrow();
    assert.equal(count.n, 0);
    // The same service must not reuse the rolled-back key from its cache: a new instance must read what it writes now.
    const ct = await crypto.encryptForSubject(tdb.db, b, Buffer.from('second'));
    assert.deepEqual(await freshService().decryptForSubject(tdb.db, b, ct), Buffer.from('second'));
    await assert.rejects(freshService().decryptForSubject(tdb.db, b, lost!), failsWith('decryption_failed', /key commitment mismatch/));
  });

  test('first use by concurrent transactions of several instances creates one key that all of them use', async () => {
    const subjectId = randomUUID();
    const services = [freshService(), freshService(), freshService(), freshService()];
    const written = await Promise.all(
      services.map((s, i) =>
        tdb.db.transaction().execute(async (trx) => {
          const b = { ...subjectBinding(orgA, subjectId), rowId: `row-${i}` };
          return { b, ct: await s.encryptForSubject(trx, b, Buffer.from(`value ${i}`)) };
        }),
      ),
    );
    const rows = await tdb.db.selectFrom('crypto_subject_keys').select('version').where('subject_id', '=', subjectId).execute();
    assert.equal(rows.length, 1);
    const reader = freshService();
    for (const [i, w] of written.entries()) assert.deepEqual(await reader.decryptForSubject(tdb.db, w.b, w.ct), Buffer.from(`value ${i}`));
  });

  test('several fields of one record encrypt in one call; each is bound to its column; nulls stay null', async () => {
    const record = { organizationId: orgA, subjectId: randomUUID(), table: 'patients', rowId: randomUUID() };
    const given = faker.person.firstName();
    const dob = faker.date.birthdate().toISOString().slice(0, 10);
    const ct = await crypto.encryptFieldsForSubject(tdb.db, record, { given_ct: Buffer.from(given), dob_ct: Buffer.from(dob), phone_ct: null });
    assert.equal(ct.phone_ct, null);
    const back = await freshService().decryptFieldsForSubject(tdb.db, record, ct);
    assert.equal(back.given_ct?.toString(), given);
    assert.equal(back.dob_ct?.toString(), dob);
    assert.equal(back.phone_ct, null);
    await assert.rejects(crypto.decryptFieldsForSubject(tdb.db, record, { given_ct: ct.dob_ct }), failsWith('decryption_failed', /patients\.given_ct/));
  });

  test('JSON values round-trip', async () => {
    const b = subjectBinding(orgA);
    const value = { code: faker.string.alphanumeric(8), values: [1, 2.5, null], nested: { ok: true } };
    const ct = await crypto.encryptJsonForSubject(tdb.db, b, value);
    assert.deepEqual(await crypto.decryptJsonForSubject(tdb.db, b, ct), value);
  });

  test('a subject key row copied to another subject does not unwrap', async () => {
    const a = subjectBinding(orgA);
    const b = subjectBinding(orgA);
    await crypto.encryptForSubject(tdb.db, a, Buffer.from('a'));
    const ctB = await crypto.encryptForSubject(tdb.db, b, Buffer.from('b'));
    const keyA = await tdb.db.selectFrom('crypto_subject_keys').select('wrapped_key').where('subject_id', '=', a.subjectId).executeTakeFirstOrThrow();
    await tdb.db.updateTable('crypto_subject_keys').set({ wrapped_key: asBuffer(keyA.wrapped_key) }).where('subject_id', '=', b.subjectId).execute();
    await assert.rejects(freshService().decryptForSubject(tdb.db, b, ctB), failsWith('key_unavailable', /does not unwrap/));
  });
});

describe('organization-level data and blind indexes', () => {
  test('organization data round-trips and is bound to its organization', async () => {
    const b = { organizationId: orgA, table: 'users', column: 'email_ct', rowId: randomUUID() };
    const email = Buffer.from(faker.internet.email());
    const ct = await crypto.encryptForOrganization(tdb.db, b, email);
    assert.deepEqual(await freshService().decryptForOrganization(tdb.db, b, ct), email);
    await assert.rejects(crypto.decryptForOrganization(tdb.db, { ...b, organizationId: orgB }, ct), failsWith('decryption_failed'));
    const v9 = Buffer.from(ct);
    v9.writeUInt32BE(9, 2);
    await assert.rejects(crypto.decryptForOrganization(tdb.db, b, v9), failsWith('key_unavailable', /version 9 .* unknown/));
    await assert.rejects(crypto.decryptForSubject(tdb.db, { ...b, subjectId: randomUUID() }, ct), failsWith('decryption_failed', /expected/));
  });

  test('an organization key row copied into another organization is detected', async () => {
    const org = await insertOrganization(tdb.db);
    const victim = await insertOrganization(tdb.db);
    await crypto.ensureOrganizationKeys(tdb.db, org);
    await crypto.ensureOrganizationKeys(tdb.db, victim);
    const source = await tdb.db.selectFrom('crypto_organization_keys').selectAll().where('organization_id', '=', org).where('purpose', '=', 'data').executeTakeFirstOrThrow();
    await tdb.db
      .updateTable('crypto_organization_keys')
      .set({ wrapped_key: asBuffer(source.wrapped_key), key_check: asBuffer(source.key_check), kek_version: source.kek_version })
      .where('organization_id', '=', victim)
      .where('purpose', '=', 'data')
      .execute();
    await assert.rejects(freshService().encryptForOrganization(tdb.db, { organizationId: victim, table: 't', column: 'c', rowId: '1' }, Buffer.from('x')), failsWith('key_unavailable', /fails its check/));
  });

  test('blind indexes: equal after normalization, distinct across organizations and scopes, stable across instances', async () => {
    const email = faker.internet.email();
    const a1 = await crypto.blindIndex(tdb.db, { organizationId: orgA, scope: 'users.email', value: email, normalization: 'email' });
    const a2 = await freshService().blindIndex(tdb.db, { organizationId: orgA, scope: 'users.email', value: `  ${email.toUpperCase()} `, normalization: 'email' });
    assert.deepEqual(a1, a2);
    assert.equal(a1.length, 32);
    assert.notDeepEqual(await crypto.blindIndex(tdb.db, { organizationId: orgB, scope: 'users.email', value: email, normalization: 'email' }), a1);
    assert.notDeepEqual(await crypto.blindIndex(tdb.db, { organizationId: orgA, scope: 'patients.email', value: email, normalization: 'email' }), a1);
  });

  test('the blind-index key is separate from the organization data key', async () => {
    const org = await insertOrganization(tdb.db);
    await crypto.ensureOrganizationKeys(tdb.db, org);
    const rows = await tdb.db.selectFrom('crypto_organization_keys').select(['purpose', 'version']).where('organization_id', '=', org).orderBy('purpose').execute();
    assert.deepEqual(rows, [{ purpose: 'blind_index', version: 1 }, { purpose: 'data', version: 1 }]);
  });
});

describe('what the database holds', () => {
  test('no plaintext and no unwrapped key appears anywhere in the crypto tables or the ciphertext', async () => {
    const canary = `CANARY-${randomBytes(8).toString('hex')}`;
    const b = subjectBinding(orgA);
    const ct = await crypto.encryptForSubject(tdb.db, b, Buffer.from(canary));
    const orgCt = await crypto.encryptForOrganization(tdb.db, { ...b, column: 'other' }, Buffer.from(canary));
    const secrets = createSecretStore({ provider: setup.provider });
    await secrets.putSecret(tdb.db, 'test.canary', Buffer.from(canary));
    const dump: Buffer[] = [ct, orgCt];
    for (const table of ['crypto_organizations', 'crypto_organization_keys', 'crypto_subject_keys', 'crypto_secrets', 'shredded_subjects'] as const) {
      const rows = (await tdb.db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
      for (const row of rows) for (const v of Object.values(row)) dump.push(v instanceof Uint8Array ? asBuffer(v) : Buffer.from(String(v)));
    }
    const all = Buffer.concat(dump);
    assert.equal(all.includes(Buffer.from(canary)), false);
    // The derived field key of this subject must not be stored either.
    const key = await crypto.keyring.subjectKeyForDecrypt(tdb.db, b.organizationId, b.subjectId, 1);
    assert.equal(all.includes(key.field.encKey), false);
  });
});

describe('secret store', () => {
  test('stores once, returns the stored value to a second writer, and detects tampering or moved rows', async () => {
    const secrets = createSecretStore({ provider: setup.provider });
    const first = randomBytes(48);
    assert.deepEqual(await secrets.putSecret(tdb.db, 'audit.signing-key', first), first);
    assert.deepEqual(await secrets.putSecret(tdb.db, 'audit.signing-key', randomBytes(48)), first);
    assert.deepEqual(await secrets.getSecret(tdb.db, 'audit.signing-key'), first);
    assert.equal(await secrets.getSecret(tdb.db, 'no.such-secret'), undefined);

    await secrets.putSecret(tdb.db, 'other.secret', randomBytes(16));
    const row = await tdb.db.selectFrom('crypto_secrets').selectAll().where('name', '=', 'audit.signing-key').executeTakeFirstOrThrow();
    await tdb.db.updateTable('crypto_secrets').set({ wrapped_key: asBuffer(row.wrapped_key), ciphertext: asBuffer(row.ciphertext), kek_version: row.kek_version }).where('name', '=', 'other.secret').execute();
    await assert.rejects(secrets.getSecret(tdb.db, 'other.secret'), failsWith('key_unavailable', /copied from another secret/));
    const bad = Buffer.from(asBuffer(row.ciphertext));
    bad[bad.length - 1]! ^= 1;
    await tdb.db.updateTable('crypto_secrets').set({ ciphertext: bad }).where('name', '=', 'audit.signing-key').execute();
    await assert.rejects(secrets.getSecret(tdb.db, 'audit.signing-key'), failsWith('key_unavailable'));
  });
});
