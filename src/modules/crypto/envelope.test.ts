import assert from 'node:assert/strict';
import { createCipheriv, randomBytes, randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { test } from 'node:test';
import { isAppError } from '../../core/errors';
import type { FieldBinding } from './crypto.types';
import { deriveFieldKey, ENVELOPE_OVERHEAD, keyIdPrefix, openEnvelope, readKeyId, sealEnvelope, versionBytes } from './envelope';

const binding = (): FieldBinding => ({ organizationId: randomUUID(), table: 'patients', column: 'name_ct', rowId: randomUUID() });
const failsWith = (code: string, pattern: RegExp) => (e: unknown) => {
  assert.ok(isAppError(e), String(e));
  assert.equal(e.code, code);
  assert.match(e.message, pattern);
  return true;
};

test('seal then open round-trips, for empty and large plaintexts', () => {
  const key = deriveFieldKey(randomBytes(32));
  const b = binding();
  for (const size of [0, 1, 15, 16, 17, 1024, 100_000]) {
    const plaintext = randomBytes(size);
    const env = sealEnvelope({ key, kind: 'subject', version: 7, binding: b, plaintext, nonce: randomBytes(12) });
    assert.equal(env.length, plaintext.length + ENVELOPE_OVERHEAD);
    assert.deepEqual(readKeyId(env, b), { kind: 'subject', version: 7 });
    assert.deepEqual(openEnvelope({ key, binding: b, envelope: env }), plaintext);
  }
});

test('the envelope is self-describing: format 1, key kind, big-endian version, then commitment and nonce', () => {
  const key = deriveFieldKey(randomBytes(32));
  const nonce = randomBytes(12);
  const env = sealEnvelope({ key, kind: 'organization', version: 0x01020304, binding: binding(), plaintext: Buffer.from('x'), nonce });
  assert.deepEqual(env.subarray(0, 2), keyIdPrefix('organization'));
  assert.deepEqual(env.subarray(2, 6), versionBytes(0x01020304));
  assert.deepEqual(env.subarray(6, 38), key.commitment);
  assert.deepEqual(env.subarray(38, 50), nonce);
});

test('the ciphertext is what AES-256-GCM gives under the derived key, not the data key', () => {
  const dataKey = randomBytes(32);
  const key = deriveFieldKey(dataKey);
  assert.notDeepEqual(key.encKey, dataKey);
  assert.notDeepEqual(key.commitment, key.encKey);
  const plaintext = randomBytes(64);
  const nonce = randomBytes(12);
  const env = sealEnvelope({ key, kind: 'subject', version: 1, binding: binding(), plaintext, nonce });
  // CTR keystream part of GCM does not depend on the AAD: compare the body with a raw cipher.
  const raw = createCipheriv('aes-256-gcm', key.encKey, nonce).update(plaintext);
  assert.deepEqual(env.subarray(50, 50 + 64), raw);
  assert.equal(env.includes(plaintext.subarray(0, 16)), false);
});

test('every flipped byte fails, each with a clear, PHI-free error naming the location', () => {
  const key = deriveFieldKey(randomBytes(32));
  const b = binding();
  const secret = Buffer.from('Jane Roe, DOB 1970-01-01');
  const env = sealEnvelope({ key, kind: 'subject', version: 1, binding: b, plaintext: secret, nonce: randomBytes(12) });
  for (let i = 0; i < env.length; i++) {
    const bad = Buffer.from(env);
    bad[i]! ^= 0x80;
    assert.throws(
      () => {
        readKeyId(bad, b);
        openEnvelope({ key, binding: b, envelope: bad });
      },
      (e: unknown) => {
        failsWith('decryption_failed', new RegExp(`patients\\.name_ct row ${b.rowId}`))(e);
        assert.equal((e as Error).message.includes('Jane'), false);
        return true;
      },
      `byte ${i}`,
    );
  }
});

test('a blob moved to another row, column, table or organization fails authentication', () => {
  const key = deriveFieldKey(randomBytes(32));
  const b = binding();
  const env = sealEnvelope({ key, kind: 'subject', version: 1, binding: b, plaintext: Buffer.from('secret'), nonce: randomBytes(12) });
  for (const moved of [{ ...b, rowId: randomUUID() }, { ...b, column: 'dob_ct' }, { ...b, table: 'notes' }, { ...b, organizationId: randomUUID() }]) {
    assert.throws(() => openEnvelope({ key, binding: moved, envelope: env }), failsWith('decryption_failed', /authentication failed/));
  }
});

test('the binding is length-prefixed: shifting characters between parts does not verify', () => {
  const key = deriveFieldKey(randomBytes(32));
  const b: FieldBinding = { organizationId: 'org', table: 'ab', column: 'c', rowId: '1' };
  const env = sealEnvelope({ key, kind: 'subject', version: 1, binding: b, plaintext: Buffer.from('x'), nonce: randomBytes(12) });
  assert.throws(() => openEnvelope({ key, binding: { ...b, table: 'a', column: 'bc' }, envelope: env }), failsWith('decryption_failed', /authentication failed/));
});

test('key commitment: another key is refused before decryption, even with the same nonce and AAD', () => {
  const b = binding();
  const k1 = deriveFieldKey(randomBytes(32));
  const k2 = deriveFieldKey(randomBytes(32));
  const env = sealEnvelope({ key: k1, kind: 'subject', version: 1, binding: b, plaintext: Buffer.from('x'), nonce: randomBytes(12) });
  assert.throws(() => openEnvelope({ key: k2, binding: b, envelope: env }), failsWith('decryption_failed', /key commitment mismatch/));
  // Swapping in k2's commitment does not help: the GCM tag was made under k1.
  const forged = Buffer.from(env);
  k2.commitment.copy(forged, 6);
  assert.throws(() => openEnvelope({ key: k2, binding: b, envelope: forged }), failsWith('decryption_failed', /authentication failed/));
});

test('unknown format, unknown kind and truncated blobs are refused', () => {
  const b = binding();
  const env = sealEnvelope({ key: deriveFieldKey(randomBytes(32)), kind: 'subject', version: 1, binding: b, plaintext: Buffer.from('x'), nonce: randomBytes(12) });
  assert.throws(() => readKeyId(Buffer.concat([Buffer.from([2]), env.subarray(1)]), b), failsWith('decryption_failed', /unknown envelope format 2/));
  assert.throws(() => readKeyId(Buffer.concat([env.subarray(0, 1), Buffer.from([9]), env.subarray(2)]), b), failsWith('decryption_failed', /unknown key kind 9/));
  assert.throws(() => readKeyId(env.subarray(0, ENVELOPE_OVERHEAD - 1), b), failsWith('decryption_failed', /too short/));
  assert.throws(() => readKeyId(Buffer.alloc(0), b), failsWith('decryption_failed', /too short/));
});

test('a field key prints and serializes as a placeholder, never its bytes', () => {
  const key = deriveFieldKey(randomBytes(32));
  const hex = key.encKey.toString('hex');
  for (const text of [inspect(key), JSON.stringify({ key }), String(key), inspect({ nested: { key } })]) {
    assert.equal(text.includes(hex), false);
    assert.equal(text.includes(key.encKey.toString('base64')), false);
    assert.match(text, /FieldKey/);
  }
});

test('versions compare as bytes the same way as numbers (the sweep relies on it)', () => {
  const versions = [1, 2, 255, 256, 65_535, 65_536, 16_777_216, 2 ** 32 - 1];
  for (const a of versions) for (const b of versions) assert.equal(Math.sign(Buffer.compare(versionBytes(a), versionBytes(b))), Math.sign(a - b));
});

test('non-ASCII binding parts and a reused scratch buffer give envelopes that open either way', () => {
  const key = deriveFieldKey(randomBytes(32));
  const scratch = Buffer.alloc(4096, 0xaa);
  const tiny = Buffer.alloc(8); // too small: a new buffer is used instead
  const bindings: FieldBinding[] = [
    { organizationId: randomUUID(), table: 'notes', column: 'tëxt', rowId: '行-1' },
    { organizationId: randomUUID(), table: 'notes', column: 'text', rowId: 'x'.repeat(3000) },
    { organizationId: randomUUID(), table: 'notes', column: 'text', rowId: '😀'.repeat(1000) },
  ];
  for (const b of bindings) {
    for (const [sealScratch, openScratch] of [[scratch, undefined], [undefined, scratch], [tiny, scratch], [scratch, scratch]] as const) {
      const env = sealEnvelope({ key, kind: 'subject', version: 1, binding: b, plaintext: Buffer.from('v'), nonce: randomBytes(12), ...(sealScratch ? { scratch: sealScratch } : {}) });
      assert.equal(openEnvelope({ key, binding: b, envelope: env, ...(openScratch ? { scratch: openScratch } : {}) }).toString(), 'v');
      // A one-character change in a non-ASCII part still fails.
      const moved = { ...b, rowId: b.rowId.slice(0, -1) + 'z' };
      assert.throws(() => openEnvelope({ key, binding: moved, envelope: env, scratch }), failsWith('decryption_failed', /authentication failed/));
    }
  }
});
