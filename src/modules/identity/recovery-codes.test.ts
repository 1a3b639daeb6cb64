import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { generateRecoveryCodes, hashRecoveryCode, matchRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from './recovery-codes';

describe('recovery codes', () => {
  faker.seed(4226);
  const userId = faker.string.uuid();
  const otherUser = faker.string.uuid();

  it('generates ten distinct grouped codes without look-alike letters', () => {
    const codes = generateRecoveryCodes();
    assert.equal(codes.length, RECOVERY_CODE_COUNT);
    assert.equal(new Set(codes).size, RECOVERY_CODE_COUNT);
    for (const code of codes) assert.match(code, /^[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}-[0-9a-hjkmnp-tv-z]{4}$/);
  });

  it('uses every symbol of the alphabet, roughly evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      for (const c of generateRecoveryCodes().join('').replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    assert.equal(counts.size, 32);
    // 12,000 symbols / 32 = 375 expected each; 5 standard deviations is about ±95.
    for (const [symbol, n] of counts) assert.ok(n > 250 && n < 500, `${symbol}: ${n}`);
  });

  it('derives codes from the injected random source, and refuses a source that repeats', () => {
    let call = 0;
    const source = (n: number) => new Uint8Array(n).fill(call++);
    const codes = generateRecoveryCodes(source);
    assert.deepEqual(codes.slice(0, 3), ['0000-0000-0000', '1111-1111-1111', '2222-2222-2222']);
    assert.equal(codes.length, 10);
    assert.throws(() => generateRecoveryCodes((n) => new Uint8Array(n)), /repeating/);
  });

  it('normalizes what people type', () => {
    const code = generateRecoveryCodes()[0]!;
    const compact = code.replace(/-/g, '');
    for (const typed of [code, code.toUpperCase(), ` ${compact} `, compact.replace(/(.{4})/g, '$1 '), code.replace(/-/g, '‐')]) {
      assert.equal(normalizeRecoveryCode(typed), compact, typed);
    }
    assert.equal(normalizeRecoveryCode('0ILO-abcd-efgh'), '0110abcdefgh');
    for (const bad of ['', 'abcd-efgh', 'abcd-efgh-jkmnp', 'abcd-efgh-jkmu', 'abcd_efgh_jkmn', '+bcd-efgh-jkmn']) {
      assert.equal(normalizeRecoveryCode(bad), undefined, bad);
    }
  });

  it('stores hashes bound to the user and matches each stored code once', () => {
    const codes = generateRecoveryCodes();
    let unused = codes.map((c) => hashRecoveryCode(userId, c));
    assert.ok(unused.every((h) => /^[0-9a-f]{64}$/.test(h)));
    assert.ok(!unused.some((h, i) => h.includes(codes[i]!.replace(/-/g, ''))));

    const index = matchRecoveryCode(userId, codes[3]!.toUpperCase(), unused);
    assert.equal(index, 3);
    // The service deletes or marks the matched row; after that the same code matches nothing.
    unused = unused.filter((_, i) => i !== index);
    assert.equal(matchRecoveryCode(userId, codes[3]!, unused), -1);
    assert.equal(matchRecoveryCode(userId, codes[4]!, unused), 3);
  });

  it('refuses another user\'s codes, unknown codes and malformed stored hashes', () => {
    const codes = generateRecoveryCodes();
    const hashes = codes.map((c) => hashRecoveryCode(userId, c));
    assert.notEqual(hashRecoveryCode(otherUser, codes[0]!), hashes[0]);
    assert.equal(matchRecoveryCode(otherUser, codes[0]!, hashes), -1);
    assert.equal(matchRecoveryCode(userId, generateRecoveryCodes()[0]!, hashes), -1);
    assert.equal(matchRecoveryCode(userId, 'not a code', hashes), -1);
    assert.equal(matchRecoveryCode(userId, codes[0]!, ['zz', '', hashes[0]!.slice(0, 10)]), -1);
    assert.throws(() => hashRecoveryCode(userId, 'short'));
  });
});
