import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Db } from '../../db/client';
import { AppError } from '../../core/errors';
import type { SecretStore } from '../crypto/crypto.types';
import { keyIdOf } from './audit-hash';

/** Name of the installation secret holding the Ed25519 checkpoint key (PKCS#8 DER). */
export const AUDIT_SIGNING_SECRET = 'audit-signing-key-v1';

export interface AuditSigningKey {
  keyId: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPem: string;
}

/**
 * The checkpoint signing key: generated on first use and kept in the SecretStore (wrapped by the
 * key-encryption key, so a database dump alone cannot forge checkpoints). When several instances
 * start at once, putSecret keeps the first key stored and every instance signs with it.
 *
 * @example
 *   const key = await loadOrCreateSigningKey(db, secrets);
 *   const signed = signCheckpoint(key.privateKey, body);
 */
export async function loadOrCreateSigningKey(db: Db, secrets: SecretStore): Promise<AuditSigningKey> {
  let der = await secrets.getSecret(db, AUDIT_SIGNING_SECRET);
  if (!der) {
    const { privateKey } = generateKeyPairSync('ed25519');
    der = await secrets.putSecret(db, AUDIT_SIGNING_SECRET, privateKey.export({ type: 'pkcs8', format: 'der' }));
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new AppError('key_unavailable', 'The audit signing key is unreadable', undefined, { cause: error });
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new AppError('key_unavailable', 'The audit signing key is not an Ed25519 key');
  const publicKey = createPublicKey(privateKey);
  return { keyId: keyIdOf(publicKey), privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
