import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import {
  generateSecretToken,
  hashSecretToken,
  parseSecretToken,
  SECRET_TOKEN_PREFIXES,
  secretTokenMatches,
  tokenHint,
  type SecretTokenKind,
} from './secret-tokens';

const KINDS = Object.keys(SECRET_TOKEN_PREFIXES) as SecretTokenKind[];
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('secret tokens', () => {
  it('carries a recognizable prefix per kind and parses back to its kind', () => {
    for (const kind of KINDS) {
      const { token, hash } = generateSecretToken(kind);
      assert.ok(token.startsWith(SECRET_TOKEN_PREFIXES[kind]));
      assert.match(token, /^cus_[a-z]+_[0-9A-Za-z]{49}$/);
      assert.deepEqual(parseSecretToken(token), { kind, token });
      assert.deepEqual(parseSecretToken(token, kind), { kind, token });
      assert.equal(hash, hashSecretToken(token));
      for (const other of KINDS.filter((k) => k !== kind)) assert.equal(parseSecretToken(token, other), undefined);
    }
  });

  it('has unique prefixes', () => {
    assert.equal(new Set(Object.values(SECRET_TOKEN_PREFIXES)).size, KINDS.length);
  });

  it('is unique across many draws', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generateSecretToken('session').token));
    assert.equal(seen.size, 2000);
  });

  it('detects every single-character change through the checksum', () => {
    const { token } = generateSecretToken('access_token');
    const start = SECRET_TOKEN_PREFIXES.access_token.length;
    for (let i = start; i < token.length; i++) {
      const replacement = BASE62[(BASE62.indexOf(token[i]!) + 1 + (i % 61)) % 62]!;
      const changed = token.slice(0, i) + replacement + token.slice(i + 1);
      assert.equal(parseSecretToken(changed), undefined, `position ${i}`);
    }
  });

  it('refuses look-alikes: random bodies, other prefixes, extra characters', () => {
    const { token } = generateSecretToken('password_reset');
    const body = token.slice('cus_pwr_'.length);
    for (let i = 0; i < 200; i++) {
      const random = Array.from(randomBytes(49), (b) => BASE62[b % 62]).join('');
      assert.equal(parseSecretToken(`cus_pwr_${random}`), undefined);
    }
    for (const bad of [`cus_xyz_${body}`, `CUS_PWR_${body}`, `${token} `, ` ${token}`, `${token}A`, token.slice(0, -1), `ghp_${body}`, '']) {
      assert.equal(parseSecretToken(bad), undefined, bad);
    }
  });

  it('encodes the full 256-bit range in a fixed width', () => {
    const zero = generateSecretToken('session', (n) => new Uint8Array(n));
    const max = generateSecretToken('session', (n) => new Uint8Array(n).fill(0xff));
    assert.equal(zero.token.length, max.token.length);
    assert.ok(zero.token.startsWith(`cus_sess_${'0'.repeat(43)}`));
    assert.ok(parseSecretToken(zero.token));
    assert.ok(parseSecretToken(max.token));
    assert.notEqual(zero.hash, max.hash);
  });

  it('stores SHA-256 digests and compares them in constant time', () => {
    const { token, hash } = generateSecretToken('email_verification');
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.ok(!hash.includes(token.slice(8, 20)));
    assert.equal(secretTokenMatches(token, hash), true);
    assert.equal(secretTokenMatches(generateSecretToken('email_verification').token, hash), false);
    assert.equal(secretTokenMatches(token, hash.slice(0, 62)), false);
    assert.equal(secretTokenMatches(token, ''), false);
  });

  it('shows a hint without the secret part', () => {
    const { token } = generateSecretToken('access_token');
    const hint = tokenHint(token);
    assert.ok(hint.startsWith('cus_pat_…'));
    assert.equal(hint.slice(-4), token.slice(-4));
    // The hint shows checksum characters only: no run of the random body appears in it.
    const body = token.slice('cus_pat_'.length, -6);
    for (let i = 0; i + 4 <= body.length; i++) assert.ok(!hint.includes(body.slice(i, i + 4)) || body.slice(i, i + 4) === token.slice(-4));
    assert.ok(hint.length < 16);
  });
});
