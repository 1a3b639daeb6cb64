// Care teams through the real app: admins manage them (audited care_team.changed), clinicians see
// their own patients, and the policy follows membership at once (a patient or a clinician leaving
// the team ends access, also through care-team tokens).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { TApp } from '../../server/app';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { buildAccessTestApp, createOrganization, createUser, signIn, type TestSession, type TestUser } from '../../../test/fixtures/identity-fixtures';

describe(`care teams over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let admin: TestUser;
  let adminSession: TestSession;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx);
    admin = await createUser(t.ctx, { role: 'admin' });
    adminSession = await signIn(t.ctx, admin);
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const json = <T = Record<string, unknown>>(res: { body: string }): T => JSON.parse(res.body) as T;
  const entries = async (action: string) => {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, action, limit: 500 })).entries;
  };
  const post = (session: TestSession, url: string, payload: Record<string, unknown>) => app.inject({ method: 'POST', url, headers: session.writeHeaders, payload });
  const del = (session: TestSession, url: string) => app.inject({ method: 'DELETE', url, headers: session.writeHeaders });
  let teamCount = 0;
  async function createTeam(): Promise<string> {
    const res = await post(adminSession, '/api/v1/care-teams', { name: `Ward ${++teamCount}` });
    assert.equal(res.statusCode, 201, res.body);
    return json<{ careTeam: { id: string } }>(res).careTeam.id;
  }
  const check = (session: TestSession | { headers: Record<string, string> }, patientId: string) =>
    app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/access-check?resourceType=Observation`, headers: session.headers });

  it('an admin builds a team; the clinician then sees the patient, and each change is audited', async () => {
    const teamId = await createTeam();
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const patient = await createUser(t.ctx, { role: 'patient' });
    const cSession = await signIn(t.ctx, clinician);
    assert.equal((await check(cSession, patient.patientId!)).statusCode, 403, 'not yet on a team');

    assert.deepEqual(json(await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: clinician.id })), { changed: true });
    assert.deepEqual(json(await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patient.patientId })), { changed: true });
    assert.deepEqual(json(await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patient.patientId })), { changed: false }, 'idempotent');

    const allowed = await check(cSession, patient.patientId!);
    assert.equal(allowed.statusCode, 200, allowed.body);
    assert.deepEqual(json<{ reasons: Array<{ code: string }> }>(allowed).reasons.map((r) => r.code), ['care_team']);

    const mine = json<{ patients: Array<{ patientId: string; careTeamIds: string[] }> }>(await app.inject({ method: 'GET', url: '/api/v1/care-team-patients', headers: cSession.headers }));
    assert.deepEqual(mine.patients, [{ patientId: patient.patientId, careTeamIds: [teamId] }]);
    const teams = json<{ careTeams: Array<{ id: string; memberIds: string[]; patientIds: string[] }> }>(await app.inject({ method: 'GET', url: '/api/v1/care-teams', headers: cSession.headers }));
    assert.deepEqual(teams.careTeams.map((c) => [c.id, c.memberIds, c.patientIds]), [[teamId, [clinician.id], [patient.patientId]]]);

    const changes = (await entries('care_team.changed')).filter((e) => e.resourceId === teamId);
    assert.equal(changes.length, 3, 'created, member added, patient added (the repeat is not an event)');
    assert.ok(changes.every((e) => e.outcome === 'allow' && e.actorId === admin.id));
    const patientChange = changes.find((e) => e.subjectId === patient.patientId);
    assert.ok(patientChange, 'the patient change is recorded under the patient');
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, id: patientChange.id });
    assert.equal(details?.change, 'patient_added');
  });

  it('taking the patient or the clinician off the team ends access, through care-team tokens too', async () => {
    const teamId = await createTeam();
    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const patient = await createUser(t.ctx, { role: 'patient' });
    await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: clinician.id });
    await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patient.patientId });
    const cSession = await signIn(t.ctx, clinician);
    const issued = await post(cSession, '/api/v1/access-tokens', {
      name: 'Ward dashboard',
      scope: { resourceTypes: ['Observation'], subject: { kind: 'care_team', careTeamId: teamId }, access: 'read', purpose: 'treatment' },
      expiresInDays: 7,
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const tokenHeaders = { headers: { authorization: `Bearer ${json<{ token: string }>(issued).token}` } };
    assert.equal((await check(tokenHeaders, patient.patientId!)).statusCode, 200);

    const removed = await del(adminSession, `/api/v1/care-teams/${teamId}/patients/${patient.patientId}`);
    assert.deepEqual(json(removed), { changed: true });
    assert.equal((await check(cSession, patient.patientId!)).statusCode, 403);
    const viaToken = await check(tokenHeaders, patient.patientId!);
    assert.equal(viaToken.statusCode, 403);
    assert.match(String(json(viaToken).message), /not on the care team the access token is for/);

    await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patient.patientId });
    assert.equal((await check(cSession, patient.patientId!)).statusCode, 200);
    assert.deepEqual(json(await del(adminSession, `/api/v1/care-teams/${teamId}/members/${clinician.id}`)), { changed: true });
    assert.equal((await check(cSession, patient.patientId!)).statusCode, 403, 'the clinician left the team');
    assert.equal((await check(tokenHeaders, patient.patientId!)).statusCode, 403, "the token follows its issuer's membership");
  });

  it('only admins manage teams; the refusals are audited', async () => {
    const teamId = await createTeam();
    for (const role of ['clinician', 'patient', 'compliance_officer'] as const) {
      const user = await createUser(t.ctx, { role });
      const session = await signIn(t.ctx, user);
      const create = await post(session, '/api/v1/care-teams', { name: `Rogue ${role}` });
      assert.equal(create.statusCode, 403, role);
      const add = await post(session, `/api/v1/care-teams/${teamId}/members`, { userId: user.id });
      assert.equal(add.statusCode, 403, role);
      const denials = (await entries('care_team.manage')).filter((e) => e.actorId === user.id);
      assert.equal(denials.length, 2, role);
      assert.ok(denials.every((e) => e.outcome === 'deny' && e.reason === 'action_not_permitted_for_role'));
    }
    const patient = await createUser(t.ctx, { role: 'patient' });
    const pSession = await signIn(t.ctx, patient);
    assert.equal((await app.inject({ method: 'GET', url: '/api/v1/care-teams', headers: pSession.headers })).statusCode, 403);
    assert.deepEqual(json(await app.inject({ method: 'GET', url: '/api/v1/care-team-patients', headers: pSession.headers })), { patients: [] });
  });

  it('refuses non-clinician members, unknown or foreign patients, foreign teams and duplicate names', async () => {
    const teamId = await createTeam();
    const compliance = await createUser(t.ctx, { role: 'compliance_officer' });
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: compliance.id })).statusCode, 400);
    const patient = await createUser(t.ctx, { role: 'patient' });
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: patient.id })).statusCode, 400);
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: randomUUID() })).statusCode, 404);
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: randomUUID() })).statusCode, 404);

    const orgB = await createOrganization(t.ctx);
    const patientB = await createUser(t.ctx, { role: 'patient', organizationId: orgB });
    const clinicianB = await createUser(t.ctx, { role: 'clinician', organizationId: orgB });
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patientB.patientId })).statusCode, 404);
    assert.equal((await post(adminSession, `/api/v1/care-teams/${teamId}/members`, { userId: clinicianB.id })).statusCode, 404);
    const adminB = await createUser(t.ctx, { role: 'admin', organizationId: orgB });
    const adminBSession = await signIn(t.ctx, adminB);
    assert.equal((await post(adminBSession, `/api/v1/care-teams/${teamId}/patients`, { patientId: patientB.patientId })).statusCode, 404, "another organization's team");
    const rows = await t.ctx.db.selectFrom('care_team_patients').select('patient_id').where('care_team_id', '=', teamId).execute();
    assert.deepEqual(rows, []);

    const dup = await post(adminSession, '/api/v1/care-teams', { name: `Ward ${teamCount}` });
    assert.equal(dup.statusCode, 409);
    assert.equal((await post(adminSession, '/api/v1/care-teams', { name: '   ' })).statusCode, 400);
  });

  it('leaves a verifiable audit chain', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
