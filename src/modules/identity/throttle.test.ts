import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeDuration, lockoutMessage, lockSeconds, secondsUntil, THROTTLE_RULES } from './throttle';

describe('throttle policy', () => {
  const rule = THROTTLE_RULES.account;

  it('doubles the lockout on each repeat and caps it at a day', () => {
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7].map((n) => lockSeconds(rule, n)), [900, 1800, 3600, 7200, 14400, 28800, 57600]);
    assert.equal(lockSeconds(rule, 8), 86400);
    assert.equal(lockSeconds(rule, 1e9), 86400, 'no overflow for absurd counts');
    assert.equal(lockSeconds(rule, 0), 900, 'a count below one is the first lockout');
  });

  it('never tells a client to retry in zero seconds', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    assert.equal(secondsUntil(new Date(now.getTime() + 1), now), 1);
    assert.equal(secondsUntil(new Date(now.getTime() - 5000), now), 1);
    assert.equal(secondsUntil(new Date(now.getTime() + 899_001), now), 900);
  });

  it('says what happened and when to retry, in the same words for any account', () => {
    assert.equal(lockoutMessage('account', 900), 'Too many failed sign-in attempts for this account. Try again in 15 minutes.');
    assert.equal(lockoutMessage('client', 59), 'Too many failed sign-in attempts from your network address. Try again in 1 minute.');
    assert.equal(describeDuration(7200), '2 hours');
    assert.equal(describeDuration(7201), '3 hours');
    assert.equal(describeDuration(61), '2 minutes');
  });

  it('keeps the account limit strict and the client limit loose enough for a shared address', () => {
    assert.ok(THROTTLE_RULES.account.maxFailures <= 10);
    assert.ok(THROTTLE_RULES.client.maxFailures >= 10 * THROTTLE_RULES.account.maxFailures);
  });
});
