// Staff invitations and user administration end to end over HTTPS (PGlite and PostgreSQL): who may
// call the admin routes, what each call changes, that every call is audited, and the outbox.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { WITHHELD_BODY } from '../mail/outbox.service';
import { auditActionsAbout, signIn, startAccountServer, tokenFromMail, type AccountServer } from './account.test-fixtures';
import { createTestBrowser, createTestUser, fakePassphrase, type TestBrowser, type TestUser } from './login.test-fixtures';

const A = '/api/v1/auth';
const ADMIN = '/api/v1/admin';

describe(`staff invitations and user administration (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let s: AccountServer;
  let admin: TestUser;
  let adminBrowser: TestBrowser;

  before(async () => {
    t = await createTestContext({ clock });
    s = await startAccountServer(t.ctx);
    admin = await createTestUser(t.ctx, { role: 'admin', totp: true });
    adminBrowser = await signIn(s.server, clock, admin);
  });
  after(async () => {
    await s?.close();
    await t?.close();
  });

  const asAdmin = async (method: string, path: string, body?: unknown) => {
    // Stay within the idle timeout however far other tests moved the clock.
    if (!(await adminBrowser.call('GET', `${A}/session`)).json<{ session: unknown }>().session) adminBrowser = await signIn(s.server, clock, admin);
    return adminBrowser.call(method, path, body);
  };
  const newEmail = () => `${randomUUID().slice(0, 8)}.${faker.internet.email().toLowerCase()}`;
  const userRow = (id: string) => t.ctx.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const signedIn = async (browser: TestBrowser) => (await browser.call('GET', `${A}/session`)).json<{ session: unknown }>().session !== null;

  it('invites a clinician by mail; the link sets name and password once, then sign-in asks for TOTP enrollment', async () => {
    const email = newEmail();
    const invite = await asAdmin('POST', `${ADMIN}/users/invitations`, { email, role: 'clinician' });
    assert.equal(invite.status, 201, invite.text);
    const { userId, expiresAt } = invite.json<{ userId: string; expiresAt: string }>();
    assert.equal(new Date(expiresAt).getTime() - clock.now().getTime(), 72 * 3_600_000);
    assert.equal((await userRow(userId)).status, 'invited');
    const mail = await s.sink.waitFor((m) => m.to.includes(email));
    assert.match(mail.text, /as clinician/);
    const token = tokenFromMail(mail, 'accept-invitation');

    const name = faker.person.fullName();
    const password = fakePassphrase();
    const anonymous = createTestBrowser(s.server);
    const weak = await anonymous.call('POST', `${A}/invitations/accept`, { token, name, password: 'short' });
    assert.equal(weak.status, 400);
    assert.equal((await anonymous.call('POST', `${A}/invitations/accept`, { token, name, password })).status, 204);
    const row = await userRow(userId);
    assert.equal(row.status, 'active');
    assert.ok(row.email_verified_at);
    assert.ok(!Buffer.from(row.name_ct!).toString('latin1').includes(name));
    assert.equal((await anonymous.call('POST', `${A}/invitations/accept`, { token, name, password: fakePassphrase() })).status, 400, 'single use');
    const login = await anonymous.call('POST', `${A}/login`, { email, password });
    assert.deepEqual(login.json(), { status: 'mfa_enrollment_required' });

    const listed = (await asAdmin('GET', `${ADMIN}/users`)).json<{ users: Array<{ id: string; email: string; name: string | null; role: string; totpEnrolled: boolean }> }>().users;
    const entry = listed.find((u) => u.id === userId);
    assert.deepEqual({ email: entry?.email, name: entry?.name, role: entry?.role, totpEnrolled: entry?.totpEnrolled }, { email, name, role: 'clinician', totpEnrolled: false });
    assert.ok(listed.find((u) => u.id === admin.id)?.totpEnrolled);
    assert.deepEqual(await auditActionsAbout(t.ctx, userId), ['user.invited', 'user.invitation_accepted', 'user.invitation_accept_failed', 'auth.login']);
  });

  it("withholds patients' names and masks their addresses; a look-up by the exact address shows that one account and is filed under the patient", async () => {
    const patient = await createTestUser(t.ctx, { role: 'patient', totp: true });
    const listed = (await asAdmin('GET', `${ADMIN}/users`)).json<{ users: Array<{ id: string; email: string; name: string | null; identityHidden: boolean }> }>().users;
    const entry = listed.find((u) => u.id === patient.id)!;
    assert.equal(entry.name, null);
    assert.equal(entry.identityHidden, true);
    assert.equal(entry.email, `${patient.email[0]}•••${patient.email.slice(patient.email.lastIndexOf('@'))}`);
    assert.ok(!JSON.stringify(listed).includes(patient.name) && !JSON.stringify(listed).includes(patient.email), 'no patient name or address in the list');
    const staff = listed.find((u) => u.id === admin.id)!;
    assert.deepEqual([staff.email, staff.identityHidden], [admin.email, false], 'staff are shown as they are');

    const lookup = await asAdmin('POST', `${ADMIN}/users/lookup`, { email: patient.email.toUpperCase() });
    assert.equal(lookup.status, 200);
    const found = lookup.json<{ users: Array<{ id: string; email: string; name: string | null }> }>().users;
    assert.deepEqual(found.map((u) => [u.id, u.email, u.name]), [[patient.id, patient.email, null]]);
    assert.deepEqual((await asAdmin('POST', `${ADMIN}/users/lookup`, { email: newEmail() })).json(), { users: [] });
    await t.ctx.flushAudit();
    const filed = await t.ctx.db.selectFrom('audit_log').select(['action', 'resource_id']).where('subject_id', '=', patient.patientId!).where('action', '=', 'user.looked_up').execute();
    assert.deepEqual(filed, [{ action: 'user.looked_up', resource_id: patient.id }]);
  });

  it('lets an invitation expire after 72 hours and refuses to invite an existing account', async () => {
    const email = newEmail();
    assert.equal((await asAdmin('POST', `${ADMIN}/users/invitations`, { email, role: 'compliance_officer' })).status, 201);
    const token = tokenFromMail(await s.sink.waitFor((m) => m.to.includes(email)), 'accept-invitation');
    clock.advance(72 * 3_600_000 + 1000);
    const late = await createTestBrowser(s.server).call('POST', `${A}/invitations/accept`, { token, name: faker.person.fullName(), password: fakePassphrase() });
    assert.equal(late.status, 400);
    const taken = await asAdmin('POST', `${ADMIN}/users/invitations`, { email: admin.email, role: 'clinician' });
    assert.equal(taken.status, 409);
    const patientRole = await asAdmin('POST', `${ADMIN}/users/invitations`, { email: newEmail(), role: 'patient' });
    assert.equal(patientRole.status, 400, 'patients register themselves');
  });

  it('gives patients and clinicians 403 on every admin route, and audits the denials', async () => {
    const target = await createTestUser(t.ctx, { role: 'clinician' });
    for (const role of ['patient', 'clinician', 'compliance_officer'] as const) {
      const user = await createTestUser(t.ctx, { role, totp: true });
      const browser = await signIn(s.server, clock, user);
      const calls: Array<[string, string, unknown?]> = [
        ['POST', `${ADMIN}/users/invitations`, { email: newEmail(), role: 'admin' }],
        ['PUT', `${ADMIN}/users/${target.id}/role`, { role: 'admin' }],
        ['PUT', `${ADMIN}/users/${target.id}/status`, { status: 'disabled' }],
        ['POST', `${ADMIN}/users/${target.id}/mfa-reset`],
        ['POST', `${ADMIN}/users/${target.id}/sessions/revoke`],
        ['GET', `${ADMIN}/outbox`],
        ['GET', `${ADMIN}/settings`],
        ['PUT', `${ADMIN}/settings`, { idleTimeoutMinutes: 240, sessionLifetimeHours: 168, passwordMaxAgeDays: null, breakGlassHours: 72 }],
      ];
      // Access reviews: compliance officers may read the user list (user.read), nobody else but admins.
      if (role !== 'compliance_officer') calls.push(['GET', `${ADMIN}/users`]);
      for (const [method, path, body] of calls) {
        const res = await browser.call(method, path, body);
        assert.equal(res.status, 403, `${role} ${method} ${path}: ${res.text}`);
      }
      await t.ctx.flushAudit();
      const denials = await t.ctx.db.selectFrom('audit_log').select('outcome').where('actor_id', '=', user.id).where('outcome', '=', 'deny').execute();
      assert.equal(denials.length, calls.length, `${role}: every denial audited`);
    }
    assert.equal((await userRow(target.id)).role, 'clinician', 'nothing changed');
    const unauthenticated = await createTestBrowser(s.server).call('GET', `${ADMIN}/users`);
    assert.equal(unauthenticated.status, 401);
  });

  it('changes roles, never the caller’s own and never the last active administrator', async () => {
    const user = await createTestUser(t.ctx, { role: 'clinician', totp: true });
    const theirs = await signIn(s.server, clock, user);
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${user.id}/role`, { role: 'compliance_officer' })).status, 204);
    assert.equal((await userRow(user.id)).role, 'compliance_officer');
    assert.equal(await signedIn(theirs), false, 'sessions with the old role end');
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${admin.id}/role`, { role: 'clinician' })).status, 409);
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${user.id}/role`, { role: 'patient' })).status, 409);
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${randomUUID()}/role`, { role: 'admin' })).status, 404);
    await t.ctx.flushAudit();
    const change = await t.ctx.db.selectFrom('audit_log').select(['actor_id', 'outcome']).where('resource_id', '=', user.id).where('action', '=', 'user.role_changed').executeTakeFirstOrThrow();
    assert.deepEqual(change, { actor_id: admin.id, outcome: 'allow' });

    // A second admin may be demoted while the first remains.
    const other = await createTestUser(t.ctx, { role: 'admin', totp: true });
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${other.id}/role`, { role: 'clinician' })).status, 204);
  });

  it('keeps one active administrator when the last two demote each other at the same time', async () => {
    const x = await createTestUser(t.ctx, { role: 'admin', totp: true });
    const y = await createTestUser(t.ctx, { role: 'admin', totp: true });
    const [bx, by] = [await signIn(s.server, clock, x), await signIn(s.server, clock, y)];
    const others = await t.ctx.db.updateTable('users').set({ status: 'disabled' }).where('role', '=', 'admin').where('status', '=', 'active').where('id', 'not in', [x.id, y.id]).returning('id').execute();
    try {
      const [rx, ry] = await Promise.all([
        bx.call('PUT', `${ADMIN}/users/${y.id}/role`, { role: 'clinician' }),
        by.call('PUT', `${ADMIN}/users/${x.id}/role`, { role: 'clinician' }),
      ]);
      const statuses = [rx.status, ry.status].sort();
      assert.equal(statuses.filter((code) => code === 204).length, 1, `one demotion wins: ${statuses.join(',')}`);
      assert.ok([401, 403, 409].includes(statuses.find((code) => code !== 204)!), statuses.join(','));
      const left = await t.ctx.db.selectFrom('users').select('id').where('id', 'in', [x.id, y.id]).where('role', '=', 'admin').execute();
      assert.equal(left.length, 1, 'exactly one administrator remains');
    } finally {
      if (others.length > 0) await t.ctx.db.updateTable('users').set({ status: 'active' }).where('id', 'in', others.map((r) => r.id)).execute();
    }
  });

  it('disables an account (its sessions end, sign-in fails) and enables it again', async () => {
    const user = await createTestUser(t.ctx, { role: 'clinician', totp: true });
    const theirs = await signIn(s.server, clock, user);
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${user.id}/status`, { status: 'disabled' })).status, 204);
    assert.equal(await signedIn(theirs), false);
    assert.equal((await createTestBrowser(s.server).call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 401);
    assert.equal((await asAdmin('PUT', `${ADMIN}/users/${user.id}/status`, { status: 'active' })).status, 204);
    await signIn(s.server, clock, user);
    const actions = await auditActionsAbout(t.ctx, user.id);
    assert.ok(actions.includes('user.disabled') && actions.includes('user.enabled'));
  });

  it('resets 2FA: TOTP and recovery codes gone, sessions ended, user mailed, alert raised; revokes sessions', async () => {
    const user = await createTestUser(t.ctx, { role: 'clinician', totp: true });
    const theirs = await signIn(s.server, clock, user);
    assert.equal((await asAdmin('POST', `${ADMIN}/users/${user.id}/mfa-reset`)).status, 204);
    const row = await userRow(user.id);
    assert.deepEqual([row.totp_secret_ct, row.totp_enrolled_at, row.totp_last_step], [null, null, null]);
    assert.equal((await t.ctx.db.selectFrom('user_recovery_codes').select('id').where('user_id', '=', user.id).execute()).length, 0);
    assert.equal(await signedIn(theirs), false);
    const sessions = await t.ctx.db.selectFrom('sessions').select('end_reason').where('user_id', '=', user.id).execute();
    assert.ok(sessions.every((r) => r.end_reason === 'mfa_reset'));
    await s.sink.waitFor((m) => m.to.includes(user.email) && m.subject === 'Your Custos two-step verification was reset');
    const alert = await t.ctx.db.selectFrom('alerts').selectAll().where('user_id', '=', user.id).where('kind', '=', 'mfa_reset').executeTakeFirstOrThrow();
    assert.ok(alert.audit_entry_id);
    assert.ok(!alert.summary.includes(user.email) && !alert.summary.includes(user.name));
    const login = await createTestBrowser(s.server).call('POST', `${A}/login`, { email: user.email, password: user.password });
    assert.deepEqual(login.json(), { status: 'mfa_enrollment_required' });
    assert.equal((await asAdmin('POST', `${ADMIN}/users/${admin.id}/mfa-reset`)).status, 409, 'not one’s own');

    const again = await createTestUser(t.ctx, { role: 'clinician', totp: true });
    const one = await signIn(s.server, clock, again);
    await signIn(s.server, clock, again);
    const revoke = await asAdmin('POST', `${ADMIN}/users/${again.id}/sessions/revoke`);
    assert.deepEqual(revoke.json(), { sessionsEnded: 2 });
    assert.equal(await signedIn(one), false);
    const actions = await auditActionsAbout(t.ctx, again.id);
    assert.ok(actions.includes('user.sessions_revoked'));
    assert.ok((await auditActionsAbout(t.ctx, user.id)).includes('user.mfa_reset'));
  });

  it('reads and changes organization settings within the migration’s ranges', async () => {
    const initial = await asAdmin('GET', `${ADMIN}/settings`);
    assert.deepEqual(initial.json(), { settings: { idleTimeoutMinutes: 15, sessionLifetimeHours: 12, passwordMaxAgeDays: null, breakGlassHours: 4 } });
    const next = { idleTimeoutMinutes: 30, sessionLifetimeHours: 8, passwordMaxAgeDays: 365, breakGlassHours: 2 };
    const put = await asAdmin('PUT', `${ADMIN}/settings`, next);
    assert.equal(put.status, 200, put.text);
    assert.deepEqual((await asAdmin('GET', `${ADMIN}/settings`)).json(), { settings: next });
    for (const bad of [{ idleTimeoutMinutes: 0 }, { idleTimeoutMinutes: 241 }, { sessionLifetimeHours: 169 }, { passwordMaxAgeDays: 29 }, { breakGlassHours: 73 }, { breakGlassHours: 1.5 }]) {
      const res = await asAdmin('PUT', `${ADMIN}/settings`, { ...next, ...bad });
      assert.equal(res.status, 400, JSON.stringify(bad));
    }
    await asAdmin('PUT', `${ADMIN}/settings`, { idleTimeoutMinutes: 15, sessionLifetimeHours: 12, passwordMaxAgeDays: null, breakGlassHours: 4 });
    await t.ctx.flushAudit();
    const changes = await t.ctx.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'settings.changed').execute();
    assert.equal(changes.length, 2);
  });

  it('lists the mail for admins, withholding the body of mail sent over SMTP; audits reading', async () => {
    const list = await asAdmin('GET', `${ADMIN}/outbox?limit=50`);
    assert.equal(list.status, 200, list.text);
    const messages = list.json<{ messages: Array<{ id: string; to: string; subject: string; status: string }> }>().messages;
    assert.equal(messages.length, 3, 'two invitations and one 2FA reset notice');
    const sent = messages.find((m) => m.status === 'sent')!;
    const read = await asAdmin('GET', `${ADMIN}/outbox/${sent.id}`);
    assert.equal(read.json<{ message: { text: string } }>().message.text, WITHHELD_BODY);
    assert.equal((await asAdmin('GET', `${ADMIN}/outbox/${randomUUID()}`)).status, 404);

    // Without SMTP the mail stays in the outbox, and an admin reads it whole (a headless start).
    const headless = await startAccountServer(t.ctx, { smtp: false });
    try {
      const user = await createTestUser(t.ctx);
      assert.equal((await createTestBrowser(headless.server).call('POST', `${A}/password-reset/request`, { email: user.email })).status, 202);
      const browser = await signIn(headless.server, clock, admin);
      const outbox = (await browser.call('GET', `${ADMIN}/outbox`)).json<{ messages: Array<{ id: string; to: string; status: string; kind: string }> }>().messages;
      const reset = outbox.find((m) => m.to === user.email)!;
      assert.deepEqual([reset.status, reset.kind], ['outbox', 'password_reset']);
      const body = (await browser.call('GET', `${ADMIN}/outbox/${reset.id}`)).json<{ message: { text: string } }>().message.text;
      assert.ok(tokenFromMail({ text: body }, 'reset-password'));
      assert.equal(headless.sink.mails.length, 0, 'nothing went over SMTP');
    } finally {
      await headless.close();
    }
    await t.ctx.flushAudit();
    const reads = await t.ctx.db.selectFrom('audit_log').select(['action', 'resource_id']).where('actor_id', '=', admin.id).where('action', 'like', 'mail.outbox_%').execute();
    assert.ok(reads.some((r) => r.action === 'mail.outbox_listed'));
    assert.ok(reads.some((r) => r.action === 'mail.outbox_read' && r.resource_id === sent.id));
  });

  it('leaves an audit log that verifies', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
