// Break-glass through the real app: a clinician outside the care team gets 403 until they open
// break-glass with a reason; the grant is audited with the flag, raises an alert, lasts the
// organization's break-glass hours and lands in the compliance officer's review queue.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { TApp } from '../../server/app';
import { listAlerts } from '../alerts/alerts.repo';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { buildAccessTestApp, createOrganization, createUser, signIn, type TestSession, type TestUser } from '../../../test/fixtures/identity-fixtures';

const HOUR = 3_600_000;
const REASON = 'Unconscious patient in the emergency department, care team off shift';

describe(`break-glass over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let officer: TestUser;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx);
    officer = await createUser(t.ctx, { role: 'compliance_officer' });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const org = () => t.ctx.defaultOrganization.id;
  const json = <T = Record<string, unknown>>(res: { body: string }): T => JSON.parse(res.body) as T;
  const entries = async (action: string) => {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: org(), action, limit: 500 })).entries;
  };
  const breakGlass = (session: TestSession | { writeHeaders: Record<string, string> }, patientId: string, reason = REASON) =>
    app.inject({ method: 'POST', url: `/api/v1/patients/${patientId}/break-glass`, headers: session.writeHeaders, payload: { reason } });
  const check = (session: { headers: Record<string, string> }, patientId: string) =>
    app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/access-check?resourceType=Observation`, headers: session.headers });
  const reviews = (session: TestSession) => app.inject({ method: 'GET', url: '/api/v1/compliance/break-glass-reviews', headers: session.headers });
  const review = (session: TestSession, grantId: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: `/api/v1/compliance/break-glass-reviews/${grantId}/review`, headers: session.writeHeaders, payload });
  async function openedGrant() {
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, clinician);
    const res = await breakGlass(session, patient.patientId!);
    assert.equal(res.statusCode, 201, res.body);
    return { clinician, patient, session, grant: json<{ grant: { id: string; expiresAt: string } }>(res).grant };
  }

  it('403 outside the care team; break-glass then allows, flagged, audited with the reason and alerted', async () => {
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, clinician);
    const before = await check(session, patient.patientId!);
    assert.equal(before.statusCode, 403);
    assert.match(String(json(before).message), /break-glass/);

    const opened = await breakGlass(session, patient.patientId!);
    assert.equal(opened.statusCode, 201, opened.body);
    const grant = json<{ grant: { id: string; patientId: string; grantedAt: string; expiresAt: string } }>(opened).grant;
    assert.equal(grant.patientId, patient.patientId);
    assert.equal(new Date(grant.expiresAt).getTime() - new Date(grant.grantedAt).getTime(), 4 * HOUR, 'the default 4 hours');

    const after = await check(session, patient.patientId!);
    assert.equal(after.statusCode, 200, after.body);
    assert.deepEqual(json(after).flags, ['break_glass']);

    const audit = (await entries('break_glass.opened')).filter((e) => e.actorId === clinician.id);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.subjectId, patient.patientId);
    assert.equal(audit[0]!.outcome, 'allow');
    assert.ok(!JSON.stringify(audit[0]).includes('Unconscious'), 'the reason is not in the clear columns');
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: audit[0]!.id });
    assert.deepEqual(details?.flags, ['break_glass']);
    assert.equal(details?.reason, REASON);
    assert.equal(details?.grantId, grant.id);
    const read = (await entries('record.read')).find((e) => e.actorId === clinician.id && e.outcome === 'allow');
    assert.ok(read);
    const readDetails = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: read.id });
    assert.deepEqual(readDetails?.flags, ['break_glass'], 'the record access carries the flag too');
    assert.equal(readDetails?.grantId, grant.id);

    const alerts = (await listAlerts(t.ctx.db, { organizationId: org(), kind: 'break_glass' })).filter((a) => a.user_id === clinician.id);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]!.severity, 'warning');
    assert.equal(alerts[0]!.patient_id, patient.patientId);
    assert.equal(alerts[0]!.audit_entry_id, audit[0]!.id);
    assert.ok(!alerts[0]!.summary.includes('Unconscious'));

    const row = await t.ctx.db.selectFrom('access_grants').selectAll().where('id', '=', grant.id).executeTakeFirstOrThrow();
    assert.ok(!Buffer.from(row.reason_ct).toString('latin1').includes('Unconscious'), 'stored as ciphertext');
  });

  it('ends when the grant expires, and follows the organization setting for its length', async () => {
    const { clinician, patient } = await openedGrant();
    clock.advance(4 * HOUR - 60_000);
    assert.equal((await check(await signIn(t.ctx, clinician), patient.patientId!)).statusCode, 200);
    clock.advance(2 * 60_000);
    const expired = await check(await signIn(t.ctx, clinician), patient.patientId!);
    assert.equal(expired.statusCode, 403);
    assert.match(String(json(expired).message), /expired or was revoked/);

    await t.ctx.db
      .insertInto('organization_settings')
      .values({ organization_id: org(), idle_timeout_minutes: 15, session_lifetime_hours: 12, password_max_age_days: null, break_glass_hours: 2, updated_at: clock.now() })
      .execute();
    try {
      const { grant } = await openedGrant();
      assert.equal(new Date(grant.expiresAt).getTime() - clock.now().getTime(), 2 * HOUR);
      await t.ctx.db.updateTable('organization_settings').set({ break_glass_hours: 72 }).where('organization_id', '=', org()).execute();
      const capped = await openedGrant();
      assert.equal(new Date(capped.grant.expiresAt).getTime() - clock.now().getTime(), 8 * HOUR, 'never beyond the policy maximum');
    } finally {
      await t.ctx.db.deleteFrom('organization_settings').where('organization_id', '=', org()).execute();
    }
  });

  it('refuses a short or empty reason with 400 and opens nothing', async () => {
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, clinician);
    for (const reason of ['Emergency', '', 'x'.repeat(40)]) {
      const res = await breakGlass(session, patient.patientId!, reason);
      assert.equal(res.statusCode, 400, JSON.stringify(reason));
      assert.equal(json(res).code, 'validation_failed');
    }
    assert.match(String(json(await breakGlass(session, patient.patientId!, 'Emergency')).message), /at least 20 characters/);
    const rows = await t.ctx.db.selectFrom('access_grants').select('id').where('user_id', '=', clinician.id).execute();
    assert.deepEqual(rows, []);
    assert.equal((await check(session, patient.patientId!)).statusCode, 403);
  });

  it('is for clinicians outside the care team only: patients, admins, officers, team members and tokens are refused', async () => {
    const patient = await createUser(t.ctx, { role: 'patient' });
    for (const role of ['patient', 'admin', 'compliance_officer'] as const) {
      const user = await createUser(t.ctx, { role });
      const res = await breakGlass(await signIn(t.ctx, user), patient.patientId!);
      assert.equal(res.statusCode, 403, role);
      const denied = (await entries('patient.break_glass')).filter((e) => e.actorId === user.id);
      assert.equal(denied.length, 1, `${role}: the refusal is audited`);
      assert.equal(denied[0]!.outcome, 'deny');
    }
    // The patient's own token cannot open break-glass either.
    const own = await signIn(t.ctx, patient);
    const issued = await app.inject({
      method: 'POST',
      url: '/api/v1/access-tokens',
      headers: own.writeHeaders,
      payload: { name: 'x', scope: { resourceTypes: ['Observation'], subject: { kind: 'patient', patientId: patient.patientId }, access: 'read_write', purpose: 'patient_request' }, expiresInDays: 1 },
    });
    const token = json<{ token: string }>(issued).token;
    assert.equal((await breakGlass({ writeHeaders: { authorization: `Bearer ${token}` } }, patient.patientId!)).statusCode, 403);

    const member = await createUser(t.ctx, { role: 'clinician' });
    const teamId = randomUUID();
    await t.ctx.db.insertInto('care_teams').values({ id: teamId, organization_id: org(), name: `Team ${teamId}`, created_at: clock.now() }).execute();
    await t.ctx.db.insertInto('care_team_members').values({ care_team_id: teamId, organization_id: org(), user_id: member.id, added_at: clock.now() }).execute();
    await t.ctx.db.insertInto('care_team_patients').values({ care_team_id: teamId, organization_id: org(), patient_id: patient.patientId!, added_at: clock.now() }).execute();
    const onTeam = await breakGlass(await signIn(t.ctx, member), patient.patientId!);
    assert.equal(onTeam.statusCode, 403);
    assert.match(String(json(onTeam).message), /already on your care team/);
  });

  it("answers 404 for an unknown patient and 403 for another organization's", async () => {
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const session = await signIn(t.ctx, clinician);
    assert.equal((await breakGlass(session, randomUUID())).statusCode, 404);
    const orgB = await createOrganization(t.ctx);
    const patientB = await createUser(t.ctx, { role: 'patient', organizationId: orgB });
    const res = await breakGlass(session, patientB.patientId!);
    assert.equal(res.statusCode, 403);
    assert.match(String(json(res).message), /another organization/);
    // And an unknown patient looks like any other to a patient: 403, not 404.
    const patient = await createUser(t.ctx, { role: 'patient' });
    assert.equal((await breakGlass(await signIn(t.ctx, patient), randomUUID())).statusCode, 403);
  });

  it('queues every grant for the compliance officer, who reviews each once; others cannot', async () => {
    const { clinician, patient, grant } = await openedGrant();
    const officerSession = await signIn(t.ctx, officer);
    const queue = await reviews(officerSession);
    assert.equal(queue.statusCode, 200, queue.body);
    const item = json<{ reviews: Array<{ id: string; reason: string; clinician: string; patientId: string; userId: string }> }>(queue).reviews.find((r) => r.id === grant.id);
    assert.ok(item);
    assert.equal(item.reason, REASON);
    assert.equal(item.clinician, clinician.name);
    assert.equal(item.patientId, patient.patientId);
    const readEntries = (await entries('break_glass.review_read')).filter((e) => e.resourceId === grant.id);
    assert.equal(readEntries.length, 1, 'showing the reason is audited under the patient');
    assert.equal(readEntries[0]!.subjectId, patient.patientId);

    for (const role of ['admin', 'clinician', 'patient'] as const) {
      const other = await signIn(t.ctx, await createUser(t.ctx, { role }));
      assert.equal((await reviews(other)).statusCode, 403, role);
      assert.equal((await review(other, grant.id, { outcome: 'appropriate', note: 'fine' })).statusCode, 403, role);
    }
    assert.equal((await review(await signIn(t.ctx, clinician), grant.id, { outcome: 'appropriate' })).statusCode, 403, 'not by the clinician who opened it');

    assert.equal((await review(officerSession, grant.id, { outcome: 'maybe' })).statusCode, 400);
    const done = await review(officerSession, grant.id, { outcome: 'appropriate', note: 'Confirmed with the ED roster' });
    assert.equal(done.statusCode, 200, done.body);
    assert.equal(json<{ review: { revoked: boolean } }>(done).review.revoked, false);
    assert.equal((await review(officerSession, grant.id, { outcome: 'inappropriate' })).statusCode, 409, 'reviewed once');
    assert.equal((await review(officerSession, randomUUID(), { outcome: 'appropriate' })).statusCode, 404);
    const after = json<{ reviews: Array<{ id: string }> }>(await reviews(officerSession)).reviews;
    assert.ok(!after.some((r) => r.id === grant.id), 'gone from the queue');
    const reviewed = (await entries('break_glass.reviewed')).filter((e) => e.resourceId === grant.id);
    assert.equal(reviewed.length, 1);
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: org(), id: reviewed[0]!.id });
    assert.equal(details?.note, 'Confirmed with the ED roster');
  });

  it('an inappropriate verdict ends access still running and raises a critical alert', async () => {
    const { clinician, patient, session, grant } = await openedGrant();
    assert.equal((await check(session, patient.patientId!)).statusCode, 200);
    const res = await review(await signIn(t.ctx, officer), grant.id, { outcome: 'inappropriate', note: 'No emergency on record' });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(json<{ review: { revoked: boolean } }>(res).review.revoked, true);
    assert.equal((await check(session, patient.patientId!)).statusCode, 403);
    const alerts = (await listAlerts(t.ctx.db, { organizationId: org(), kind: 'break_glass_inappropriate' })).filter((a) => a.user_id === clinician.id);
    assert.equal(alerts.length, 1);
    assert.equal(alerts[0]!.severity, 'critical');
  });

  it("lets the compliance officer open a read-only, flagged audit review of one patient's chart", async () => {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const officerSession = await signIn(t.ctx, officer);
    const readCheck = (query: string) => app.inject({ method: 'GET', url: `/api/v1/patients/${patient.patientId}/access-check?${query}`, headers: officerSession.headers });
    assert.equal((await readCheck('resourceType=Observation')).statusCode, 403, 'no standing access');
    const open = (session: TestSession, reason = 'Review of break-glass event for case 2026-014') =>
      app.inject({ method: 'POST', url: `/api/v1/patients/${patient.patientId}/audit-review`, headers: session.writeHeaders, payload: { reason } });
    assert.equal((await open(officerSession, 'case 14')).statusCode, 400);
    const opened = await open(officerSession);
    assert.equal(opened.statusCode, 201, opened.body);
    const read = await readCheck('resourceType=Observation');
    assert.equal(read.statusCode, 200, read.body);
    assert.deepEqual(json(read).flags, ['audit_review']);
    assert.equal((await readCheck('resourceType=Observation&action=create')).statusCode, 403, 'read-only');
    const audit = (await entries('audit_review.opened')).filter((e) => e.actorId === officer.id);
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.subjectId, patient.patientId);
    for (const role of ['clinician', 'admin', 'patient'] as const) {
      assert.equal((await open(await signIn(t.ctx, await createUser(t.ctx, { role })))).statusCode, 403, role);
    }
    const queue = json<{ reviews: Array<{ id: string }> }>(await reviews(officerSession)).reviews;
    assert.ok(!queue.some((r) => r.id === json<{ grant: { id: string } }>(opened).grant.id), 'audit reviews are not break-glass events');
  });

  it('leaves a verifiable audit chain', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
