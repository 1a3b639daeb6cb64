// Signed consent receipts: the patient's own proof of each decision (grant, revoke, approve,
// decline). The body is canonical JSON; the receipt carries its SHA-256 and an Ed25519 signature
// over a domain-separated message, so it can be checked offline with the public key
// (GET /api/v1/consent/receipts/public-key).
//
// Why a key of its own rather than the audit checkpoint key: receipts leave the installation
// (patients download and forward them), so the key that signs them should not also vouch for the
// audit log; a separate secret keeps the two trust roots apart and lets either be rotated alone.
// It is kept the same way (SecretStore, wrapped by the key-encryption key).
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { SecretStore } from '../crypto/crypto.types';
import { canonicalJson } from './canonical-json';
import { ZApprovalRequest, ZGrantMode, ZPurpose, ZDataCategory, ZRecipient } from './consent.types';

export const RECEIPT_SIGNING_SECRET = 'consent-receipt-signing-key-v1';
const DOMAIN = 'custos-consent-receipt-v1\n';

export const ZReceiptBody = z.strictObject({
  v: z.literal(1),
  type: z.literal('custos.consent.receipt'),
  id: z.uuid(),
  organizationId: z.uuid(),
  patientId: z.uuid(),
  decision: z.enum(['grant', 'revoke', 'approve', 'decline']),
  at: z.iso.datetime(),
  actorId: z.string(),
  grant: z.strictObject({
    id: z.uuid(),
    recipient: ZRecipient,
    recipientLabel: z.string(),
    mode: ZGrantMode,
    purposes: z.array(ZPurpose),
    categories: z.array(ZDataCategory),
    expiresAt: z.iso.datetime(),
    signedName: z.string(),
    signedAt: z.iso.datetime(),
  }),
  template: z.strictObject({ id: z.uuid(), key: z.string(), version: z.number().int(), contentHash: z.string() }),
  approval: z.strictObject({ id: z.uuid(), request: ZApprovalRequest.omit({ requestedBy: true }) }).optional(),
  auditEntryId: z.uuid(),
});
export type TReceiptBody = z.infer<typeof ZReceiptBody>;

export const ZSignedReceipt = z.strictObject({
  body: ZReceiptBody,
  /** SHA-256 (hex) of the canonical JSON of body. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  alg: z.literal('Ed25519'),
  keyId: z.string(),
  /** base64 Ed25519 over DOMAIN + hash. */
  signature: z.string(),
});
export type TSignedReceipt = z.infer<typeof ZSignedReceipt>;

export interface ReceiptSigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

/** Loads (or creates on first use, race-safe via putSecret) the receipt signing key. */
export async function loadReceiptSigningKey(db: Db, secrets: SecretStore): Promise<ReceiptSigningKey> {
  let der = await secrets.getSecret(db, RECEIPT_SIGNING_SECRET);
  if (!der) {
    const { privateKey } = generateKeyPairSync('ed25519');
    der = await secrets.putSecret(db, RECEIPT_SIGNING_SECRET, privateKey.export({ type: 'pkcs8', format: 'der' }));
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new AppError('key_unavailable', 'The consent receipt signing key is unreadable', undefined, { cause: error });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new AppError('key_unavailable', 'The consent receipt signing key is not an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  return { keyId: receiptKeyId(publicKey), privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

/** First 8 bytes of SHA-256 over the SPKI, in hex (as the audit key ids). */
export function receiptKeyId(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 16);
}

/**
 * @example
 *   const receipt = signReceipt(body, key);
 *   verifyReceipt(receipt, key.publicKey); // { valid: true }
 */
export function signReceipt(body: TReceiptBody, key: Pick<ReceiptSigningKey, 'keyId' | 'privateKey'>): TSignedReceipt {
  const hash = receiptHash(body);
  const signature = sign(null, Buffer.from(DOMAIN + hash), key.privateKey).toString('base64');
  return { body, hash, alg: 'Ed25519', keyId: key.keyId, signature };
}

export type TReceiptVerification = { valid: true } | { valid: false; problem: 'malformed' | 'hash_mismatch' | 'unknown_key' | 'bad_signature' };

/** Checks shape, hash and signature; any edit of the body, hash or signature fails. */
export function verifyReceipt(receipt: unknown, publicKey: KeyObject): TReceiptVerification {
  const parsed = ZSignedReceipt.safeParse(receipt);
  if (!parsed.success) return { valid: false, problem: 'malformed' };
  const { body, hash, signature, keyId } = parsed.data;
  if (receiptHash(body) !== hash) return { valid: false, problem: 'hash_mismatch' };
  if (keyId !== receiptKeyId(publicKey)) return { valid: false, problem: 'unknown_key' };
  const ok = verify(null, Buffer.from(DOMAIN + hash), publicKey, Buffer.from(signature, 'base64'));
  return ok ? { valid: true } : { valid: false, problem: 'bad_signature' };
}

function receiptHash(body: TReceiptBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}
