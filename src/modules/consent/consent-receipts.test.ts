// Receipts: canonical hashing, Ed25519 signature, and that any edit fails verification.
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { canonicalJson } from './canonical-json';
import { receiptKeyId, signReceipt, verifyReceipt, type TReceiptBody } from './consent-receipts';

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const key = { keyId: receiptKeyId(publicKey), privateKey };
const body = (): TReceiptBody => ({
  v: 1,
  type: 'custos.consent.receipt',
  id: randomUUID(),
  organizationId: randomUUID(),
  patientId: randomUUID(),
  decision: 'grant',
  at: '2026-05-01T12:00:00.000Z',
  actorId: randomUUID(),
  grant: {
    id: randomUUID(),
    recipient: { kind: 'ai_provider', providerConfigId: randomUUID() },
    recipientLabel: 'Local AI',
    mode: 'per_instance',
    purposes: ['patient_request'],
    categories: ['lab_results'],
    expiresAt: '2026-06-01T12:00:00.000Z',
    signedName: 'Synthetic Person',
    signedAt: '2026-05-01T12:00:00.000Z',
  },
  template: { id: randomUUID(), key: 'ai-analysis', version: 1, contentHash: 'a'.repeat(64) },
  auditEntryId: randomUUID(),
});

describe('consent receipts', () => {
  it('verify a signed receipt, also after a JSON round trip with keys reordered', () => {
    const receipt = signReceipt(body(), key);
    assert.deepEqual(verifyReceipt(receipt, publicKey), { valid: true });
    const reordered = JSON.parse(JSON.stringify({ signature: receipt.signature, keyId: receipt.keyId, alg: receipt.alg, hash: receipt.hash, body: receipt.body }));
    assert.deepEqual(verifyReceipt(reordered, publicKey), { valid: true });
  });

  it('fail when the body, hash, signature or key is changed', () => {
    const receipt = signReceipt(body(), key);
    const edited = structuredClone(receipt);
    edited.body.decision = 'revoke';
    assert.deepEqual(verifyReceipt(edited, publicKey), { valid: false, problem: 'hash_mismatch' });
    // Editing the body and recomputing the hash still fails: the signature covers the hash.
    const forged = signReceipt({ ...receipt.body, grant: { ...receipt.body.grant, categories: ['lab_results', 'conditions'] } }, key);
    const mixed = { ...forged, signature: receipt.signature };
    assert.deepEqual(verifyReceipt(mixed, publicKey), { valid: false, problem: 'bad_signature' });
    const flipped = Buffer.from(receipt.signature, 'base64');
    flipped[0]! ^= 1;
    assert.deepEqual(verifyReceipt({ ...receipt, signature: flipped.toString('base64') }, publicKey), { valid: false, problem: 'bad_signature' });
    const other = generateKeyPairSync('ed25519');
    assert.deepEqual(verifyReceipt(receipt, other.publicKey), { valid: false, problem: 'unknown_key' });
    const otherSigned = signReceipt(receipt.body, { keyId: key.keyId, privateKey: other.privateKey });
    assert.deepEqual(verifyReceipt(otherSigned, publicKey), { valid: false, problem: 'bad_signature' });
    assert.deepEqual(verifyReceipt({ ...receipt, extra: 1 }, publicKey), { valid: false, problem: 'malformed' });
    assert.deepEqual(verifyReceipt(null, publicKey), { valid: false, problem: 'malformed' });
  });

  it('canonical JSON sorts keys at every depth and is injective on strings', () => {
    assert.equal(canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }), '{"a":[2,{"c":4,"d":3}],"b":1}');
    assert.notEqual(canonicalJson({ a: 'x","b":"y' }), canonicalJson({ a: 'x', b: 'y' }));
    assert.throws(() => canonicalJson({ a: Number.NaN }));
  });
});
