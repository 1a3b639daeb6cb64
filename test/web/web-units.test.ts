// Unit tests of the web app's pure modules (web/src has no test runner of its own; these run
// under `npm test -- web` with the rest).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { checkPassword, PASSWORD_MAX_LENGTH as SERVER_MAX, PASSWORD_MIN_LENGTH as SERVER_MIN } from '../../src/modules/identity/password-policy';
import type { PasswordBlocklist } from '../../src/modules/identity/password-blocklist';
import { acceptsGzip } from '../../src/server/web';
import { ApiError, createApiClient, CSRF_HEADER, readCsrfToken, toApiError } from '../../web/src/api';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordLength, passwordLengthProblem } from '../../web/src/password-rules';
import { qrPath } from '../../web/src/qr';
import { expiryStatus, formatCountdown } from '../../web/src/session-expiry';
import { normalizeTotpCode, validateRegistration } from '../../web/src/validation';
import { decodeQrPath } from './qr-decode';

describe('web password rules', () => {
  it('uses the same limits as the server', () => {
    assert.equal(PASSWORD_MIN_LENGTH, SERVER_MIN);
    assert.equal(PASSWORD_MAX_LENGTH, SERVER_MAX);
  });

  it('counts length the way the server does (code points after NFKC)', () => {
    const blocklist: PasswordBlocklist = { has: () => false, size: () => 0 };
    const samples = ['ｐａｓｓｗｏｒｄ', '🙂🙂🙂🙂🙂🙂🙂', 'e\u0301e\u0301e\u0301e\u0301', 'ﬁﬁﬁﬁ', 'a b c d', faker.string.alphanumeric(7), faker.lorem.words(4)];
    for (const s of samples) assert.equal(passwordLength(s), checkPassword(s, { blocklist }).length, JSON.stringify(s));
  });

  it('refuses 7 characters, accepts 8, and refuses past the maximum', () => {
    assert.match(passwordLengthProblem('abcdefg') ?? '', /at least 8 characters \(this one has 7\)/);
    assert.equal(passwordLengthProblem('abcdefgh'), undefined);
    // Seven emoji are 14 UTF-16 units but 7 characters: still too short.
    assert.match(passwordLengthProblem('🙂'.repeat(7)) ?? '', /this one has 7/);
    assert.equal(passwordLengthProblem('ü'.repeat(64)), undefined);
    assert.match(passwordLengthProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1)) ?? '', /at most/);
  });
});

describe('web registration checks', () => {
  const valid = { name: faker.person.fullName(), email: faker.internet.email(), dateOfBirth: '1984-02-29', password: 'tulip orbit kettle nine' };

  it('passes a complete form', () => {
    assert.deepEqual(validateRegistration(valid, '2025-06-01'), {});
  });

  it('names each missing or wrong field', () => {
    const errors = validateRegistration({ name: '  ', email: 'not-an-email', dateOfBirth: '', password: 'short' }, '2025-06-01');
    assert.deepEqual(Object.keys(errors).sort(), ['dateOfBirth', 'email', 'name', 'password']);
  });

  it('refuses a date of birth in the future', () => {
    assert.ok(validateRegistration({ ...valid, dateOfBirth: '2025-06-02' }, '2025-06-01').dateOfBirth);
    assert.equal(validateRegistration({ ...valid, dateOfBirth: '2025-06-01' }, '2025-06-01').dateOfBirth, undefined);
  });

  it('normalizes typed TOTP codes and refuses anything but six digits', () => {
    assert.equal(normalizeTotpCode(' 123 456 '), '123456');
    assert.equal(normalizeTotpCode('123-456'), '123456');
    for (const bad of ['12345', '1234567', '12345a', '']) assert.equal(normalizeTotpCode(bad), undefined, bad);
  });
});

describe('web session expiry timing', () => {
  const minute = 60_000;
  it('is active until a minute before expiry, then warns, then expires', () => {
    assert.deepEqual(expiryStatus(0, 15 * minute, minute), { phase: 'active', msLeft: 15 * minute, msUntilNextPhase: 14 * minute });
    assert.equal(expiryStatus(14 * minute - 1, 15 * minute, minute).phase, 'active');
    assert.deepEqual(expiryStatus(14 * minute, 15 * minute, minute), { phase: 'warning', msLeft: minute, msUntilNextPhase: minute });
    assert.equal(expiryStatus(15 * minute - 1, 15 * minute, minute).phase, 'warning');
    assert.deepEqual(expiryStatus(15 * minute, 15 * minute, minute), { phase: 'expired', msLeft: 0, msUntilNextPhase: undefined });
    assert.equal(expiryStatus(99 * minute, 15 * minute, minute).phase, 'expired');
  });

  it('counts down without ever showing 0:00 while time is left', () => {
    assert.equal(formatCountdown(60_000), '1:00');
    assert.equal(formatCountdown(59_001), '1:00');
    assert.equal(formatCountdown(59_000), '0:59');
    assert.equal(formatCountdown(1), '0:01');
    assert.equal(formatCountdown(0), '0:00');
    assert.equal(formatCountdown(125_000), '2:05');
  });
});

describe('web QR codes', () => {
  it('draw a path that an independent decoder reads back as the same URI', () => {
    for (let i = 0; i < 5; i++) {
      const email = faker.internet.email();
      const secret = faker.string.fromCharacters('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32);
      const uri = `otpauth://totp/${encodeURIComponent(`Custos:${email}`)}?secret=${secret}&issuer=Custos&algorithm=SHA1&digits=6&period=30`;
      const { size, margin, d } = qrPath(uri);
      assert.equal(decodeQrPath(d, size + 2 * margin), uri);
    }
  });

  it('does not decode to another text (the decoder check can fail)', () => {
    const { size, margin, d } = qrPath('otpauth://totp/Custos:a?secret=AAAA');
    assert.notEqual(decodeQrPath(d, size + 2 * margin), 'otpauth://totp/Custos:a?secret=AAAB');
    // Damaging the finder pattern makes it unreadable.
    assert.equal(decodeQrPath(d.split('z').slice(12).join('z'), size + 2 * margin), undefined);
  });
});

describe('web API client', () => {
  it('reads the CSRF token from the cookie string and only that cookie', () => {
    assert.equal(readCsrfToken('a=1; custos_csrf=tok%2Fen; b=2'), 'tok/en');
    assert.equal(readCsrfToken('xcustos_csrf=no; custos_csrf_old=no'), undefined);
    assert.equal(readCsrfToken(''), undefined);
    assert.equal(readCsrfToken('custos_csrf=%E0%A4%A'), undefined); // broken percent-encoding
  });

  it('maps error bodies, keeping the request id; never shows a non-JSON body', () => {
    const e = toApiError(429, JSON.stringify({ code: 'rate_limited', message: 'Try again in 5 minutes', requestId: 'req-123' }), 'other');
    assert.deepEqual([e.code, e.status, e.message, e.requestId], ['rate_limited', 429, 'Try again in 5 minutes', 'req-123']);
    const proxy = toApiError(502, '<html>Bad gateway from nginx at 10.0.0.1</html>', 'hdr-1');
    assert.equal(proxy.code, 'unexpected_response');
    assert.equal(proxy.requestId, 'hdr-1');
    assert.doesNotMatch(proxy.message, /nginx|10\.0/);
  });

  it('sends JSON with the CSRF header on writes, not on reads, and reports the idle header', async () => {
    const seen: Array<{ url: string; init: RequestInit }> = [];
    const idle: number[] = [];
    const client = createApiClient({
      fetch: async (url, init) => {
        seen.push({ url: String(url), init: init ?? {} });
        const isSession = url === '/api/v1/auth/session';
        return new Response(isSession ? JSON.stringify({ session: null }) : null, {
          status: isSession ? 200 : 204,
          headers: { 'x-custos-idle-expires-in': '840' },
        });
      },
      readCookies: () => 'custos_csrf=abc',
    });
    client.onIdleExpiresIn((s) => idle.push(s));
    assert.deepEqual(await client.getSession(), { session: null });
    await client.logout({ everywhere: true });
    const [get, post] = seen;
    assert.equal((get!.init.headers as Record<string, string>)[CSRF_HEADER], undefined);
    assert.equal(get!.init.credentials, 'same-origin');
    assert.equal((post!.init.headers as Record<string, string>)[CSRF_HEADER], 'abc');
    assert.equal(post!.init.body, '{"everywhere":true}');
    assert.deepEqual(idle, [840, 840]);
  });

  it('turns a network failure into an ApiError without a request id', async () => {
    const client = createApiClient({ fetch: async () => Promise.reject(new TypeError('Failed to fetch')), readCookies: () => '' });
    await assert.rejects(client.login({ email: 'a@b.c', password: 'x' }), (e: unknown) => e instanceof ApiError && e.code === 'network' && e.requestId === undefined);
  });
});

describe('web serving helpers', () => {
  it('honours Accept-Encoding qualities', () => {
    assert.equal(acceptsGzip('gzip, deflate, br'), true);
    assert.equal(acceptsGzip('br;q=1.0, gzip;q=0.8'), true);
    assert.equal(acceptsGzip('*'), true);
    assert.equal(acceptsGzip('gzip;q=0'), false);
    assert.equal(acceptsGzip('gzip;q=0.000, br'), false);
    assert.equal(acceptsGzip('identity'), false);
    assert.equal(acceptsGzip(undefined), false);
  });
});
