// Sign-in end to end over real HTTPS and a real migrated database (PGlite and PostgreSQL): password,
// TOTP enrollment and verification, replay refusal, recovery codes, CSRF, and the audit trail.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import type { TestServer } from '../../../test/server/harness';
import { LOGIN_FAILED_MESSAGE } from './login.service';
import { createTestBrowser, createTestUser, startAuthServer, type TestBrowser, type TestUser } from './login.test-fixtures';
import { generateTotpCode } from './totp';

const A = '/api/v1/auth';

describe(`sign-in over HTTPS (${testEngine})`, () => {
  const clock = createTestClock();
  let t: TestContext;
  let server: TestServer;

  before(async () => {
    t = await createTestContext({ clock });
    server = await startAuthServer(t.ctx);
  });
  after(async () => {
    await server?.close();
    await t?.close();
  });

  const auditActions = async (actorOrResource: string): Promise<string[]> => {
    await t.ctx.flushAudit();
    const rows = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_id', 'resource_id']).orderBy('seq').execute();
    return rows.filter((r) => r.actor_id === actorOrResource || r.resource_id === actorOrResource).map((r) => r.action);
  };
  const signInWithPassword = async (user: TestUser, browser = createTestBrowser(server)): Promise<TestBrowser> => {
    const res = await browser.call('POST', `${A}/login`, { email: user.email, password: user.password });
    assert.equal(res.status, 200, res.text);
    return browser;
  };

  it('walks a new account through password, TOTP enrollment and recovery codes, then signs in again with a code', async () => {
    const user = await createTestUser(t.ctx);
    const browser = createTestBrowser(server);
    const login = await browser.call('POST', `${A}/login`, { email: user.email, password: user.password });
    assert.equal(login.status, 200, login.text);
    assert.deepEqual(login.json(), { status: 'mfa_enrollment_required' });
    const setCookie = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
    const sessionCookie = setCookie.find((c) => c.startsWith('custos_session='))!;
    assert.match(sessionCookie, /; HttpOnly/);
    assert.match(sessionCookie, /; Secure/);
    assert.match(sessionCookie, /; SameSite=Strict/);
    assert.match(sessionCookie, /; Path=\//);
    const csrfCookie = setCookie.find((c) => c.startsWith('custos_csrf='))!;
    assert.doesNotMatch(csrfCookie, /HttpOnly/, 'the page must be able to read the CSRF cookie');
    // The token is opaque and stored only as a digest.
    const stored = await t.ctx.db.selectFrom('sessions').select(['token_hash', 'stage']).where('user_id', '=', user.id).execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]!.stage, 'mfa');
    assert.ok(!Buffer.from(stored[0]!.token_hash).toString('latin1').includes(browser.cookies.get('custos_session')!));

    // A password alone is not a session.
    assert.deepEqual((await browser.call('GET', `${A}/session`)).json(), { session: null });
    assert.equal((await browser.call('GET', `${A}/sessions`)).status, 401);
    assert.equal((await browser.call('POST', `${A}/mfa/recovery-codes`)).status, 401);

    const enroll = await browser.call('POST', `${A}/mfa/totp/enroll`);
    assert.equal(enroll.status, 200, enroll.text);
    const { otpauthUri, secret } = enroll.json<{ otpauthUri: string; secret: string }>();
    assert.match(otpauthUri, /^otpauth:\/\/totp\/Custos:/);
    assert.match(otpauthUri, /issuer=Custos/);
    assert.ok(otpauthUri.includes(`secret=${secret}`));
    const row = await t.ctx.db.selectFrom('users').select(['totp_secret_ct', 'totp_enrolled_at']).where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.totp_enrolled_at, null);
    assert.ok(!Buffer.from(row.totp_secret_ct!).toString('latin1').includes(secret), 'the TOTP secret is stored encrypted');

    const wrong = await browser.call('POST', `${A}/mfa/totp/confirm`, { code: generateTotpCode(secret, new Date(clock.now().getTime() - 5 * 60_000)) });
    assert.equal(wrong.status, 401);
    const oldToken = browser.cookies.get('custos_session')!;
    const confirm = await browser.call('POST', `${A}/mfa/totp/confirm`, { code: generateTotpCode(secret, clock.now()) });
    assert.equal(confirm.status, 200, confirm.text);
    const confirmed = confirm.json<{ session: { user: { displayName: string; role: string }; idleExpiresInSeconds: number; mfa: { totpEnrolled: boolean; recoveryCodesRemaining: number } }; recoveryCodes: string[] }>();
    assert.equal(confirmed.recoveryCodes.length, 10);
    assert.equal(new Set(confirmed.recoveryCodes).size, 10);
    assert.deepEqual(confirmed.session.user, { displayName: user.name, role: 'patient', patientId: user.patientId });
    assert.equal(confirmed.session.idleExpiresInSeconds, 15 * 60);
    assert.deepEqual(confirmed.session.mfa, { totpEnrolled: true, recoveryCodesRemaining: 10 });
    assert.equal(confirm.headers['x-custos-idle-expires-in'], String(15 * 60));
    // The token rotated on upgrade: the pre-MFA cookie no longer works (session fixation).
    const newToken = browser.cookies.get('custos_session')!;
    assert.notEqual(newToken, oldToken);
    const stale = createTestBrowser(server);
    stale.cookies.set('custos_session', oldToken);
    assert.deepEqual((await stale.call('GET', `${A}/session`)).json(), { session: null });

    const current = await browser.call('GET', `${A}/session`);
    assert.equal(current.json<{ session: { user: { role: string } } }>().session.user.role, 'patient');
    assert.equal((await browser.call('POST', `${A}/logout`, {})).status, 204);
    assert.equal(browser.cookies.size, 0, 'logout clears both cookies');

    clock.advance(30_000);
    const again = await signInWithPassword(user);
    const verify = await again.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(secret, clock.now()) });
    assert.equal(verify.status, 200, verify.text);
    assert.equal(verify.json<{ session: { mfa: { recoveryCodesRemaining: number } } }>().session.mfa.recoveryCodesRemaining, 10);

    assert.deepEqual(await auditActions(user.id), ['auth.login', 'auth.mfa_failed', 'auth.mfa_enrolled', 'auth.logout', 'auth.login', 'auth.mfa_verified']);
  });

  it('refuses a wrong password with one message for every cause, and does not say whether the account exists', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const unverified = await createTestUser(t.ctx, { emailVerified: false });
    const disabled = await createTestUser(t.ctx, { status: 'disabled' });
    const attempts = [
      { email: user.email, password: `${user.password}x` },
      { email: `nobody.${user.email}`, password: user.password },
      { email: unverified.email, password: unverified.password },
      { email: disabled.email, password: disabled.password },
    ];
    for (const body of attempts) {
      const browser = createTestBrowser(server);
      const res = await browser.call('POST', `${A}/login`, body);
      assert.equal(res.status, 401, res.text);
      assert.equal(res.json<{ message: string }>().message, LOGIN_FAILED_MESSAGE);
      assert.equal(res.json().code, 'unauthenticated');
      assert.equal(browser.cookies.size, 0, 'no session after a failure');
      assert.ok(!res.text.includes(body.email), 'the answer does not echo the email');
    }
    assert.deepEqual(await auditActions(user.id), ['auth.login_failed']);
    assert.deepEqual(await auditActions(unverified.id), ['auth.login_failed']);
    // The unknown email's attempt is audited without naming anyone.
    await t.ctx.flushAudit();
    const anonymous = await t.ctx.db.selectFrom('audit_log').select(['action', 'actor_role']).where('actor_id', 'is', null).where('resource_id', 'is', null).where('action', '=', 'auth.login_failed').execute();
    assert.ok(anonymous.length >= 1);
    // Emails are matched case-insensitively (the blind index normalizes them).
    const upper = createTestBrowser(server);
    assert.equal((await upper.call('POST', `${A}/login`, { email: user.email.toUpperCase(), password: user.password })).json().status, 'mfa_required');
  });

  it('accepts each TOTP code once: the same code on a second sign-in is refused as replayed', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    clock.advance(30_000);
    const code = generateTotpCode(user.totpSecret!, clock.now());
    const first = await signInWithPassword(user);
    assert.equal((await first.call('POST', `${A}/mfa/verify`, { code })).status, 200);
    const second = await signInWithPassword(user);
    const replay = await second.call('POST', `${A}/mfa/verify`, { code });
    assert.equal(replay.status, 401);
    assert.match(replay.json<{ message: string }>().message, /already used/);
    assert.deepEqual((await second.call('GET', `${A}/session`)).json(), { session: null });
    // An older code from inside the window is refused as well once a newer one was used.
    const older = await second.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, new Date(clock.now().getTime() - 30_000)) });
    assert.equal(older.status, 401);
    clock.advance(30_000);
    assert.equal((await second.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 200);
    await t.ctx.flushAudit();
    const failures = await t.ctx.db.selectFrom('audit_log').select(['reason']).where('actor_id', '=', user.id).where('action', '=', 'auth.mfa_failed').orderBy('seq').execute();
    assert.deepEqual(failures.map((f) => f.reason), ['totp_replayed', 'totp_replayed']);
  });

  it('accepts a recovery code once, in any spelling, and counts down the remaining ones', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const code = user.recoveryCodes[3]!;
    const first = await signInWithPassword(user);
    const ok = await first.call('POST', `${A}/mfa/verify`, { recoveryCode: ` ${code.toUpperCase().replace(/-/g, ' ')} ` });
    assert.equal(ok.status, 200, ok.text);
    assert.equal(ok.json<{ session: { mfa: { recoveryCodesRemaining: number } } }>().session.mfa.recoveryCodesRemaining, 9);
    const second = await signInWithPassword(user);
    const reused = await second.call('POST', `${A}/mfa/verify`, { recoveryCode: code });
    assert.equal(reused.status, 401);
    assert.match(reused.json<{ message: string }>().message, /used before/);
    // Both a code and a recovery code in one request is a malformed request, not a guess.
    assert.equal((await second.call('POST', `${A}/mfa/verify`, { code: '123456', recoveryCode: code })).status, 400);

    // Regeneration replaces every old code.
    assert.equal((await second.call('POST', `${A}/mfa/verify`, { recoveryCode: user.recoveryCodes[0]! })).status, 200);
    const regenerated = await second.call('POST', `${A}/mfa/recovery-codes`);
    assert.equal(regenerated.status, 200, regenerated.text);
    const fresh = regenerated.json<{ recoveryCodes: string[] }>().recoveryCodes;
    assert.equal(fresh.length, 10);
    const third = await signInWithPassword(user);
    assert.equal((await third.call('POST', `${A}/mfa/verify`, { recoveryCode: user.recoveryCodes[5]! })).status, 401, 'an old code is void after regeneration');
    assert.equal((await third.call('POST', `${A}/mfa/verify`, { recoveryCode: fresh[0]! })).status, 200);
    const actions = await auditActions(user.id);
    assert.ok(actions.includes('auth.recovery_codes_regenerated'));
  });

  it('refuses cookie-authenticated writes without the matching CSRF token, and accepts reads without one', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    clock.advance(30_000);
    const browser = await signInWithPassword(user);
    assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 200);
    const csrf = browser.cookies.get('custos_csrf')!;
    const attempts: Array<{ csrf: string | null; cookie?: string }> = [
      { csrf: null },
      { csrf: 'x' },
      { csrf: `${csrf.slice(0, -1)}${csrf.endsWith('A') ? 'B' : 'A'}` },
      // Header and cookie agree with each other but not with the session (an attacker's pair).
      { csrf: 'attacker-chosen-value', cookie: 'attacker-chosen-value' },
    ];
    for (const attempt of attempts) {
      if (attempt.cookie) browser.cookies.set('custos_csrf', attempt.cookie);
      const logout = await browser.call('POST', `${A}/logout`, { everywhere: true }, { csrf: attempt.csrf });
      assert.equal(logout.status, 403, `csrf ${attempt.csrf}`);
      assert.equal(logout.json().code, 'forbidden');
      const del = await browser.call('DELETE', `${A}/sessions/${crypto.randomUUID()}`, undefined, { csrf: attempt.csrf });
      assert.equal(del.status, 403);
      browser.cookies.set('custos_csrf', csrf);
    }
    // The session survived every refused write.
    const alive = await browser.call('GET', `${A}/session`);
    assert.notEqual(alive.json().session, null);
    // A session at stage 'mfa' is protected the same way.
    const pending = await signInWithPassword(user);
    assert.equal((await pending.call('POST', `${A}/mfa/verify`, { code: '000000' }, { csrf: null })).status, 403);
  });

  it('lets a full session enroll again only after the second factor was reset, and never over an enrolled one', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    clock.advance(30_000);
    const browser = await signInWithPassword(user);
    assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 200);
    assert.equal((await browser.call('POST', `${A}/mfa/totp/enroll`)).status, 409, 'an enrolled secret is never replaced this way');
    // What an admin's 2FA reset leaves behind (the account module's job): no secret, no codes.
    await t.ctx.db.updateTable('users').set({ totp_secret_ct: null, totp_enrolled_at: null, totp_last_step: null }).where('id', '=', user.id).execute();
    await t.ctx.db.deleteFrom('user_recovery_codes').where('user_id', '=', user.id).execute();
    const enroll = await browser.call('POST', `${A}/mfa/totp/enroll`);
    assert.equal(enroll.status, 200, enroll.text);
    const { secret } = enroll.json<{ secret: string }>();
    assert.notEqual(secret, user.totpSecret);
    clock.advance(30_000);
    const confirm = await browser.call('POST', `${A}/mfa/totp/confirm`, { code: generateTotpCode(secret, clock.now()) });
    assert.equal(confirm.status, 200, confirm.text);
    assert.equal(confirm.json<{ recoveryCodes: string[] }>().recoveryCodes.length, 10);
    // The old app's codes no longer work; the new one's do.
    clock.advance(30_000);
    const next = await signInWithPassword(user);
    assert.equal((await next.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 401);
    assert.equal((await next.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(secret, clock.now()) })).status, 200);
  });

  it('ends the audit trail in a verifiable chain', async () => {
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
    assert.ok(result.entriesChecked > 10);
    // Nothing typed by a person reached an audit entry or a log line.
    const lines = server.lines.join('\n');
    assert.ok(!/password|@/.test(lines.replace(/"msg":"[^"]*"/g, '')), 'no emails or passwords in the logs');
  });
});
