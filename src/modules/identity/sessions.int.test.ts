// Session lifetime over real HTTPS, with the injected clock moved instead of sleeping: idle
// sign-out (sliding on activity), absolute lifetime, sign out everywhere, the sessions list, ending
// one session, the expiry sweeper and revokeUserSessions.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import type { TestServer } from '../../../test/server/harness';
import { createTestBrowser, createTestUser, startAuthServer, type TestBrowser, type TestUser } from './login.test-fixtures';
import { createSessionService, revokeUserSessions } from './sessions.service';
import { generateTotpCode } from './totp';

const A = '/api/v1/auth';
const MINUTE = 60_000;

describe(`sessions (${testEngine})`, () => {
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

  const signIn = async (user: TestUser, userAgent?: string): Promise<TestBrowser> => {
    const browser = createTestBrowser(server);
    const headers: Record<string, string> = userAgent ? { 'user-agent': userAgent } : {};
    assert.equal((await browser.call('POST', `${A}/login`, { email: user.email, password: user.password }, { headers })).status, 200);
    // Each sign-in needs a code of a step not used before.
    clock.advance(30_000);
    const res = await browser.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) }, { headers });
    assert.equal(res.status, 200, res.text);
    return browser;
  };
  const countAudit = async (action: string, resourceOrActor: string): Promise<number> => {
    await t.ctx.flushAudit();
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', action)
      .where((eb) => eb.or([eb('resource_id', '=', resourceOrActor), eb('actor_id', '=', resourceOrActor)]))
      .execute();
    return rows.length;
  };
  const sessionIdOf = async (userId: string): Promise<string[]> =>
    (await t.ctx.db.selectFrom('sessions').select('id').where('user_id', '=', userId).where('ended_at', 'is', null).execute()).map((r) => r.id);

  it('signs out after the idle timeout, slides on activity, says why once, and audits it once', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const browser = await signIn(user);
    const [sessionId] = await sessionIdOf(user.id);
    // Activity every 14 minutes keeps the session for longer than 15.
    for (let i = 0; i < 3; i++) {
      clock.advance(14 * MINUTE);
      const res = await browser.call('GET', `${A}/session`);
      assert.notEqual(res.json().session, null, `alive after ${(i + 1) * 14} minutes with activity`);
      assert.equal(res.headers['x-custos-idle-expires-in'], String(15 * 60));
      assert.equal(res.json<{ session: { idleExpiresInSeconds: number } }>().session.idleExpiresInSeconds, 15 * 60);
    }
    const cookie = browser.cookies.get('custos_session')!;
    clock.advance(15 * MINUTE);
    const expired = await browser.call('GET', `${A}/session`);
    assert.deepEqual(expired.json(), { session: null, ended: 'idle' });
    assert.equal(browser.cookies.size, 0, 'the ended session\'s cookies are cleared');
    // The same cookie again (another tab): still nothing, and no second audit entry.
    const replay = createTestBrowser(server);
    replay.cookies.set('custos_session', cookie);
    assert.equal((await replay.call('GET', `${A}/session`)).json().session, null);
    assert.equal((await replay.call('GET', `${A}/sessions`)).status, 401);
    assert.equal(await countAudit('auth.session_idle_expired', sessionId!), 1);
    const row = await t.ctx.db.selectFrom('sessions').select(['end_reason', 'ended_at']).where('id', '=', sessionId!).executeTakeFirstOrThrow();
    assert.equal(row.end_reason, 'idle');
  });

  it('follows the organization idle setting, and ends a session at its absolute lifetime despite activity', async () => {
    const organizationId = t.ctx.defaultOrganization.id;
    await t.ctx.db.insertInto('organization_settings').values({ organization_id: organizationId, idle_timeout_minutes: 5, session_lifetime_hours: 1, break_glass_hours: 4, updated_at: clock.now() }).execute();
    try {
      const user = await createTestUser(t.ctx, { totp: true });
      const browser = await signIn(user);
      const [sessionId] = await sessionIdOf(user.id);
      clock.advance(4 * MINUTE);
      assert.equal((await browser.call('GET', `${A}/session`)).json<{ session: { idleExpiresInSeconds: number } }>().session.idleExpiresInSeconds, 5 * 60);
      // Near the absolute deadline the idle deadline is capped by it.
      for (let elapsed = 4; elapsed < 56; elapsed += 4) {
        clock.advance(4 * MINUTE);
        assert.notEqual((await browser.call('GET', `${A}/session`)).json().session, null);
      }
      const capped = (await browser.call('GET', `${A}/session`)).json<{ session: { idleExpiresInSeconds: number } }>().session.idleExpiresInSeconds;
      assert.ok(capped < 5 * 60, `idle deadline capped by the absolute one (${capped} s)`);
      clock.advance(4 * MINUTE + 1);
      assert.deepEqual((await browser.call('GET', `${A}/session`)).json(), { session: null, ended: 'expired' });
      assert.equal(await countAudit('auth.session_expired', sessionId!), 1);
    } finally {
      await t.ctx.db.deleteFrom('organization_settings').where('organization_id', '=', organizationId).execute();
    }
  });

  it('expires a session stuck between password and second factor after 30 minutes at most', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const browser = createTestBrowser(server);
    await browser.call('POST', `${A}/login`, { email: user.email, password: user.password });
    for (let i = 0; i < 2; i++) {
      clock.advance(14 * MINUTE);
      assert.equal((await browser.call('POST', `${A}/mfa/totp/enroll`)).status, 409, 'alive (enrolled already), so the route answers');
    }
    clock.advance(3 * MINUTE);
    clock.advance(30_000);
    const late = await browser.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) });
    assert.equal(late.status, 401);
    const row = await t.ctx.db.selectFrom('sessions').select('end_reason').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(row.end_reason, 'expired');
  });

  it('lists the sessions of the caller only, marks the current one, ends one by id, and signs out everywhere', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const other = await createTestUser(t.ctx, { totp: true });
    const laptop = await signIn(user, 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0');
    const phone = await signIn(user, 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1');
    const desktop = await signIn(user);
    const stranger = await signIn(other);

    const list = (await laptop.call('GET', `${A}/sessions`)).json<{ sessions: Array<{ id: string; current: boolean; device: string; createdAt: string; lastActiveAt: string }> }>().sessions;
    assert.equal(list.length, 3);
    assert.equal(list.filter((s) => s.current).length, 1);
    assert.equal(list.find((s) => s.current)!.device, 'Firefox on Windows');
    assert.deepEqual(list.map((s) => s.device).sort(), ['Chrome on Linux', 'Firefox on Windows', 'Safari on iOS']);
    const phoneId = list.find((s) => s.device === 'Safari on iOS')!.id;

    // Someone else's session id: not found, and it stays alive.
    const strangerId = (await sessionIdOf(other.id))[0]!;
    assert.equal((await laptop.call('DELETE', `${A}/sessions/${strangerId}`)).status, 404);
    assert.notEqual((await stranger.call('GET', `${A}/session`)).json().session, null);
    assert.equal((await laptop.call('DELETE', `${A}/sessions/${randomUUID()}`)).status, 404);

    assert.equal((await laptop.call('DELETE', `${A}/sessions/${phoneId}`)).status, 204);
    assert.deepEqual((await phone.call('GET', `${A}/session`)).json(), { session: null, ended: 'revoked' });
    assert.equal((await laptop.call('GET', `${A}/sessions`)).json<{ sessions: unknown[] }>().sessions.length, 2);

    assert.equal((await laptop.call('POST', `${A}/logout`, { everywhere: true })).status, 204);
    assert.deepEqual((await desktop.call('GET', `${A}/session`)).json(), { session: null, ended: 'logout_everywhere' });
    assert.deepEqual(await sessionIdOf(user.id), []);
    // The other account is untouched.
    assert.notEqual((await stranger.call('GET', `${A}/session`)).json().session, null);
    assert.equal(await countAudit('auth.logout', user.id), 1);
    assert.equal(await countAudit('auth.session_revoked', phoneId), 1);
    // Signing out without a session is harmless.
    assert.equal((await createTestBrowser(server).call('POST', `${A}/logout`, {})).status, 204);
  });

  it('replaces the browser\'s session when it signs in again, instead of leaving it alive', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const browser = await signIn(user);
    const [first] = await sessionIdOf(user.id);
    assert.equal((await browser.call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 200);
    const live = await sessionIdOf(user.id);
    assert.equal(live.length, 1);
    assert.notEqual(live[0], first);
    const row = await t.ctx.db.selectFrom('sessions').select('end_reason').where('id', '=', first!).executeTakeFirstOrThrow();
    assert.equal(row.end_reason, 'logout');
    // A failed sign-in leaves the current session alone.
    const other = await createTestUser(t.ctx, { totp: true });
    const keep = await signIn(other);
    assert.equal((await keep.call('POST', `${A}/login`, { email: other.email, password: 'not it at all' })).status, 401);
    assert.notEqual((await keep.call('GET', `${A}/session`)).json().session, null);
  });

  it('ends and audits sessions that expired unattended, once across two sweeping instances', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    await signIn(user);
    const [sessionId] = await sessionIdOf(user.id);
    clock.advance(16 * MINUTE);
    const a = createSessionService({ clock, audit: t.ctx.audit });
    const b = createSessionService({ clock, audit: t.ctx.audit });
    const [endedA, endedB] = await Promise.all([a.sweepOverdueSessions(t.ctx.db), b.sweepOverdueSessions(t.ctx.db)]);
    assert.ok(endedA + endedB >= 1);
    assert.equal(await countAudit('auth.session_idle_expired', sessionId!), 1);
    assert.deepEqual(await sessionIdOf(user.id), []);
  });

  it('revokeUserSessions ends every session of one user except the one named', async () => {
    const user = await createTestUser(t.ctx, { totp: true });
    const keep = await signIn(user);
    const drop = await signIn(user);
    const keepId = (await keep.call('GET', `${A}/sessions`)).json<{ sessions: Array<{ id: string; current: boolean }> }>().sessions.find((s) => s.current)!.id;
    const { sessionIds } = await revokeUserSessions(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, userId: user.id, reason: 'password_changed', exceptSessionId: keepId, now: clock.now() });
    assert.equal(sessionIds.length, 1);
    assert.deepEqual((await drop.call('GET', `${A}/session`)).json(), { session: null, ended: 'password_changed' });
    assert.notEqual((await keep.call('GET', `${A}/session`)).json().session, null);
    const all = await revokeUserSessions(t.ctx.db, { organizationId: t.ctx.defaultOrganization.id, userId: user.id, reason: 'revoked', now: clock.now() });
    assert.deepEqual(all.sessionIds, [keepId]);
    assert.deepEqual((await keep.call('GET', `${A}/session`)).json(), { session: null, ended: 'revoked' });
  });

  it('flags a password older than the organization allows, only when forced change is on', async () => {
    const old = await createTestUser(t.ctx, { totp: true, passwordChangedAt: new Date(clock.now().getTime() - 100 * 86_400_000) });
    const before = await signIn(old);
    assert.equal((await before.call('GET', `${A}/session`)).json<{ session: Record<string, unknown> }>().session.passwordChangeRequired, undefined, 'off by default (NIST SP 800-63B)');
    const organizationId = t.ctx.defaultOrganization.id;
    await t.ctx.db.insertInto('organization_settings').values({ organization_id: organizationId, idle_timeout_minutes: 15, session_lifetime_hours: 12, password_max_age_days: 90, break_glass_hours: 4, updated_at: clock.now() }).execute();
    try {
      assert.equal((await before.call('GET', `${A}/session`)).json<{ session: Record<string, unknown> }>().session.passwordChangeRequired, true);
      const fresh = await createTestUser(t.ctx, { totp: true });
      const ok = await signIn(fresh);
      assert.equal((await ok.call('GET', `${A}/session`)).json<{ session: Record<string, unknown> }>().session.passwordChangeRequired, undefined);
    } finally {
      await t.ctx.db.deleteFrom('organization_settings').where('organization_id', '=', organizationId).execute();
    }
    const result = await t.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
  });
});
