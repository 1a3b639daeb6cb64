// authorize(): the door later modules (records, AI gateway) call. A denial is audited on the root
// database and survives the caller's rollback; an allow hands back the audit entry for the
// caller's transaction. Also: a bearer token over real HTTPS.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isAppError } from '../../core/errors';
import { startServer, type TApp } from '../../server/app';
import type { TAuth } from '../../server/auth';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { buildAccessTestApp, createUser, signIn, type TestUser } from '../../../test/fixtures/identity-fixtures';
import { httpsRequest } from '../../../test/server/harness';
import { loadActor } from './actor-loader';
import { createAuthorize, type Authorize } from './authorize';

describe(`authorize() (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let authorize: Authorize;
  let clinician: TestUser;
  let onTeam: TestUser;
  let offTeam: TestUser;
  const requestContext = { requestId: 'authorize-int-test-0001', clientAddress: '192.0.2.7' };
  const sessionAuth = (u: TestUser): TAuth => ({ kind: 'session', sessionId: 'fixture', stage: 'full', userId: u.id, organizationId: u.organizationId, role: u.role, patientId: u.patientId });
  const record = (patientId: string) => ({ kind: 'record' as const, organizationId: t.ctx.defaultOrganization.id, patientId, resourceType: 'Observation' as const });

  before(async () => {
    t = await createTestContext({ clock });
    authorize = createAuthorize({ db: t.ctx.db, audit: t.ctx.audit, clock: t.ctx.clock });
    clinician = await createUser(t.ctx, { role: 'clinician' });
    onTeam = await createUser(t.ctx, { role: 'patient' });
    offTeam = await createUser(t.ctx, { role: 'patient' });
    const now = clock.now();
    const org = t.ctx.defaultOrganization.id;
    await t.ctx.db.insertInto('care_teams').values({ id: '00000000-0000-4000-8000-000000000001', organization_id: org, name: 'Ward', created_at: now }).execute();
    await t.ctx.db.insertInto('care_team_members').values({ care_team_id: '00000000-0000-4000-8000-000000000001', organization_id: org, user_id: clinician.id, added_at: now }).execute();
    await t.ctx.db.insertInto('care_team_patients').values({ care_team_id: '00000000-0000-4000-8000-000000000001', organization_id: org, patient_id: onTeam.patientId!, added_at: now }).execute();
  });
  after(async () => {
    await t?.close();
  });

  const entriesFor = async (subjectId: string) => {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, subjectId, limit: 100 })).entries;
  };

  it('records a denial and throws forbidden with the reason codes', async () => {
    await assert.rejects(
      authorize(t.ctx.db, { auth: sessionAuth(clinician), action: 'record.read', resource: record(offTeam.patientId!), requestContext }),
      (error: unknown) => isAppError(error) && error.code === 'forbidden' && (error.details?.reasons as string[]).includes('not_on_care_team'),
    );
    const entries = await entriesFor(offTeam.patientId!);
    assert.equal(entries.length, 1);
    assert.deepEqual(
      { action: entries[0]!.action, outcome: entries[0]!.outcome, reason: entries[0]!.reason, actorId: entries[0]!.actorId, purpose: entries[0]!.purpose, requestId: entries[0]!.requestId, clientIp: entries[0]!.clientIp, resourceType: entries[0]!.resourceType },
      { action: 'record.read', outcome: 'deny', reason: 'not_on_care_team', actorId: clinician.id, purpose: 'treatment', requestId: requestContext.requestId, clientIp: requestContext.clientAddress, resourceType: 'Observation' },
    );
  });

  it('refuses to run inside a transaction (a denial there could be rolled back, or deadlock PGlite)', async () => {
    await assert.rejects(
      t.ctx.db.transaction().execute((trx) => authorize(trx, { auth: sessionAuth(clinician), action: 'record.read', resource: record(onTeam.patientId!), requestContext })),
      (error: unknown) => isAppError(error) && error.code === 'internal',
    );
  });

  it("hands an allow back with the audit entry, which commits or rolls back with the caller's work", async () => {
    const granted = await authorize(t.ctx.db, { auth: sessionAuth(clinician), action: 'record.read', resource: record(onTeam.patientId!), requestContext });
    assert.equal(granted.decision.effect, 'allow');
    assert.equal(granted.now.getTime(), clock.now().getTime());
    await t.ctx.db.transaction().execute(async (trx) => {
      await t.ctx.audit.appendAudit(trx, granted.auditEntry({ resourceId: 'obs-1' }));
    });
    let entries = await entriesFor(onTeam.patientId!);
    assert.deepEqual(entries.map((e) => [e.action, e.outcome, e.resourceId, e.reason]), [['record.read', 'allow', 'obs-1', 'care_team']]);

    await assert.rejects(
      t.ctx.db.transaction().execute(async (trx) => {
        await t.ctx.audit.appendAudit(trx, granted.auditEntry({ resourceId: 'obs-2' }));
        throw new Error('the read failed');
      }),
    );
    entries = await entriesFor(onTeam.patientId!);
    assert.equal(entries.length, 1, 'the rolled-back read left no entry');
  });

  it('honours an explicit purpose and denies one the role may not use', async () => {
    await assert.rejects(authorize(t.ctx.db, { auth: sessionAuth(onTeam), action: 'record.read', resource: record(onTeam.patientId!), purpose: 'treatment', requestContext }), /may not use records for the stated purpose/);
    const own = await authorize(t.ctx.db, { auth: sessionAuth(onTeam), action: 'record.read', resource: record(onTeam.patientId!), requestContext });
    assert.equal(own.actor.purpose, 'patient_request');
  });

  it('loads only what concerns the patient in question', async () => {
    const actor = await loadActor(t.ctx.db, sessionAuth(clinician), 'treatment', { patientId: offTeam.patientId!, now: clock.now() });
    assert.equal(actor.careTeam.memberOf('00000000-0000-4000-8000-000000000001'), true);
    assert.equal(actor.careTeam.includes(onTeam.patientId!), false, 'assignments of other patients are not read');
    const all = await loadActor(t.ctx.db, sessionAuth(clinician), 'treatment', { now: clock.now() });
    assert.equal(all.careTeam.includes(onTeam.patientId!), true);
  });

  describe('over real HTTPS', () => {
    let app: TApp;
    let port: number;
    before(async () => {
      app = await buildAccessTestApp(t.ctx);
      ({ port } = await startServer(app, { host: '127.0.0.1', port: 0 }));
    });
    after(async () => {
      await app?.close();
    });

    it('a bearer token works on the API, and a revoked one gets 401', async () => {
      const ca = (await import('node:fs')).readFileSync(`${t.ctx.config.dataDir}/tls/localhost.crt`, 'utf8');
      const session = await signIn(t.ctx, onTeam);
      const issued = await httpsRequest({ port, ca }, {
        method: 'POST',
        path: '/api/v1/access-tokens',
        headers: { ...session.writeHeaders, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Phone app', scope: { resourceTypes: ['Observation'], subject: { kind: 'patient', patientId: onTeam.patientId }, access: 'read', purpose: 'patient_request' }, expiresInDays: 30 }),
      });
      assert.equal(issued.status, 201, issued.text);
      assert.equal(issued.headers['cache-control'], 'no-store');
      const { token, accessToken } = issued.json<{ token: string; accessToken: { id: string } }>();
      const path = `/api/v1/patients/${onTeam.patientId}/access-check?resourceType=Observation`;
      assert.equal((await httpsRequest({ port, ca }, { path, headers: { authorization: `Bearer ${token}` } })).status, 200);
      const revoked = await httpsRequest({ port, ca }, { method: 'POST', path: `/api/v1/access-tokens/${accessToken.id}/revoke`, headers: session.writeHeaders });
      assert.equal(revoked.status, 204);
      const refused = await httpsRequest({ port, ca }, { path, headers: { authorization: `Bearer ${token}` } });
      assert.equal(refused.status, 401);
      assert.equal(refused.json().code, 'unauthenticated');
    });
  });

  it('leaves a verifiable audit chain', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
