// Password change (signed in) and reset (by mailed link) end to end over HTTPS, on PGlite and
// PostgreSQL, with mail read from a real SMTP server and time moved by the clock.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import { auditActionsAbout, signIn, startAccountServer, tokenFromMail, type AccountServer } from './account.test-fixtures';
import { INVALID_LINK_MESSAGE } from './email-verification.service';
import { createTestBrowser, createTestUser, fakePassphrase, type TestBrowser } from './login.test-fixtures';
import { WRONG_CURRENT_PASSWORD } from './password-change.service';

const A = '/api/v1/auth';

describe(`password change and reset (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let s: AccountServer;

  before(async () => {
    t = await createTestContext({ clock });
    s = await startAccountServer(t.ctx);
  });
  after(async () => {
    await s?.close();
    await t?.close();
  });

  const anonymous = () => createTestBrowser(s.server);
  const signedIn = async (browser: TestBrowser) => (await browser.call('GET', `${A}/session`)).json<{ session: unknown }>().session !== null;
  const openSessions = (userId: string) => t.ctx.db.selectFrom('sessions').select(['id', 'end_reason']).where('user_id', '=', userId).execute();

  it('resets a password by a mailed link that works once, and ends every session', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const phone = await signIn(s.server, clock, user);
    const laptop = await signIn(s.server, clock, user);
    const request = await anonymous().call('POST', `${A}/password-reset/request`, { email: user.email.toUpperCase() });
    assert.equal(request.status, 202, request.text);
    const mail = await s.sink.waitFor((m) => m.to.includes(user.email) && m.subject === 'Reset your Custos password');
    assert.match(mail.text, /within 30 minutes/);
    const token = tokenFromMail(mail, 'reset-password');

    const weak = await anonymous().call('POST', `${A}/password-reset/complete`, { token, newPassword: 'password1' });
    assert.equal(weak.status, 400, 'a refused password does not use up the link');
    assert.equal(weak.json<{ fields: Array<{ path: string }> }>().fields[0]!.path, 'newPassword');

    const newPassword = fakePassphrase();
    const complete = await anonymous().call('POST', `${A}/password-reset/complete`, { token, newPassword });
    assert.equal(complete.status, 204, complete.text);
    assert.equal(await signedIn(phone), false, 'sessions end with a reset');
    assert.equal(await signedIn(laptop), false);
    assert.ok((await openSessions(user.id)).every((r) => r.end_reason === 'password_changed'));
    await s.sink.waitFor((m) => m.to.includes(user.email) && m.subject === 'Your Custos password was changed');

    const reuse = await anonymous().call('POST', `${A}/password-reset/complete`, { token, newPassword: fakePassphrase() });
    assert.equal(reuse.status, 400);
    assert.equal(reuse.json<{ message: string }>().message, INVALID_LINK_MESSAGE);

    const old = await anonymous().call('POST', `${A}/login`, { email: user.email, password: user.password });
    assert.equal(old.status, 401, 'the old password is gone');
    await signIn(s.server, clock, { ...user, password: newPassword });
    const actions = await auditActionsAbout(t.ctx, user.id);
    for (const action of ['auth.password_reset_requested', 'auth.password_reset', 'auth.password_reset_failed']) assert.ok(actions.includes(action), action);
  });

  it('answers a reset request for an unknown address exactly like for a known one, and mails nobody', async () => {
    const user = await createTestUser(t.ctx);
    const known = await anonymous().call('POST', `${A}/password-reset/request`, { email: user.email });
    const unknownEmail = `nobody.${randomUUID().slice(0, 8)}@example.org`;
    const unknown = await anonymous().call('POST', `${A}/password-reset/request`, { email: unknownEmail });
    assert.equal(unknown.status, 202);
    assert.equal(unknown.text, known.text);
    await s.sink.waitFor((m) => m.to.includes(user.email));
    assert.equal(s.sink.mails.filter((m) => m.to.includes(unknownEmail)).length, 0);
    // A disabled account gets no link either.
    const disabled = await createTestUser(t.ctx, { status: 'disabled' });
    assert.equal((await anonymous().call('POST', `${A}/password-reset/request`, { email: disabled.email })).status, 202);
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(s.sink.mails.filter((m) => m.to.includes(disabled.email)).length, 0);
  });

  it('lets a reset link expire after 30 minutes, and a newer link replace an older one', async () => {
    const user = await createTestUser(t.ctx);
    await anonymous().call('POST', `${A}/password-reset/request`, { email: user.email });
    const first = tokenFromMail(await s.sink.waitFor((m) => m.to.includes(user.email)), 'reset-password');
    clock.advance(1000);
    await anonymous().call('POST', `${A}/password-reset/request`, { email: user.email });
    const second = tokenFromMail(await s.sink.waitFor((m) => m.to.includes(user.email) && !m.text.includes(first)), 'reset-password');
    assert.notEqual(first, second);
    const replaced = await anonymous().call('POST', `${A}/password-reset/complete`, { token: first, newPassword: fakePassphrase() });
    assert.equal(replaced.status, 400, 'the older link was replaced');
    clock.advance(30 * 60_000);
    const expired = await anonymous().call('POST', `${A}/password-reset/complete`, { token: second, newPassword: fakePassphrase() });
    assert.equal(expired.status, 400);
    await t.ctx.flushAudit();
    const reasons = await t.ctx.db.selectFrom('audit_log').select('reason').where('actor_id', '=', user.id).where('action', '=', 'auth.password_reset_failed').orderBy('seq').execute();
    assert.deepEqual(reasons.map((r) => r.reason), ['token_used', 'token_expired']);
  });

  it('changes the password when signed in: checks the current one, keeps this session, ends the others', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const here = await signIn(s.server, clock, user);
    const elsewhere = await signIn(s.server, clock, user);
    const newPassword = fakePassphrase();

    const wrong = await here.call('POST', `${A}/password`, { currentPassword: `${user.password}x`, newPassword });
    assert.equal(wrong.status, 400);
    assert.equal(wrong.json<{ message: string }>().message, WRONG_CURRENT_PASSWORD);
    assert.equal(await signedIn(elsewhere), true, 'a wrong current password changes nothing');
    const weak = await here.call('POST', `${A}/password`, { currentPassword: user.password, newPassword: 'qwertyuiop' });
    assert.equal(weak.status, 400);
    assert.match(weak.json<{ message: string }>().message, /simple sequence|list of passwords/);
    const noCsrf = await here.call('POST', `${A}/password`, { currentPassword: user.password, newPassword }, { csrf: null });
    assert.equal(noCsrf.status, 403, 'a cookie-authenticated write needs the CSRF token');

    const ok = await here.call('POST', `${A}/password`, { currentPassword: user.password, newPassword });
    assert.equal(ok.status, 204, ok.text);
    assert.equal(await signedIn(here), true, 'the session that changed it stays');
    assert.equal(await signedIn(elsewhere), false, 'other sessions end');
    await s.sink.waitFor((m) => m.to.includes(user.email) && m.subject === 'Your Custos password was changed');
    assert.equal((await anonymous().call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 401);
    const actions = await auditActionsAbout(t.ctx, user.id);
    assert.ok(actions.includes('auth.password_change_failed'));
    assert.ok(actions.includes('auth.password_changed'));
  });

  it('locks the account after repeated wrong current passwords, like failed sign-ins', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const here = await signIn(s.server, clock, user);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await here.call('POST', `${A}/password`, { currentPassword: `${user.password}${i}`, newPassword: fakePassphrase() })).status);
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 429], 'the fifth wrong guess locks the account');
    const right = await here.call('POST', `${A}/password`, { currentPassword: user.password, newPassword: fakePassphrase() });
    assert.equal(right.status, 429, 'even the right password waits for the lock to pass');
    assert.ok(Number(right.headers['retry-after']) > 0);
    const login = await anonymous().call('POST', `${A}/login`, { email: user.email, password: user.password });
    assert.equal(login.status, 429, 'sign-in shares the lock');
    assert.ok((await auditActionsAbout(t.ctx, user.id)).includes('auth.lockout'));
    clock.advance(16 * 60_000);
  });

  it('refuses a password change without a full session', async () => {
    const res = await anonymous().call('POST', `${A}/password`, { currentPassword: 'x', newPassword: fakePassphrase() });
    assert.equal(res.status, 401);
  });

  it('leaves an audit log that verifies', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
