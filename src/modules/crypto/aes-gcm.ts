// AES-256-GCM for small blobs (wrapped keys, sealed KEKs, installation secrets), with a fresh random
// nonce each time. Field ciphertext uses the richer envelope in envelope.ts instead.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Returns [format byte] || nonce(12) || ciphertext || tag(16); the format byte is omitted when undefined.
 *
 * @example
 *   const sealed = aesGcmSeal(key, secret, Buffer.from('custos/secret/name'), 1);
 */
export function aesGcmSeal(key: Buffer, plaintext: Buffer, aad: Buffer, formatByte: number | undefined): Buffer {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([formatByte === undefined ? Buffer.alloc(0) : Buffer.from([formatByte]), nonce, body]);
}

/**
 * Opens what aesGcmSeal made; undefined when it fails authentication or has the wrong format.
 *
 * @example
 *   const secret = aesGcmOpen(key, sealed, aad, 1) ?? fail();
 */
export function aesGcmOpen(key: Buffer, sealed: Buffer, aad: Buffer, formatByte: number | undefined): Buffer | undefined {
  let offset = 0;
  if (formatByte !== undefined) {
    if (sealed[0] !== formatByte) return undefined;
    offset = 1;
  }
  if (sealed.length < offset + 12 + 16) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(offset, offset + 12));
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(offset + 12, sealed.length - 16)), decipher.final()]);
  } catch {
    return undefined;
  }
}
