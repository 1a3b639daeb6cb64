// The hash chain, the Merkle tree and the checkpoint signature: pure functions, no I/O.
//
//   digest_n = SHA-256(canonical bytes of entry n, seq included)        (audit-canonical.ts)
//   hash_n   = SHA-256(0x00 || hash_{n-1} || digest_n),  hash_0 = 32 zero bytes
//   node     = SHA-256(0x01 || left || right)
//
// hash_n is also the Merkle leaf: leaf preimages start with 0x00 and node preimages with 0x01
// (both 65 bytes), which is the domain separation RFC 6962 gets from its own 0x00/0x01 prefixes.
import { createHash, createPublicKey, hash as sha256Once, sign, verify, type KeyObject } from 'node:crypto';

export const HASH_BYTES = 32;
export const GENESIS_HASH: Buffer = Buffer.alloc(HASH_BYTES);

/**
 * Returns a chain-hash function with its own scratch buffer, so that verifying millions of
 * entries allocates only the 32-byte results.
 *
 * @example
 *   const chain = createChainHasher();
 *   const h1 = chain(GENESIS_HASH, digest1);
 */
export function createChainHasher(): (prev: Uint8Array, digest: Uint8Array) => Buffer {
  const input = Buffer.alloc(1 + 2 * HASH_BYTES);
  input[0] = 0x00;
  return (prev, digest) => {
    input.set(prev, 1);
    input.set(digest, 1 + HASH_BYTES);
    return sha256Once('sha256', input, 'buffer');
  };
}

/**
 * Merkle tree hash over entry hashes (RFC 6962 shape: the left subtree holds the largest power of
 * two of leaves). Computed bottom-up, carrying an odd last node up unchanged, which gives the
 * same root as RFC 6962's recursive split.
 *
 * @example
 *   const root = merkleRoot([hash1, hash2, hash3]);
 */
export function merkleRoot(leaves: readonly Uint8Array[]): Buffer {
  if (leaves.length === 0) throw new Error('a Merkle tree needs at least one leaf');
  const input = Buffer.alloc(1 + 2 * HASH_BYTES);
  input[0] = 0x01;
  let level: Uint8Array[] = leaves.slice();
  while (level.length > 1) {
    const next: Uint8Array[] = [];
    for (let i = 0; i + 1 < level.length; i += 2) {
      input.set(level[i]!, 1);
      input.set(level[i + 1]!, 1 + HASH_BYTES);
      next.push(sha256Once('sha256', input, 'buffer'));
    }
    if (level.length % 2 === 1) next.push(level[level.length - 1]!);
    level = next;
  }
  return Buffer.from(level[0]!);
}

/** What a checkpoint states; its signature covers checkpointMessage() of these fields. */
export interface CheckpointBody {
  /** Exclusive lower bound: the checkpoint covers seq from+1 .. to. */
  from: number;
  to: number;
  merkleRoot: Buffer;
  /** hash_to: commits to the whole chain up to `to`, not only this range. */
  headHash: Buffer;
  sealedAt: Date;
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointBody {
  signature: Buffer;
}

/**
 * The exact bytes a checkpoint signature covers. Versioned and field-ordered so that the file,
 * the database row and a third-party verifier all reconstruct the same message.
 *
 * @example
 *   const bytes = checkpointMessage({ from: 0, to: 10, merkleRoot, headHash, sealedAt, keyId });
 */
export function checkpointMessage(cp: CheckpointBody): Buffer {
  const fields = [cp.from, cp.to, cp.merkleRoot.toString('hex'), cp.headHash.toString('hex'), cp.sealedAt.toISOString(), cp.keyId];
  return Buffer.from(`custos-audit-checkpoint-v1\n${JSON.stringify(fields)}`, 'utf8');
}

/**
 * Signs a checkpoint with the Ed25519 audit signing key.
 *
 * @example
 *   const signed = signCheckpoint(key.privateKey, body);
 */
export function signCheckpoint(privateKey: KeyObject, body: CheckpointBody): SignedCheckpoint {
  return { ...body, signature: sign(null, checkpointMessage(body), privateKey) };
}

/**
 * True when the signature is valid under the given public key.
 *
 * @example
 *   if (!checkpointSignatureValid(publicKey, cp)) throw new Error('forged checkpoint');
 */
export function checkpointSignatureValid(publicKey: KeyObject, cp: SignedCheckpoint): boolean {
  try {
    return verify(null, checkpointMessage(cp), publicKey, cp.signature);
  } catch {
    return false;
  }
}

/**
 * A short, stable name for a public key: the first 8 bytes of SHA-256 over its SPKI encoding.
 *
 * @example
 *   const keyId = keyIdOf(publicKey); // e.g. '3f9a0c1d2b4e5f60'
 */
export function keyIdOf(publicKey: KeyObject): string {
  const spki = (publicKey.type === 'public' ? publicKey : createPublicKey(publicKey)).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(spki).digest().subarray(0, 8).toString('hex');
}

/** Both checkpoints state exactly the same thing (the file copy matches the database row). */
export function sameCheckpoint(a: SignedCheckpoint, b: SignedCheckpoint): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.keyId === b.keyId &&
    a.sealedAt.getTime() === b.sealedAt.getTime() &&
    a.merkleRoot.equals(b.merkleRoot) &&
    a.headHash.equals(b.headHash) &&
    a.signature.equals(b.signature)
  );
}
