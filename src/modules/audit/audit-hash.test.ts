import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { checkpointMessage, checkpointSignatureValid, createChainHasher, GENESIS_HASH, keyIdOf, merkleRoot, sameCheckpoint, signCheckpoint, type CheckpointBody } from './audit-hash';

const sha256 = (...parts: Buffer[]): Buffer => createHash('sha256').update(Buffer.concat(parts)).digest();

/** RFC 6962 section 2.1, written recursively as the RFC states it (leaves are already hashes). */
function rfc6962Root(leaves: Buffer[]): Buffer {
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return sha256(Buffer.from([1]), rfc6962Root(leaves.slice(0, k)), rfc6962Root(leaves.slice(k)));
}

describe('audit hash chain and Merkle tree', () => {
  it('chains SHA-256(0x00 || prev || digest) from 32 zero bytes', () => {
    const chain = createChainHasher();
    const d1 = randomBytes(32);
    const d2 = randomBytes(32);
    const h1 = chain(GENESIS_HASH, d1);
    const h2 = chain(h1, d2);
    assert.deepEqual(h1, sha256(Buffer.from([0]), Buffer.alloc(32), d1));
    assert.deepEqual(h2, sha256(Buffer.from([0]), h1, d2));
    // The scratch buffer is reused: earlier results must not change.
    assert.deepEqual(h1, sha256(Buffer.from([0]), Buffer.alloc(32), d1));
    assert.notDeepEqual(chain(GENESIS_HASH, d2), h2);
  });

  it('computes the RFC 6962 root for every tree size up to 70', () => {
    const leaves = Array.from({ length: 70 }, () => randomBytes(32));
    for (let n = 1; n <= leaves.length; n++) assert.deepEqual(merkleRoot(leaves.slice(0, n)), rfc6962Root(leaves.slice(0, n)), `n = ${n}`);
    assert.throws(() => merkleRoot([]));
  });

  it('changes the root when any leaf changes, moves, or a leaf is dropped', () => {
    const leaves = Array.from({ length: 9 }, () => randomBytes(32));
    const root = merkleRoot(leaves);
    for (let i = 0; i < leaves.length; i++) {
      const edited = leaves.slice();
      edited[i] = randomBytes(32);
      assert.notDeepEqual(merkleRoot(edited), root);
    }
    assert.notDeepEqual(merkleRoot([leaves[1]!, leaves[0]!, ...leaves.slice(2)]), root);
    assert.notDeepEqual(merkleRoot(leaves.slice(0, -1)), root);
    // An inner node presented as a leaf does not reproduce the root (0x01 vs 0x00 preimages).
    const inner = sha256(Buffer.from([1]), leaves[0]!, leaves[1]!);
    assert.notDeepEqual(merkleRoot([inner, ...leaves.slice(2)]), root);
  });
});

describe('audit checkpoint signatures', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const body: CheckpointBody = {
    from: 1000,
    to: 2000,
    merkleRoot: randomBytes(32),
    headHash: randomBytes(32),
    sealedAt: new Date('2025-03-01T09:00:00.123Z'),
    keyId: keyIdOf(publicKey),
  };

  it('verifies a signed checkpoint and nothing that differs from it', () => {
    const signed = signCheckpoint(privateKey, body);
    assert.equal(checkpointSignatureValid(publicKey, signed), true);
    const variants: Partial<CheckpointBody>[] = [
      { from: 999 },
      { to: 2001 },
      { merkleRoot: randomBytes(32) },
      { headHash: randomBytes(32) },
      { sealedAt: new Date(body.sealedAt.getTime() + 1) },
      { keyId: '0000000000000000' },
    ];
    for (const change of variants) assert.equal(checkpointSignatureValid(publicKey, { ...signed, ...change }), false, JSON.stringify(Object.keys(change)));
    assert.equal(checkpointSignatureValid(generateKeyPairSync('ed25519').publicKey, signed), false);
    assert.equal(checkpointSignatureValid(publicKey, { ...signed, signature: Buffer.alloc(3) }), false);
  });

  it('signs a versioned, field-ordered message', () => {
    const text = checkpointMessage(body).toString('utf8');
    assert.ok(text.startsWith('custos-audit-checkpoint-v1\n'));
    assert.deepEqual(JSON.parse(text.split('\n')[1]!), [1000, 2000, body.merkleRoot.toString('hex'), body.headHash.toString('hex'), '2025-03-01T09:00:00.123Z', body.keyId]);
  });

  it('names a key by 16 hex digits of its SPKI hash, the same from the private key', () => {
    assert.match(keyIdOf(publicKey), /^[0-9a-f]{16}$/);
    assert.equal(keyIdOf(privateKey), keyIdOf(publicKey));
    assert.notEqual(keyIdOf(generateKeyPairSync('ed25519').publicKey), keyIdOf(publicKey));
  });

  it('compares checkpoints field by field', () => {
    const signed = signCheckpoint(privateKey, body);
    assert.equal(sameCheckpoint(signed, { ...signed, merkleRoot: Buffer.from(signed.merkleRoot) }), true);
    assert.equal(sameCheckpoint(signed, { ...signed, signature: signCheckpoint(privateKey, { ...body, to: 2001 }).signature }), false);
  });
});
