// The job that completes pending deletion requests on its own (completePendingDeletions), over
// a real migrated database (PGlite, or PostgreSQL with CUSTOS_TEST_DB=postgres) and the test
// clock: a request blocked by retention completes once the date passes (key shredded, account
// closed, receipt stored and anchored in the audit log); one under an active legal hold stays
// pending; a lifted hold with retention still running stays pending with the new reason; runs
// are idempotent, and two concurrent runs complete a request once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { buildApp, type TApp } from '../../../server/app';
import { registerAuthentication } from '../../../server/auth';
import { createLogger } from '../../../server/logger';
import { createBearerResolver, registerAccessRoutes } from '../../access/access.routes';
import type { TAuditEntry } from '../../audit/audit.types';
import { createSessionResolver } from '../../identity/auth.routes';
import { createTestClock, createTestContext, type TestContext } from '../../../../test/helpers/context';
import { testEngine } from '../../../../test/helpers/db';
import { createUser, signIn, type TestUser } from '../../../../test/fixtures/identity-fixtures';
import { registerRecordsRoutes } from '../records.routes';
import { completePendingDeletions, DELETION_JOB_ACTOR, type TDeletionReceipt } from './deletion.service';
import { registerPatientRightsRoutes } from './rights.routes';

type Json = Record<string, unknown>;
const DAY = 24 * 3_600_000;
const YEAR = 365.25 * DAY;

describe(`pending deletions complete on their own (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let admin: TestUser;
  let clinician: TestUser;
  let officer: TestUser;
  let teamId: string;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildApp({
      config: t.ctx.config,
      logger: createLogger({ level: 'silent' }),
      deps: { db: t.ctx.db },
      registerRoutes: async (a) => {
        registerAuthentication(a, [createBearerResolver(t.ctx), createSessionResolver(t.ctx)]);
        await registerAccessRoutes(a, t.ctx);
        await registerRecordsRoutes(a, t.ctx);
        await registerPatientRightsRoutes(a, t.ctx);
      },
    });
    admin = await createUser(t.ctx, { role: 'admin' });
    clinician = await createUser(t.ctx, { role: 'clinician' });
    officer = await createUser(t.ctx, { role: 'compliance_officer' });
    const team = await post('/api/v1/care-teams', admin, { name: 'Deletion ward' });
    assert.equal(team.statusCode, 201, team.body);
    teamId = (JSON.parse(team.body) as { careTeam: { id: string } }).careTeam.id;
    assert.equal((await post(`/api/v1/care-teams/${teamId}/members`, admin, { userId: clinician.id })).statusCode, 200);
    const rule = await app.inject({ method: 'PUT', url: '/api/v1/retention-rule', headers: (await signIn(t.ctx, admin)).writeHeaders, payload: { keepYearsAfterLastUpdate: 7 } });
    assert.equal(rule.statusCode, 200, rule.body);
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  async function post(url: string, who: TestUser, payload: Json) {
    return app.inject({ method: 'POST', url, headers: (await signIn(t.ctx, who)).writeHeaders, payload });
  }
  const run = () => completePendingDeletions(t.ctx, clock.now());

  /** A patient on the team with a lab result and an SSN (so there are blind-index rows to remove). */
  async function patientWithRecords(): Promise<TestUser> {
    const patient = await createUser(t.ctx, { role: 'patient' });
    assert.equal((await post(`/api/v1/care-teams/${teamId}/patients`, admin, { patientId: patient.patientId })).statusCode, 200);
    await addRecord(patient, { resourceType: 'Patient', name: [{ family: faker.person.lastName() }], identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: faker.string.numeric(3) + '-' + faker.string.numeric(2) + '-' + faker.string.numeric(4) }] });
    await addRecord(patient, { resourceType: 'Observation', status: 'final', code: { text: 'Glucose' }, valueQuantity: { value: faker.number.int({ min: 70, max: 200 }), unit: 'mg/dL' } });
    return patient;
  }
  async function addRecord(patient: TestUser, resource: Json) {
    const res = await post(`/api/v1/patients/${patient.patientId}/${String(resource.resourceType)}`, clinician, resource);
    assert.equal(res.statusCode, 201, res.body);
  }
  async function requestDeletion(patient: TestUser): Promise<{ requestId: string; block: { kind: string } }> {
    const res = await post(`/api/v1/patients/${patient.patientId}/deletion-request`, patient, { confirm: 'DELETE' });
    assert.equal(res.statusCode, 202, res.body);
    return JSON.parse(res.body) as { requestId: string; block: { kind: string } };
  }
  async function placeHold(patient: TestUser): Promise<string> {
    const res = await post(`/api/v1/patients/${patient.patientId}/legal-holds`, officer, { reason: 'Litigation LH-7' });
    assert.equal(res.statusCode, 201, res.body);
    return (JSON.parse(res.body) as { id: string }).id;
  }
  async function liftHold(patient: TestUser, holdId: string) {
    const res = await app.inject({ method: 'DELETE', url: `/api/v1/patients/${patient.patientId}/legal-holds/${holdId}`, headers: (await signIn(t.ctx, officer)).writeHeaders });
    assert.equal(res.statusCode, 204, res.body);
  }
  const requestRow = async (id: string) =>
    (await sql<{ status: string; blocked_by: string | null; earliest_at: Date | null; receipt: string | null }>`select status, blocked_by, earliest_at, receipt from deletion_requests where id = ${id}`.execute(t.ctx.db)).rows[0]!;
  const patientState = async (patientId: string) =>
    (await sql<{ status: string; user_status: string }>`select p.status, u.status as user_status from patients p join users u on u.patient_id = p.id where p.id = ${patientId}`.execute(t.ctx.db)).rows[0]!;
  async function deletionEntries(patientId: string): Promise<TAuditEntry[]> {
    await t.ctx.flushAudit();
    const page = await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), subjectId: patientId, action: 'patient.deletion', limit: 50 });
    return page.entries;
  }

  it('retention passes -> completed with a stored receipt; an active hold -> still pending; lifted later -> completed; runs are idempotent', async () => {
    const retained = await patientWithRecords();
    const held = await patientWithRecords();
    const rid = retained.patientId!;
    const hid = held.patientId!;
    const retainedRequest = await requestDeletion(retained);
    assert.equal(retainedRequest.block.kind, 'retention');
    const holdId = await placeHold(held);
    const heldRequest = await requestDeletion(held);
    assert.equal(heldRequest.block.kind, 'legal_hold');
    const session = await signIn(t.ctx, retained);

    // Nothing has ended yet: both wait.
    const early = await run();
    assert.equal(early.completed, 0);
    assert.ok(early.stillPending >= 2);
    assert.equal((await requestRow(retainedRequest.requestId)).status, 'pending');
    assert.deepEqual(await deletionEntries(rid), []);

    // Seven years and two days on: retention has passed for both, but the hold still stands.
    clock.advance(7 * YEAR + 2 * DAY);
    const due = await run();
    assert.ok(due.completed >= 1, JSON.stringify(due));
    const row = await requestRow(retainedRequest.requestId);
    assert.equal(row.status, 'completed');
    const receipt = JSON.parse(row.receipt!) as TDeletionReceipt;
    assert.equal(receipt.requestId, retainedRequest.requestId);
    assert.equal(receipt.patientId, rid);
    assert.equal(receipt.completedAt, clock.now().toISOString());
    assert.ok(receipt.done.subjectKeysDestroyed >= 1);
    assert.ok(receipt.done.identifierIndexRowsRemoved >= 1);
    assert.equal(receipt.done.careTeamLinksRemoved, 1);
    assert.equal(receipt.done.accountDisabled, true);
    assert.ok(receipt.done.sessionsEnded >= 1);
    // The receipt is anchored in the audit log: one system entry, found by compliance officers.
    const entries = await deletionEntries(rid);
    assert.deepEqual(entries.map((e) => [e.id, e.actorId, e.actorRole, e.outcome, e.resourceId]), [[receipt.auditEntryId, DELETION_JOB_ACTOR, 'system', 'allow', retainedRequest.requestId]]);
    const log = await app.inject({ method: 'GET', url: `/api/v1/patients/${rid}/access-log`, headers: (await signIn(t.ctx, officer)).headers });
    assert.equal(log.statusCode, 200, log.body);
    assert.ok((JSON.parse(log.body) as { entries: Array<{ id: string; action: string }> }).entries.some((e) => e.id === receipt.auditEntryId && e.action === 'patient.deletion'));
    // Shredded and closed: the patient row says deleted, the account is disabled, the session is over, records no longer decrypt.
    assert.deepEqual(await patientState(rid), { status: 'deleted', user_status: 'disabled' });
    assert.equal((await app.inject({ method: 'GET', url: `/api/v1/patients/${rid}/deletion-request`, headers: session.headers })).statusCode, 401);
    const records = await sql<{ id: string; resource_ct: Uint8Array }>`select id, resource_ct from records where patient_id = ${rid}`.execute(t.ctx.db);
    assert.ok(records.rows.length >= 2);
    for (const r of records.rows) {
      await assert.rejects(() => t.ctx.crypto.decryptJsonForSubject(t.ctx.db, { organizationId: org(), subjectId: rid, table: 'records', column: 'resource_ct', rowId: r.id }, r.resource_ct), /shredded|destroyed|unavailable|deleted/i);
    }

    // The held patient is untouched and still pending, for the hold.
    assert.deepEqual(await patientState(hid), { status: 'active', user_status: 'active' });
    assert.deepEqual([(await requestRow(heldRequest.requestId)).status, (await requestRow(heldRequest.requestId)).blocked_by], ['pending', 'legal_hold']);
    assert.deepEqual(await deletionEntries(hid), []);

    // Running again changes nothing (one deletion entry for the retained patient).
    const again = await run();
    assert.equal(again.completed, 0, JSON.stringify(again));
    assert.equal((await deletionEntries(rid)).length, 1);

    // Once the hold is lifted, the next run completes the held patient's request.
    await liftHold(held, holdId);
    const lifted = await run();
    assert.ok(lifted.completed >= 1);
    assert.equal((await requestRow(heldRequest.requestId)).status, 'completed');
    assert.deepEqual(await patientState(hid), { status: 'deleted', user_status: 'disabled' });
    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });

  it('a lifted hold with retention still running stays pending with the retention date; two concurrent runs complete a request once', async () => {
    const patient = await patientWithRecords();
    const holdId = await placeHold(patient);
    const { requestId } = await requestDeletion(patient);
    await liftHold(patient, holdId);
    await run();
    const waiting = await requestRow(requestId);
    assert.equal(waiting.status, 'pending');
    assert.equal(waiting.blocked_by, 'retention', 'the reason the patient sees follows the block');
    const last = (await sql<{ last: Date }>`select max(updated_at) as last from records where patient_id = ${patient.patientId}`.execute(t.ctx.db)).rows[0]!.last;
    const expected = new Date(last);
    expected.setUTCFullYear(expected.getUTCFullYear() + 7);
    assert.equal(new Date(waiting.earliest_at!).toISOString(), expected.toISOString());

    clock.advance(7 * YEAR + 2 * DAY);
    const [a, b] = await Promise.all([run(), run()]);
    assert.equal(a.failed + b.failed, 0, JSON.stringify([a, b]));
    assert.equal((await requestRow(requestId)).status, 'completed');
    assert.equal((await deletionEntries(patient.patientId!)).length, 1, 'one deletion, one entry');
    assert.equal(a.completed + b.completed, 1, `completed once: ${JSON.stringify([a, b])}`);
    const shredded = await sql<{ reason: string }>`select reason from shredded_subjects where subject_id = ${patient.patientId}`.execute(t.ctx.db);
    assert.deepEqual(shredded.rows.map((r) => r.reason), [`deletion request ${requestId}`]);
    const verification = await t.verifyAudit();
    assert.equal(verification.ok, true, JSON.stringify(verification));
  });
});
