// Key rotation with no downtime, run once per key provider (local key file and SoftHSM2).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db';
import { asBuffer, type Db } from '../../db/client';
import { createCryptoService, type CryptoService } from './crypto.service';
import { createNotesTable, createProviderSetup, failsWith, insertOrganization, type ProviderSetup } from './crypto.test-fixtures';
import type { EncryptedColumn, FieldBinding, SubjectBinding } from './crypto.types';
import { createEncryptedColumnRegistry } from './encrypted-columns';
import { runRotationSweep, startKeyRotation, type RotationDeps, type SweepProgressEvent } from './rotation';
import { createSecretStore } from './secret-store';

const USERS: EncryptedColumn = { table: 'users', idColumn: 'id', column: 'email_ct', organizationColumn: 'organization_id' };
const NOTES: EncryptedColumn = { table: 'crypto_test_notes', idColumn: 'id', column: 'body_ct', organizationColumn: 'organization_id' };

interface OrgRow {
  table: 'users' | 'notes';
  id: string;
  organizationId: string;
  plain: string;
}

function rotationSuite(providerName: 'local' | 'pkcs11'): void {
  describe(`key rotation (${providerName} provider)`, () => {
    let tdb: TestDatabase;
    let setup: ProviderSetup;
    let crypto: CryptoService;
    let deps: RotationDeps;
    const columns = createEncryptedColumnRegistry([USERS, NOTES]).list();
    const clock = { now: () => Date.now() };
    const orgs: string[] = [];
    const orgRows: OrgRow[] = [];
    const subjectRows: { b: SubjectBinding; ct: Buffer; plain: string }[] = [];

    before(async () => {
      tdb = await createTestDatabase();
      setup = await createProviderSetup(providerName);
      crypto = createCryptoService({ provider: setup.provider, shredListFile: setup.shredListFile, clock });
      deps = { provider: setup.provider, keyring: crypto.keyring, clock };
      await createNotesTable(tdb.db);
      for (let i = 0; i < 2; i++) orgs.push(await insertOrganization(tdb.db));
      for (const organizationId of orgs) {
        for (let i = 0; i < 7; i++) orgRows.push(await insertUser(tdb.db, crypto, organizationId));
        for (let i = 0; i < 6; i++) orgRows.push(await insertNote(tdb.db, crypto, organizationId));
        for (let i = 0; i < 5; i++) {
          const b: SubjectBinding = { organizationId, subjectId: randomUUID(), table: 'observations', column: 'value_ct', rowId: randomUUID() };
          const plain = faker.lorem.sentence();
          subjectRows.push({ b, plain, ct: await crypto.encryptForSubject(tdb.db, b, Buffer.from(plain)) });
        }
      }
      await createSecretStore({ provider: setup.provider }).putSecret(tdb.db, 'audit.signing-key', Buffer.from('synthetic-secret'));
    });
    after(async () => {
      await tdb.close();
      await setup.cleanup();
    });

    const readAll = async (svc: CryptoService): Promise<void> => {
      for (const r of orgRows) assert.equal(await readOrgRow(tdb.db, svc, r), r.plain, `${r.table} ${r.id}`);
      for (const s of subjectRows) assert.equal((await svc.decryptForSubject(tdb.db, s.b, s.ct)).toString(), s.plain);
    };
    const fresh = () => createCryptoService({ provider: setup.provider, shredListFile: setup.shredListFile, clock });

    test('data written before `keys rotate` reads during and after it; old versions retire after the sweep', async () => {
      const oldEnvelope = await envelopeOf(tdb.db, orgRows[0]!);
      const started = await startKeyRotation(deps, tdb.db);
      assert.equal(started.kekVersion, 2);
      assert.deepEqual(await setup.provider.listKekVersions(), [1, 2]);
      // No downtime: before the sweep, old data reads and new data goes under the new version.
      await readAll(crypto);
      await readAll(fresh());
      const written = await insertNote(tdb.db, crypto, orgs[0]!);
      orgRows.push(written);
      assert.equal((await envelopeOf(tdb.db, written)).readUInt32BE(2), 2);

      const events: SweepProgressEvent[] = [];
      const result = await runRotationSweep(deps, tdb.db, { columns, batchSize: 3, graceMs: 0, onProgress: (e) => events.push(e) });
      assert.equal(result.retiredOrganizations, orgs.length);
      assert.equal(result.counts.failures, 0);
      assert.equal(result.counts.subjectKeysRewrapped, subjectRows.length);
      assert.equal(result.counts.envelopesReencrypted, orgRows.length - 1);
      assert.ok(events.length > orgs.length, 'progress is reported per batch');
      for (let i = 1; i < events.length; i++) assert.ok(events[i]!.done >= events[i - 1]!.done);
      assert.equal(events.at(-1)!.done, events.at(-1)!.total);

      for (const organizationId of orgs) {
        const state = await tdb.db.selectFrom('crypto_organizations').selectAll().where('organization_id', '=', organizationId).executeTakeFirstOrThrow();
        assert.equal(state.current_key_version, 2);
        assert.equal(state.min_key_version, 2);
        const keys = await tdb.db.selectFrom('crypto_organization_keys').select(['purpose', 'version', 'kek_version']).where('organization_id', '=', organizationId).orderBy('purpose').execute();
        assert.deepEqual(keys, [{ purpose: 'blind_index', version: 1, kek_version: 2 }, { purpose: 'data', version: 2, kek_version: 2 }]);
      }
      const subjectVersions = await tdb.db.selectFrom('crypto_subject_keys').select('org_key_version').distinct().execute();
      assert.deepEqual(subjectVersions, [{ org_key_version: 2 }]);
      const secret = await tdb.db.selectFrom('crypto_secrets').select('kek_version').where('name', '=', 'audit.signing-key').executeTakeFirstOrThrow();
      assert.equal(secret.kek_version, 2);
      assert.deepEqual(await createSecretStore({ provider: setup.provider }).getSecret(tdb.db, 'audit.signing-key'), Buffer.from('synthetic-secret'));
      for (const r of orgRows) assert.equal((await envelopeOf(tdb.db, r)).readUInt32BE(2), 2);

      await readAll(crypto);
      await readAll(fresh());
      // A copy of a pre-rotation blob (e.g. from an old backup) is now refused with a clear reason.
      const b: FieldBinding = { organizationId: orgRows[0]!.organizationId, table: 'users', column: 'email_ct', rowId: orgRows[0]!.id };
      await assert.rejects(fresh().decryptForOrganization(tdb.db, b, oldEnvelope), failsWith('key_unavailable', /version 1 is retired/));
      const last = await tdb.db.selectFrom('crypto_rotations').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.equal(last.status, 'done');
    });

    test('concurrent writes during the sweep are not lost, and a stale instance writing the old version is caught', async () => {
      const stale = fresh();
      // The stale instance caches organization state now, before the rotation.
      await stale.encryptForOrganization(tdb.db, { organizationId: orgs[0]!, table: 'x', column: 'y', rowId: '0' }, Buffer.from('warm'));
      // Enough rows that a batch stays open while the writers hit rows it holds.
      for (let i = 0; i < 80; i++) orgRows.push(await insertNote(tdb.db, crypto, orgs[i % 2]!));
      await startKeyRotation(deps, tdb.db);
      const staleRow = await insertNote(tdb.db, stale, orgs[0]!);
      orgRows.push(staleRow);
      assert.equal((await envelopeOf(tdb.db, staleRow)).readUInt32BE(2), 2, 'written under the version the stale instance cached');

      const latest = new Map<string, string>();
      // Writes of one row are serialized here, so the value the test remembers is the one the
      // database kept (two pooled connections may otherwise commit in another order than their
      // callbacks run).
      const rowLocks = new Map<string, Promise<void>>();
      const writeTracked = (r: OrgRow, plain: string): Promise<void> => {
        const key = `${r.table}:${r.id}`;
        const next = (rowLocks.get(key) ?? Promise.resolve()).then(async () => {
          await writeOrgRow(tdb.db, crypto, r, plain);
          r.plain = plain;
          latest.set(key, plain);
        });
        rowLocks.set(key, next.catch(() => undefined));
        return next;
      };
      let sweeping = true;
      const writer = async (): Promise<void> => {
        while (sweeping) {
          const r = faker.helpers.arrayElement(orgRows);
          await writeTracked(r, faker.lorem.sentence());
          await new Promise((resolve) => setImmediate(resolve));
        }
      };
      const writers = [writer(), writer()];
      // Deterministic race on top: when the sweep has read a batch, a writer updates the batch's last
      // row at once; its UPDATE is queued before the sweep gets to that row.
      const injected: Promise<void>[] = [];
      const racing = tdb.db.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          const rows = args.result.rows as { id?: unknown; envelope?: unknown }[];
          const lastRow = rows.length >= 2 && rows[0]!.envelope !== undefined ? rows.at(-1) : undefined;
          const r = lastRow && orgRows.find((o) => o.id === String(lastRow.id));
          if (r) {
            injected.push(writeTracked(r, faker.lorem.sentence()));
          }
          return args.result;
        },
      });
      // During the grace period (before the final pass), the stale instance writes once more.
      const lateRows: OrgRow[] = [];
      const sleep = async (): Promise<void> => {
        if (lateRows.length === 0) lateRows.push(await insertNote(tdb.db, stale, orgs[0]!));
      };
      const result = await runRotationSweep({ ...deps, sleep }, racing, { columns, batchSize: 40, graceMs: 3_600_000 }).finally(() => (sweeping = false));
      await Promise.all(injected);
      assert.ok(injected.length > 0);
      await Promise.all(writers);
      orgRows.push(...lateRows);
      assert.equal(lateRows.length, 1);
      assert.ok(latest.size > 0, 'the writers ran during the sweep');
      assert.ok(result.counts.concurrentWrites > 0, 'some writes raced with the sweep (else this test proves nothing)');
      assert.equal(result.counts.failures, 0);
      for (const r of orgRows) assert.equal((await envelopeOf(tdb.db, r)).readUInt32BE(2), 3);
      await readAll(fresh());
    });

    test('an interrupted sweep resumes from its saved progress', async () => {
      await startKeyRotation(deps, tdb.db);
      let batches = 0;
      await assert.rejects(
        runRotationSweep(deps, tdb.db, {
          columns,
          batchSize: 2,
          graceMs: 0,
          onProgress: () => {
            if (++batches === 3) throw new Error('power cut');
          },
        }),
        /power cut/,
      );
      const active = await tdb.db.selectFrom('crypto_rotations').select(['status', 'progress']).where('status', '=', 'sweeping').executeTakeFirstOrThrow();
      assert.ok(JSON.stringify(active.progress).includes('Cursor'), 'a cursor was saved');
      await readAll(fresh()); // nothing is unreadable mid-sweep
      const again = await startKeyRotation(deps, tdb.db);
      assert.equal(again.resumed, true);
      assert.equal(again.kekVersion, 4, 'resuming does not create another KEK version');
      const result = await runRotationSweep(deps, tdb.db, { columns, batchSize: 2, graceMs: 0 });
      assert.equal(result.retiredOrganizations, orgs.length);
      for (const r of orgRows) assert.equal((await envelopeOf(tdb.db, r)).readUInt32BE(2), 4);
      await readAll(fresh());
    });

    test('a value that cannot be re-encrypted blocks retirement, naming the row, until it is repaired', async () => {
      const broken = await insertNote(tdb.db, crypto, orgs[1]!);
      await startKeyRotation(deps, tdb.db);
      const env = await envelopeOf(tdb.db, broken);
      env[env.length - 1]! ^= 1;
      await sql`update crypto_test_notes set body_ct = ${env} where id = ${broken.id}`.execute(tdb.db);
      await assert.rejects(
        runRotationSweep(deps, tdb.db, { columns, batchSize: 50, graceMs: 0 }),
        failsWith('integrity_violation', new RegExp(`crypto_test_notes\\.body_ct row ${broken.id}`)),
      );
      await readAll(fresh()); // the old version is still there: nothing became unreadable
      await sql`delete from crypto_test_notes where id = ${broken.id}`.execute(tdb.db);
      await runRotationSweep(deps, tdb.db, { columns, batchSize: 50, graceMs: 0 });
      const states = await tdb.db.selectFrom('crypto_organizations').select(['current_key_version', 'min_key_version']).execute();
      for (const st of states) assert.equal(st.min_key_version, st.current_key_version);
      assert.equal((await tdb.db.selectFrom('crypto_rotations').select('status').where('status', '=', 'sweeping').execute()).length, 0);
      await readAll(fresh());
    });

    test('the sweep waits for the grace period before retiring', async () => {
      await startKeyRotation(deps, tdb.db);
      const waits: number[] = [];
      const result = await runRotationSweep({ ...deps, sleep: async (ms) => void waits.push(ms) }, tdb.db, { columns, graceMs: 3_600_000 });
      assert.equal(result.retiredOrganizations, orgs.length);
      assert.equal(waits.length, orgs.length);
      for (const w of waits) assert.ok(w > 3_500_000 && w <= 3_600_000, String(w));
    });

    test('an immutable column (like the audit log) is not rewritten, and keeps the versions it uses', async () => {
      await sql`create table crypto_test_log (id bigserial primary key, organization_id uuid not null, details bytea)`.execute(tdb.db);
      const LOG: EncryptedColumn = { table: 'crypto_test_log', idColumn: 'id', column: 'details', organizationColumn: 'organization_id', immutable: true };
      const [withLog, withoutLog] = orgs as [string, string];
      const inserted = await sql<{ id: string }>`insert into crypto_test_log (organization_id) values (${withLog}) returning id::text as id`.execute(tdb.db);
      const logId = inserted.rows[0]!.id;
      const b: FieldBinding = { organizationId: withLog, table: 'crypto_test_log', column: 'details', rowId: logId };
      const logCt = await crypto.encryptForOrganization(tdb.db, b, Buffer.from('synthetic details'));
      await sql`update crypto_test_log set details = ${logCt} where id = ${logId}`.execute(tdb.db);
      const logVersion = logCt.readUInt32BE(2);

      const { kekVersion } = await startKeyRotation(deps, tdb.db);
      await runRotationSweep(deps, tdb.db, { columns: createEncryptedColumnRegistry([USERS, NOTES, LOG]).list(), graceMs: 0 });
      const stored = await sql<{ details: Uint8Array }>`select details from crypto_test_log where id = ${logId}`.execute(tdb.db);
      assert.deepEqual(asBuffer(stored.rows[0]!.details), logCt, 'the immutable row is unchanged');
      assert.equal((await fresh().decryptForOrganization(tdb.db, b, logCt)).toString(), 'synthetic details');
      const states = await tdb.db.selectFrom('crypto_organizations').select(['organization_id', 'current_key_version', 'min_key_version']).execute();
      const byOrg = new Map(states.map((st) => [st.organization_id, st]));
      assert.equal(byOrg.get(withLog)!.min_key_version, logVersion);
      assert.equal(byOrg.get(withoutLog)!.min_key_version, byOrg.get(withoutLog)!.current_key_version);
      // The kept version is rewrapped under the new KEK, so the old KEK is no longer needed for it.
      const kept = await tdb.db.selectFrom('crypto_organization_keys').select('kek_version').where('organization_id', '=', withLog).where('version', '=', logVersion).executeTakeFirstOrThrow();
      assert.equal(kept.kek_version, kekVersion);
      await readAll(fresh());
    });
  });
}

async function insertUser(db: Db, crypto: CryptoService, organizationId: string): Promise<OrgRow> {
  const id = randomUUID();
  const plain = faker.internet.email();
  const email_ct = await crypto.encryptForOrganization(db, { organizationId, table: 'users', column: 'email_ct', rowId: id }, Buffer.from(plain));
  const email_bidx = await crypto.blindIndex(db, { organizationId, scope: 'users.email', value: plain, normalization: 'email' });
  await db.insertInto('users').values({ id, organization_id: organizationId, role: 'clinician', status: 'active', email_ct, email_bidx }).execute();
  return { table: 'users', id, organizationId, plain };
}

async function insertNote(db: Db, crypto: CryptoService, organizationId: string): Promise<OrgRow> {
  const row = await sql<{ id: string }>`insert into crypto_test_notes (organization_id) values (${organizationId}) returning id::text as id`.execute(db);
  const r: OrgRow = { table: 'notes', id: row.rows[0]!.id, organizationId, plain: faker.lorem.paragraph() };
  await writeOrgRow(db, crypto, r, r.plain);
  return r;
}

async function writeOrgRow(db: Db, crypto: CryptoService, r: OrgRow, plain: string): Promise<void> {
  const col = r.table === 'users' ? USERS : NOTES;
  const ct = await crypto.encryptForOrganization(db, { organizationId: r.organizationId, table: col.table, column: col.column, rowId: r.id }, Buffer.from(plain));
  await sql`update ${sql.table(col.table)} set ${sql.ref(col.column)} = ${ct} where id = ${r.id}`.execute(db);
}

async function envelopeOf(db: Db, r: OrgRow): Promise<Buffer> {
  const col = r.table === 'users' ? USERS : NOTES;
  const row = await sql<{ ct: Uint8Array }>`select ${sql.ref(col.column)} as ct from ${sql.table(col.table)} where id = ${r.id}`.execute(db);
  return Buffer.from(asBuffer(row.rows[0]!.ct));
}

async function readOrgRow(db: Db, crypto: CryptoService, r: OrgRow): Promise<string> {
  const col = r.table === 'users' ? USERS : NOTES;
  return (await crypto.decryptForOrganization(db, { organizationId: r.organizationId, table: col.table, column: col.column, rowId: r.id }, await envelopeOf(db, r))).toString();
}

rotationSuite('local');
rotationSuite('pkcs11');
