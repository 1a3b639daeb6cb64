import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelayMs, errorCode, isRetryableStatus, isTlsFailure, nextDelay, retryAfterMs, safeToken } from './retry-policy';

const options = { baseMs: 500, maxMs: 20_000 };

describe('retry policy', () => {
  it('retries busy or broken providers, not refusals', () => {
    for (const s of [408, 429, 500, 502, 503, 504, 529]) assert.equal(isRetryableStatus(s), true, String(s));
    for (const s of [400, 401, 403, 404, 409, 413, 422]) assert.equal(isRetryableStatus(s), false, String(s));
  });

  it('backs off exponentially up to the cap, scaled by the jitter', () => {
    assert.deepEqual([0, 1, 2, 3].map((n) => backoffDelayMs(n, { ...options, random: () => 1 })), [500, 1000, 2000, 4000]);
    assert.equal(backoffDelayMs(10, { ...options, random: () => 1 }), 20_000);
    assert.equal(backoffDelayMs(2, { ...options, random: () => 0.25 }), 500);
    assert.equal(backoffDelayMs(2, { ...options, random: () => 0 }), 0);
    // A broken random source cannot make the wait negative or beyond the step.
    assert.equal(backoffDelayMs(1, { ...options, random: () => 7 }), 1000);
    assert.equal(backoffDelayMs(1, { ...options, random: () => -1 }), 0);
  });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms first', () => {
    const now = new Date('2026-03-02T09:00:00.000Z');
    assert.equal(retryAfterMs(new Headers({ 'retry-after': '3' }), now), 3000);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': '0.5' }), now), 500);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': 'Mon, 02 Mar 2026 09:00:05 GMT' }), now), 5000);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': 'Mon, 02 Mar 2026 08:00:00 GMT' }), now), 0);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': '3', 'retry-after-ms': '1200' }), now), 1200);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now), undefined);
    assert.equal(retryAfterMs(new Headers({ 'retry-after': '-4' }), now), undefined);
    assert.equal(retryAfterMs(new Headers(), now), undefined);
  });

  it('waits what the provider asked, and gives up when it asks for more than the cap', () => {
    const random = () => 1;
    assert.deepEqual(nextDelay(0, 1500, { ...options, random }), { delayMs: 1500, giveUp: false });
    assert.deepEqual(nextDelay(0, 60_000, { ...options, random }), { delayMs: 60_000, giveUp: true });
    assert.deepEqual(nextDelay(1, undefined, { ...options, random }), { delayMs: 1000, giveUp: false });
  });

  it('finds the code along the cause chain and recognizes certificate failures', () => {
    const tls = new TypeError('fetch failed', { cause: Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }) });
    assert.equal(errorCode(tls), 'DEPTH_ZERO_SELF_SIGNED_CERT');
    assert.equal(isTlsFailure(errorCode(tls)), true);
    const refused = new TypeError('fetch failed', { cause: Object.assign(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })]), {}) });
    assert.equal(errorCode(refused), 'ECONNREFUSED');
    assert.equal(isTlsFailure('ECONNREFUSED'), false);
    assert.equal(isTlsFailure(undefined), false);
  });

  it('keeps a provider error type only when it is a plain token', () => {
    assert.equal(safeToken('invalid_request_error'), 'invalid_request_error');
    assert.equal(safeToken('Patient Jane Doe has diabetes'), undefined);
    assert.equal(safeToken(42), undefined);
    assert.equal(safeToken('x'.repeat(81)), undefined);
  });
});
