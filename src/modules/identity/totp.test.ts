import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ScureBase32Plugin } from 'otplib';
import { generateTotpCode, generateTotpSecret, totpStep, totpUri, verifyTotp, TOTP_PERIOD_SECONDS } from './totp';

const base32 = new ScureBase32Plugin();
const at = (seconds: number) => new Date(seconds * 1000);

describe('TOTP (RFC 6238)', () => {
  // RFC 6238 Appendix B, SHA-1 rows: seed '12345678901234567890', 8-digit codes. A 6-digit code is
  // the same truncated value mod 10^6, i.e. the last six digits.
  const rfcSecret = base32.encode(new TextEncoder().encode('12345678901234567890'));
  const vectors: [number, string][] = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it('matches the RFC 6238 test vectors', () => {
    for (const [time, code] of vectors) {
      assert.equal(generateTotpCode(rfcSecret, at(time)), code.slice(-6), `T=${time}`);
      const result = verifyTotp({ secret: rfcSecret, code: code.slice(-6), now: at(time) });
      assert.deepEqual(result, { ok: true, step: Math.floor(time / 30) });
    }
  });

  it('computes the time step as floor(t / 30)', () => {
    assert.equal(totpStep(at(0)), 0);
    assert.equal(totpStep(at(29.999)), 0);
    assert.equal(totpStep(at(30)), 1);
    assert.equal(totpStep(at(59)), 1);
  });

  const secret = generateTotpSecret();
  const now = at(1_750_000_015);
  const step = totpStep(now);
  const codeAt = (s: number) => generateTotpCode(secret, at(s * TOTP_PERIOD_SECONDS));

  it('accepts the current, previous and next step and reports which matched', () => {
    for (const delta of [-1, 0, 1]) {
      assert.deepEqual(verifyTotp({ secret, code: codeAt(step + delta), now }), { ok: true, step: step + delta });
    }
  });

  it('refuses codes two steps away', () => {
    for (const delta of [-2, 2]) {
      const code = codeAt(step + delta);
      // Skip the (1 in 10^6 per step) case where the far code equals one inside the window.
      if ([-1, 0, 1].some((d) => codeAt(step + d) === code)) continue;
      assert.deepEqual(verifyTotp({ secret, code, now }), { ok: false, reason: 'invalid' });
    }
  });

  it('accepts each code once', () => {
    const code = codeAt(step);
    const first = verifyTotp({ secret, code, now, lastUsedStep: step - 5 });
    assert.deepEqual(first, { ok: true, step });
    assert.deepEqual(verifyTotp({ secret, code, now, lastUsedStep: step }), { ok: false, reason: 'replayed' });
    // An older code from inside the window is refused after a newer one was used.
    assert.deepEqual(verifyTotp({ secret, code: codeAt(step - 1), now, lastUsedStep: step }), { ok: false, reason: 'replayed' });
    // The next step's code is still fresh.
    assert.deepEqual(verifyTotp({ secret, code: codeAt(step + 1), now, lastUsedStep: step }), { ok: true, step: step + 1 });
  });

  it('refuses a wrong code and a code for another secret', () => {
    const right = codeAt(step);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    if (![-1, 0, 1].some((d) => codeAt(step + d) === wrong)) {
      assert.deepEqual(verifyTotp({ secret, code: wrong, now }), { ok: false, reason: 'invalid' });
    }
    const other = generateTotpSecret();
    const otherCode = generateTotpCode(other, now);
    if (![-1, 0, 1].some((d) => codeAt(step + d) === otherCode)) {
      assert.deepEqual(verifyTotp({ secret, code: otherCode, now }), { ok: false, reason: 'invalid' });
    }
  });

  it('ignores spaces and dashes and refuses anything that is not six digits', () => {
    const code = codeAt(step);
    assert.equal(verifyTotp({ secret, code: `${code.slice(0, 3)} ${code.slice(3)}`, now }).ok, true);
    assert.equal(verifyTotp({ secret, code: `${code.slice(0, 3)}-${code.slice(3)}`, now }).ok, true);
    for (const bad of ['', '12345', '1234567', 'abcdef', `${code}0`, '١٢٣٤٥٦']) {
      assert.deepEqual(verifyTotp({ secret, code: bad, now }), { ok: false, reason: 'malformed' }, bad);
    }
  });

  it('generates 160-bit Base32 secrets from the injected random source', () => {
    assert.match(secret, /^[A-Z2-7]{32}$/);
    assert.equal(base32.decode(secret).length, 20);
    assert.notEqual(generateTotpSecret(), generateTotpSecret());
    const fixed = generateTotpSecret((n) => new Uint8Array(n).fill(0xff));
    assert.equal(fixed, '7'.repeat(32));
  });

  it('builds an otpauth:// URI that authenticator apps read', () => {
    const uri = new URL(totpUri({ secret, issuer: 'Custos Clinic', accountName: 'pat.doe+1@example.org' }));
    assert.equal(uri.protocol, 'otpauth:');
    assert.equal(uri.host, 'totp');
    assert.equal(decodeURIComponent(uri.pathname), '/Custos Clinic:pat.doe+1@example.org');
    assert.equal(uri.searchParams.get('secret'), secret);
    assert.equal(uri.searchParams.get('issuer'), 'Custos Clinic');
    for (const [key, expected] of [['digits', '6'], ['period', '30'], ['algorithm', 'SHA1']]) {
      const value = uri.searchParams.get(key!);
      assert.ok(value === null || value === expected, `${key}=${value}`);
    }
  });
});
