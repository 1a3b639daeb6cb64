import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearedSessionCookies, csrfMatches, generateCsrfToken, parseCookies, sessionCookies, sha256 } from './sessions.cookies';

describe('session cookies', () => {
  it('parses a Cookie header, first value wins, odd encodings kept as sent', () => {
    assert.deepEqual(parseCookies('a=1; custos_csrf=x%2Fy; a=2; bad=%E0%A4%A; =nameless; flag'), { a: '1', custos_csrf: 'x/y', bad: '%E0%A4%A' });
    assert.deepEqual(parseCookies(undefined), {});
  });

  it('sets the session cookie HttpOnly, Secure, SameSite=Strict, Path=/, and the CSRF cookie readable by the page', () => {
    const [session, csrf] = sessionCookies({ sessionToken: 'cus_sess_abc', csrfToken: 'tok', maxAgeSeconds: 43200.7 });
    assert.equal(session, 'custos_session=cus_sess_abc; Path=/; Max-Age=43200; HttpOnly; Secure; SameSite=Strict');
    assert.equal(csrf, 'custos_csrf=tok; Path=/; Max-Age=43200; Secure; SameSite=Strict');
    for (const cleared of clearedSessionCookies()) assert.match(cleared, /=; Path=\/; Max-Age=0;/);
  });

  it('accepts only a header and cookie that both equal the issued CSRF token', () => {
    const { token, hash } = generateCsrfToken();
    assert.equal(token.length, 43);
    assert.deepEqual(hash, sha256(token));
    assert.equal(csrfMatches({ header: token, cookie: token, storedHash: hash }), true);
    assert.equal(csrfMatches({ header: undefined, cookie: token, storedHash: hash }), false);
    assert.equal(csrfMatches({ header: token, cookie: undefined, storedHash: hash }), false);
    assert.equal(csrfMatches({ header: token, cookie: 'other', storedHash: hash }), false);
    assert.equal(csrfMatches({ header: 'other', cookie: 'other', storedHash: hash }), false, 'a self-consistent forged pair');
    assert.equal(csrfMatches({ header: token, cookie: token, storedHash: Buffer.alloc(3) }), false);
    assert.notEqual(generateCsrfToken().token, token);
  });
});
