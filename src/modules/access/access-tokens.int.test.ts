// Access tokens through the real app: issue within the issuer's reach, shown once, stored hashed,
// each use audited with the token id; 401 for revoked, expired, unknown or malformed tokens, 403
// for anything outside the scope (another patient, type, purpose, write on a read token, another
// organization).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { TApp } from '../../server/app';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { buildAccessTestApp, createOrganization, createUser, signIn, type TestSession, type TestUser } from '../../../test/fixtures/identity-fixtures';

const DAY = 24 * 3_600_000;

describe(`access tokens over HTTP (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let app: TApp;
  let admin: TestUser;

  before(async () => {
    t = await createTestContext({ clock });
    app = await buildAccessTestApp(t.ctx);
    admin = await createUser(t.ctx, { role: 'admin' });
  });
  after(async () => {
    await app?.close();
    await t?.close();
  });

  const json = <T = Record<string, unknown>>(res: { body: string }): T => JSON.parse(res.body) as T;
  const patientScope = (patientId: string, extra: Record<string, unknown> = {}) => ({
    resourceTypes: ['Observation'],
    subject: { kind: 'patient', patientId },
    access: 'read',
    purpose: 'patient_request',
    ...extra,
  });
  const issue = (session: TestSession, scope: unknown, expiresInDays = 30, name = 'Home BP cuff') =>
    app.inject({ method: 'POST', url: '/api/v1/access-tokens', headers: session.writeHeaders, payload: { name, scope, expiresInDays } });
  const check = (patientId: string, headers: Record<string, string>, query = 'resourceType=Observation') =>
    app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/access-check?${query}`, headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const entries = async (action: string, organizationId = t.ctx.defaultOrganization.id) => {
    await t.ctx.flushAudit();
    return (await t.ctx.audit.queryAudit(t.ctx.db, { organizationId, action, limit: 500 })).entries;
  };
  async function patientWithToken(extra: Record<string, unknown> = {}, days = 30) {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, patient);
    const res = await issue(session, patientScope(patient.patientId!, extra), days);
    assert.equal(res.statusCode, 201, res.body);
    const body = json<{ token: string; accessToken: { id: string; hint: string } }>(res);
    return { patient, session, token: body.token, tokenId: body.accessToken.id, hint: body.accessToken.hint };
  }

  it('a token scoped to patient A reads A, gets 403 on patient B, and every use is audited with its id', async () => {
    const { patient, token, tokenId } = await patientWithToken();
    const other = await createUser(t.ctx, { role: 'patient' });

    const own = await check(patient.patientId!, bearer(token));
    assert.equal(own.statusCode, 200, own.body);
    assert.deepEqual(json(own).flags, ['access_token']);
    assert.deepEqual(json<{ reasons: Array<{ code: string }> }>(own).reasons.map((r) => r.code), ['token_scope', 'own_record']);

    const foreign = await check(other.patientId!, bearer(token));
    assert.equal(foreign.statusCode, 403);
    assert.equal(json(foreign).code, 'forbidden');
    assert.match(String(json(foreign).message), /another patient/);
    assert.ok(!foreign.body.includes(other.patientId!), 'the answer does not echo ids');

    const uses = (await entries('access_token.used')).filter((e) => e.resourceId === tokenId);
    assert.equal(uses.length, 2);
    assert.ok(uses.every((e) => e.outcome === 'allow' && e.actorId === patient.id));
    const denied = (await entries('record.read')).find((e) => e.subjectId === other.patientId);
    assert.ok(denied, 'the denial is audited under the other patient');
    assert.equal(denied.outcome, 'deny');
    assert.match(denied.reason ?? '', /token_other_patient/);
    const details = await t.ctx.audit.readAuditDetails(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, id: denied.id });
    assert.equal(details?.tokenId, tokenId);
  });

  it('shows the secret once: the list and the database hold only the hint and the digest', async () => {
    const { patient, session, token, tokenId, hint } = await patientWithToken();
    const listTokens = async () => {
      const list = await app.inject({ method: 'GET', url: '/api/v1/access-tokens', headers: session.headers });
      assert.equal(list.statusCode, 200);
      assert.ok(!list.body.includes(token));
      return json<{ tokens: Array<{ id: string; hint: string; lastUsedAt: string | null }> }>(list).tokens;
    };
    const listed = await listTokens();
    assert.deepEqual(listed.map((x) => x.id), [tokenId]);
    assert.equal(listed[0]!.hint, hint);
    assert.equal(listed[0]!.lastUsedAt, null);
    await check(patient.patientId!, bearer(token));
    const firstUse = clock.now().toISOString();
    assert.equal((await listTokens())[0]!.lastUsedAt, firstUse);
    clock.advance(30_000);
    await check(patient.patientId!, bearer(token));
    assert.equal((await listTokens())[0]!.lastUsedAt, firstUse, 'written at most once a minute');
    clock.advance(31_000);
    await check(patient.patientId!, bearer(token));
    assert.equal((await listTokens())[0]!.lastUsedAt, clock.now().toISOString());
    assert.ok(token.startsWith('cus_pat_') && hint.endsWith(token.slice(-4)));
    const row = await t.ctx.db.selectFrom('access_tokens').selectAll().where('id', '=', tokenId).executeTakeFirstOrThrow();
    assert.ok(!JSON.stringify(row).includes(token.slice(8, 40)));
    assert.equal(Buffer.from(row.token_hash).length, 32);
  });

  it('a revoked token gets 401, and the failed use is audited with the token id', async () => {
    const { patient, session, token, tokenId } = await patientWithToken();
    const revoke = await app.inject({ method: 'POST', url: `/api/v1/access-tokens/${tokenId}/revoke`, headers: session.writeHeaders });
    assert.equal(revoke.statusCode, 204, revoke.body);
    const again = await app.inject({ method: 'POST', url: `/api/v1/access-tokens/${tokenId}/revoke`, headers: session.writeHeaders });
    assert.equal(again.statusCode, 204, 'revoking twice is not an error');
    assert.equal((await entries('access_token.revoked')).filter((e) => e.resourceId === tokenId).length, 1, 'one revocation event');

    const res = await check(patient.patientId!, bearer(token));
    assert.equal(res.statusCode, 401);
    assert.equal(json(res).code, 'unauthenticated');
    assert.match(String(json(res).message), /revoked/);
    const failed = (await entries('access_token.used')).filter((e) => e.resourceId === tokenId && e.outcome === 'deny');
    assert.equal(failed.length, 1);
    assert.equal(failed[0]!.reason, 'token_revoked');
  });

  it('an expired token gets 401 once the clock passes its expiry', async () => {
    const { patient, token, tokenId } = await patientWithToken({}, 1);
    assert.equal((await check(patient.patientId!, bearer(token))).statusCode, 200);
    clock.advance(DAY + 1000);
    const res = await check(patient.patientId!, bearer(token));
    assert.equal(res.statusCode, 401);
    assert.match(String(json(res).message), /expired/);
    const failed = (await entries('access_token.used')).filter((e) => e.resourceId === tokenId && e.outcome === 'deny');
    assert.deepEqual(failed.map((e) => e.reason), ['token_expired']);
  });

  it('refuses unknown, malformed and mangled bearer tokens with 401 (and a cookie never rescues them)', async () => {
    const { patient, session, token } = await patientWithToken();
    const mangled = token.slice(0, 20) + (token[20] === 'a' ? 'b' : 'a') + token.slice(21);
    const unknownButWellFormed = (await patientWithToken()).token.replace(/.{10}$/, '');
    for (const value of [mangled, 'cus_pat_short', 'not-a-token', unknownButWellFormed, '']) {
      const res = await check(patient.patientId!, { ...session.headers, authorization: `Bearer ${value}` });
      assert.equal(res.statusCode, 401, `bearer ${JSON.stringify(value)}`);
    }
    const sessionToken = session.headers.cookie!.split(';')[0]!.split('=')[1]!;
    assert.equal((await check(patient.patientId!, bearer(sessionToken))).statusCode, 401, 'a session token is not an access token');
    assert.equal((await check(patient.patientId!, {})).statusCode, 401, 'no credential at all');
  });

  it('keeps to the scope: other record types, another purpose and writes with a read token are 403', async () => {
    const { patient, token } = await patientWithToken();
    const type = await check(patient.patientId!, bearer(token), 'resourceType=Condition');
    assert.equal(type.statusCode, 403);
    assert.match(String(json(type).message), /does not cover this type/);
    const purpose = await check(patient.patientId!, bearer(token), 'resourceType=Observation&purpose=treatment');
    assert.equal(purpose.statusCode, 403);
    assert.match(String(json(purpose).message), /different purpose/);
    const write = await check(patient.patientId!, bearer(token), 'resourceType=Observation&action=create');
    assert.equal(write.statusCode, 403);
    assert.match(String(json(write).message), /read-only/);

    const rw = await patientWithToken({ access: 'read_write' });
    assert.equal((await check(rw.patient.patientId!, bearer(rw.token), 'resourceType=Observation&action=create')).statusCode, 200);
    // The scope allows writes; the patient's own rights still do not allow updating records.
    assert.equal((await check(rw.patient.patientId!, bearer(rw.token), 'resourceType=Observation&action=update')).statusCode, 403);
  });

  it("another organization's token gets 403 on this organization's patient", async () => {
    const orgB = await createOrganization(t.ctx);
    const patientB = await createUser(t.ctx, { role: 'patient', organizationId: orgB });
    const sessionB = await signIn(t.ctx, patientB);
    const issued = await issue(sessionB, patientScope(patientB.patientId!));
    assert.equal(issued.statusCode, 201, issued.body);
    const tokenB = json<{ token: string }>(issued).token;
    const patientA = await createUser(t.ctx, { role: 'patient' });
    const res = await check(patientA.patientId!, bearer(tokenB));
    assert.equal(res.statusCode, 403);
    assert.match(String(json(res).message), /another organization/);
    assert.equal((await check(patientB.patientId!, bearer(tokenB))).statusCode, 200);
    const denied = (await entries('record.read', orgB)).filter((e) => e.subjectId === patientA.patientId);
    assert.equal(denied.length, 1, 'the denial is recorded in the actor organization');
  });

  it('issues only within what the issuer can reach now, and audits the refusal', async () => {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const other = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, patient);
    const foreign = await issue(session, patientScope(other.patientId!));
    assert.equal(foreign.statusCode, 403);
    assert.match(String(json(foreign).message), /only reach their own/);
    const wrongPurpose = await issue(session, patientScope(patient.patientId!, { purpose: 'treatment' }));
    assert.equal(wrongPurpose.statusCode, 403);

    const clinician = await createUser(t.ctx, { role: 'clinician' });
    const cSession = await signIn(t.ctx, clinician);
    const notOnTeam = await issue(cSession, { ...patientScope(patient.patientId!), purpose: 'treatment' });
    assert.equal(notOnTeam.statusCode, 403, 'a clinician cannot issue for a patient outside the care team');
    const otherTeam = await issue(cSession, { ...patientScope(patient.patientId!), subject: { kind: 'care_team', careTeamId: faker.string.uuid() }, purpose: 'treatment' });
    assert.equal(otherTeam.statusCode, 403);
    assert.match(String(json(otherTeam).message), /not a member/);

    const refused = (await entries('access_token.issued')).filter((e) => e.outcome === 'deny' && (e.actorId === patient.id || e.actorId === clinician.id));
    assert.equal(refused.length, 4);
    assert.equal(await t.ctx.db.selectFrom('access_tokens').select('id').where('user_id', 'in', [patient.id, clinician.id]).executeTakeFirst(), undefined);
  });

  it('validates the request: expiry 1..365 days, known record types, a plain name', async () => {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, patient);
    for (const days of [0, 366, 1.5]) assert.equal((await issue(session, patientScope(patient.patientId!), days)).statusCode, 400, `days ${days}`);
    assert.equal((await issue(session, patientScope(patient.patientId!, { resourceTypes: ['Secrets'] }))).statusCode, 400);
    assert.equal((await issue(session, patientScope(patient.patientId!, { resourceTypes: [] }))).statusCode, 400);
    assert.equal((await issue(session, patientScope(patient.patientId!), 30, '<script>')).statusCode, 400);
  });

  it('tokens cannot manage tokens, and only the owner or an admin may revoke one', async () => {
    const { patient, token, tokenId } = await patientWithToken();
    const viaToken = await app.inject({ method: 'POST', url: '/api/v1/access-tokens', headers: bearer(token), payload: { name: 'x', scope: patientScope(patient.patientId!), expiresInDays: 1 } });
    assert.equal(viaToken.statusCode, 403);
    const listViaToken = await app.inject({ method: 'GET', url: '/api/v1/access-tokens', headers: bearer(token) });
    assert.equal(listViaToken.statusCode, 403);

    const stranger = await createUser(t.ctx, { role: 'clinician' });
    const strangerSession = await signIn(t.ctx, stranger);
    const denied = await app.inject({ method: 'POST', url: `/api/v1/access-tokens/${tokenId}/revoke`, headers: strangerSession.writeHeaders });
    assert.equal(denied.statusCode, 403);
    assert.equal((await check(patient.patientId!, bearer(token))).statusCode, 200, 'still valid');

    const orgB = await createOrganization(t.ctx);
    const adminB = await createUser(t.ctx, { role: 'admin', organizationId: orgB });
    const adminBSession = await signIn(t.ctx, adminB);
    const foreignAdmin = await app.inject({ method: 'POST', url: `/api/v1/access-tokens/${tokenId}/revoke`, headers: adminBSession.writeHeaders });
    assert.equal(foreignAdmin.statusCode, 404, "another organization's admin does not see the token");

    const adminSession = await signIn(t.ctx, admin);
    const byAdmin = await app.inject({ method: 'POST', url: `/api/v1/access-tokens/${tokenId}/revoke`, headers: adminSession.writeHeaders });
    assert.equal(byAdmin.statusCode, 204);
    assert.equal((await check(patient.patientId!, bearer(token))).statusCode, 401);
  });

  it('a write without the CSRF header is refused for cookie sessions', async () => {
    const patient = await createUser(t.ctx, { role: 'patient' });
    const session = await signIn(t.ctx, patient);
    const res = await app.inject({ method: 'POST', url: '/api/v1/access-tokens', headers: session.headers, payload: { name: 'x', scope: patientScope(patient.patientId!), expiresInDays: 1 } });
    assert.equal(res.statusCode, 403);
  });

  it("a token dies with its issuer's account", async () => {
    const { patient, token } = await patientWithToken();
    await t.ctx.db.updateTable('users').set({ status: 'disabled' }).where('id', '=', patient.id).execute();
    assert.equal((await check(patient.patientId!, bearer(token))).statusCode, 401);
  });

  it('leaves a verifiable audit chain', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
