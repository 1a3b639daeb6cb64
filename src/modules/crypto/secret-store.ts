// Installation-wide secrets (e.g. the audit module's Ed25519 signing key). Each secret gets its own
// random 32-byte key, wrapped by the current KEK; the secret is AES-256-GCM encrypted under that
// key with its name as AAD. KEK rotation rewraps only the small key (see rotation.ts).
import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';
import { aesGcmOpen, aesGcmSeal } from './aes-gcm';
import * as repo from './crypto.repo';
import type { KeyProvider, SecretStore } from './crypto.types';

const FORMAT = 1;
const aad = (name: string): Buffer => Buffer.from(`custos/secret\u0000${name}`);

/**
 * @example
 *   const secrets = createSecretStore({ provider });
 *   const seed = await secrets.putSecret(db, 'audit.signing-key', randomBytes(32)); // the stored one if it existed
 */
export function createSecretStore(deps: { provider: KeyProvider }): SecretStore {
  const getSecret: SecretStore['getSecret'] = async (db, name) => {
    const row = await repo.findSecret(db, name);
    if (!row) return undefined;
    const key = await deps.provider.unwrapKey(row.kekVersion, row.wrappedKey);
    const value = aesGcmOpen(key, row.ciphertext, aad(name), FORMAT);
    if (!value) throw new AppError('key_unavailable', `The secret "${name}" does not decrypt: altered, or copied from another secret`);
    return value;
  };
  return {
    getSecret,
    async putSecret(db, name, value) {
      if (!/^[a-z0-9][a-z0-9._-]{0,99}$/.test(name)) throw new AppError('internal', 'Secret names are lower-case words with . _ -');
      const kekVersion = await deps.provider.currentKekVersion();
      const key = randomBytes(32);
      await repo.insertSecretIfAbsent(db, { name, kekVersion, wrappedKey: await deps.provider.wrapKey(kekVersion, key), ciphertext: aesGcmSeal(key, value, aad(name), FORMAT) });
      // Another instance may have stored it first: everyone uses the stored value.
      const stored = await getSecret(db, name);
      if (!stored) throw new AppError('internal', `The secret "${name}" vanished after it was stored`);
      return stored;
    },
  };
}
