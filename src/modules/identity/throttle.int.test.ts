// Throttling and lockout across two server instances on one database (two contexts, two HTTPS
// servers; on PostgreSQL each with its own connection pool). Requests alternate between them.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestClock, createTestContext, type TestContext } from '../../../test/helpers/context';
import { testEngine } from '../../../test/helpers/db';
import type { TestResponse, TestServer } from '../../../test/server/harness';
import { listAlerts } from '../alerts/alerts.repo';
import { createTestBrowser, createTestUser, startAuthServer, type TestUser } from './login.test-fixtures';
import { THROTTLE_RULES } from './throttle';
import { generateTotpCode } from './totp';

const A = '/api/v1/auth';
const MINUTE = 60_000;

describe(`throttling and lockout across two instances (${testEngine})`, () => {
  const clock = createTestClock();
  let one: TestContext;
  let two: TestContext;
  let servers: TestServer[];

  before(async () => {
    one = await createTestContext({ clock });
    two = await createTestContext({ clock, shareWith: one });
    servers = [await startAuthServer(one.ctx), await startAuthServer(two.ctx)];
  });
  after(async () => {
    for (const s of servers ?? []) await s.close();
    await two?.close();
    await one?.close();
  });

  /** One sign-in attempt, on instance i % 2. */
  const attempt = async (i: number, email: string, password: string): Promise<TestResponse> =>
    createTestBrowser(servers[i % 2]!).call('POST', `${A}/login`, { email, password });
  const alertsOf = async (kind: string) => listAlerts(one.ctx.db, { organizationId: one.ctx.defaultOrganization.id, kind });
  const lockoutEntries = async () => {
    await one.ctx.flushAudit();
    return one.ctx.db.selectFrom('audit_log').select(['resource_id', 'reason', 'actor_id']).where('action', '=', 'auth.lockout').orderBy('seq').execute();
  };
  const { maxFailures } = THROTTLE_RULES.account;

  it('locks an account after repeated failures even when they alternate between instances, and says when to retry', async () => {
    const user = await createTestUser(one.ctx, { totp: true });
    for (let i = 0; i < maxFailures - 1; i++) assert.equal((await attempt(i, user.email, 'wrong horse battery staple')).status, 401);
    const locking = await attempt(maxFailures - 1, user.email, 'wrong horse battery staple');
    assert.equal(locking.status, 429, 'the failure that reaches the limit already answers with the lockout');
    // The right password does not get through on either instance while locked.
    for (const i of [0, 1]) {
      const res = await attempt(i, user.email, user.password);
      assert.equal(res.status, 429, res.text);
      assert.equal(res.json().code, 'rate_limited');
      assert.match(res.json<{ message: string }>().message, /Too many failed sign-in attempts for this account\. Try again in 15 minutes\./);
      assert.equal(res.headers['retry-after'], String(15 * 60));
    }
    clock.advance(10 * MINUTE);
    const later = await attempt(1, user.email, user.password);
    assert.equal(later.status, 429);
    assert.equal(later.headers['retry-after'], String(5 * 60));
    assert.match(later.json<{ message: string }>().message, /Try again in 5 minutes/);

    const entries = (await lockoutEntries()).filter((e) => e.resource_id === user.id);
    assert.equal(entries.length, 1, 'one lockout, audited once, though two instances counted');
    assert.equal(entries[0]!.reason, 'account_locked');
    const alerts = (await alertsOf('account_locked')).filter((a) => a.user_id === user.id);
    assert.equal(alerts.length, 1);
    assert.ok(!alerts[0]!.summary.includes(user.email));

    clock.advance(5 * MINUTE + 1000);
    const unlocked = await attempt(0, user.email, user.password);
    assert.equal(unlocked.status, 200, unlocked.text);

    // A second lockout within a day lasts twice as long.
    for (let i = 0; i < maxFailures; i++) await attempt(i, user.email, 'still wrong');
    const doubled = await attempt(1, user.email, user.password);
    assert.equal(doubled.status, 429);
    assert.equal(doubled.headers['retry-after'], String(30 * 60));
    assert.equal((await alertsOf('account_locked')).filter((a) => a.user_id === user.id).length, 2);
    clock.advance(31 * MINUTE);
  });

  it('counts concurrent failures on both instances atomically and applies exactly one lockout', async () => {
    const user = await createTestUser(one.ctx, { totp: true });
    const burst = 3 * maxFailures;
    const answers = await Promise.all(Array.from({ length: burst }, (_, i) => attempt(i, user.email, 'parallel guess')));
    const statuses = answers.map((r) => r.status);
    assert.ok(statuses.every((s) => s === 401 || s === 429), statuses.join(','));
    assert.ok(statuses.includes(429), 'the burst reached the lockout');
    // However the requests interleaved, one instance applied the lock and reported it.
    assert.equal((await lockoutEntries()).filter((e) => e.resource_id === user.id).length, 1);
    assert.equal((await alertsOf('account_locked')).filter((a) => a.user_id === user.id).length, 1);
    assert.equal((await attempt(0, user.email, user.password)).status, 429);
    clock.advance(16 * MINUTE);
  });

  it('locks an unknown email exactly like a registered one', async () => {
    const known: TestUser = await createTestUser(one.ctx, { totp: true });
    const unknownEmail = `unknown.${known.email}`;
    const answers: Record<string, TestResponse[]> = { known: [], unknown: [] };
    for (let i = 0; i <= maxFailures; i++) {
      answers.known!.push(await attempt(i, known.email, 'not the password'));
      answers.unknown!.push(await attempt(i, unknownEmail, 'not the password'));
    }
    const shape = (r: TestResponse) => ({ status: r.status, code: r.json().code, message: r.json<{ message: string }>().message, retryAfter: r.headers['retry-after'] });
    assert.deepEqual(answers.unknown!.map(shape), answers.known!.map(shape));
    assert.deepEqual(answers.known!.map((r) => r.status), [401, 401, 401, 401, 429, 429]);
    const anonymous = (await lockoutEntries()).filter((e) => e.resource_id === null && e.reason === 'account_locked');
    assert.ok(anonymous.length >= 1, 'the unknown email\'s lockout is audited too, naming no one');
    clock.advance(16 * MINUTE);
  });

  it('counts wrong second-factor codes toward the same lockout', async () => {
    const user = await createTestUser(one.ctx, { totp: true });
    clock.advance(30_000);
    const browser = createTestBrowser(servers[0]!);
    assert.equal((await browser.call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 200);
    const wrong = generateTotpCode(user.totpSecret!, new Date(clock.now().getTime() - 10 * MINUTE));
    for (let i = 0; i < maxFailures - 1; i++) {
      assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: wrong }, { server: servers[i % 2]! })).status, 401);
    }
    assert.equal((await browser.call('POST', `${A}/mfa/verify`, { recoveryCode: 'aaaa-bbbb-cccc' })).status, 429);
    // Locked: even the right code is refused now, and so is a new password sign-in.
    assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 429);
    assert.equal((await attempt(1, user.email, user.password)).status, 429);
    assert.equal((await lockoutEntries()).filter((e) => e.resource_id === user.id).length, 1);
    clock.advance(16 * MINUTE);
    assert.equal((await attempt(0, user.email, user.password)).status, 200);
  });

  it('does not let a correct password reset the count of wrong codes (no unlimited TOTP guessing)', async () => {
    const user = await createTestUser(one.ctx, { totp: true });
    const wrong = '000000' === generateTotpCode(user.totpSecret!, clock.now()) ? '111111' : '000000';
    for (let round = 0; round < maxFailures - 1; round++) {
      const browser = createTestBrowser(servers[round % 2]!);
      assert.equal((await browser.call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 200);
      assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: wrong })).status, 401);
    }
    const browser = createTestBrowser(servers[0]!);
    assert.equal((await browser.call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 200);
    assert.equal((await browser.call('POST', `${A}/mfa/verify`, { code: wrong })).status, 429);
    clock.advance(16 * MINUTE);
    // A full sign-in starts the count over.
    const good = createTestBrowser(servers[1]!);
    assert.equal((await good.call('POST', `${A}/login`, { email: user.email, password: user.password })).status, 200);
    assert.equal((await good.call('POST', `${A}/mfa/verify`, { code: generateTotpCode(user.totpSecret!, clock.now()) })).status, 200);
    for (let i = 0; i < maxFailures - 1; i++) assert.equal((await attempt(i, user.email, 'typo')).status, 401);
    clock.advance(16 * MINUTE);
  });

  it('locks a client address after many failures across accounts, then lets it retry', async () => {
    clock.advance(24 * 60 * MINUTE);
    const rule = THROTTLE_RULES.client;
    const victim = await createTestUser(one.ctx, { totp: true });
    // Spread over many emails so no single account locks first.
    let last: TestResponse | undefined;
    for (let i = 0; i < rule.maxFailures; i++) last = await attempt(i, `spray${i}.${victim.email}`, 'Summer2024!');
    assert.equal(last!.status, 429);
    assert.match(last!.json<{ message: string }>().message, /from your network address/);
    const blocked = await attempt(0, victim.email, victim.password);
    assert.equal(blocked.status, 429, 'every account is closed to this address while it is locked');
    assert.equal(blocked.headers['retry-after'], String(15 * 60));
    assert.equal((await alertsOf('client_locked')).length, 1);
    clock.advance(15 * MINUTE + 1000);
    assert.equal((await attempt(1, victim.email, victim.password)).status, 200);
  });

  it('keeps the audit chain verifiable after both instances wrote to it', async () => {
    const result = await one.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
    // No emails or client addresses in clear in the throttle table.
    const rows = await one.ctx.db.selectFrom('auth_throttle').select(['key']).execute();
    assert.ok(rows.length > 0);
    for (const r of rows) assert.equal(Buffer.from(r.key).length, 32);
  });
});
