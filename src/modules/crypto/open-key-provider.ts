// Opens the key provider the configuration names. The PKCS#11 code (and its native module) loads
// only when chosen.
import type { TConfig } from '../../config';
import type { KeyProvider } from './crypto.types';

export type KeyProviderConfig = Pick<TConfig, 'keyProvider' | 'keyFile' | 'masterPassphrase' | 'pkcs11Module' | 'pkcs11TokenLabel' | 'pkcs11Pin'>;

/**
 * @example
 *   const provider = await openKeyProvider(loadConfig());
 */
export async function openKeyProvider(config: KeyProviderConfig): Promise<KeyProvider> {
  if (config.keyProvider === 'pkcs11') {
    const { createPkcs11KeyProvider } = await import('./pkcs11-key-provider');
    // loadConfig checks that all three are set when keyProvider is pkcs11.
    return createPkcs11KeyProvider({ module: config.pkcs11Module!, tokenLabel: config.pkcs11TokenLabel!, pin: config.pkcs11Pin! });
  }
  const { createLocalKeyProvider } = await import('./local-key-provider');
  return createLocalKeyProvider({ keyFile: config.keyFile, ...(config.masterPassphrase ? { passphrase: config.masterPassphrase } : {}) });
}
