// KEKs held in a PKCS#11 token (a hardware security module, or SoftHSM2 for development and tests).
// Each KEK version is an AES-256 key generated inside the token, sensitive and non-extractable,
// labelled custos-kek-v<n>. Our 32-byte keys are wrapped by encrypting them as data with
// CKM_AES_GCM (SoftHSM cannot C_WrapKey with GCM, and our keys are not token objects anyway),
// so the KEK never leaves the token.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { AppError } from '../../core/errors';
import type { KeyProvider } from './crypto.types';

type Pkcs11Module = typeof import('pkcs11js');
type Handle = Buffer;

const LABEL_PREFIX = 'custos-kek-v';
const WRAP_FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Pkcs11KeyProviderOptions {
  /** Path of the PKCS#11 library, e.g. /usr/lib/softhsm/libsofthsm2.so. */
  module: string;
  tokenLabel: string;
  pin: string;
}

/**
 * Opens a session on the token labelled `tokenLabel` and logs in; creates KEK version 1 inside the
 * token if it holds none. Close it to log out and finalize the library.
 *
 * @example
 *   const provider = await createPkcs11KeyProvider({ module: '/usr/lib/softhsm/libsofthsm2.so', tokenLabel: 'custos', pin });
 */
export async function createPkcs11KeyProvider(o: Pkcs11KeyProviderOptions): Promise<KeyProvider> {
  // Loaded on demand: installations on the local provider never need the native module.
  const pkcs11js = createRequire(import.meta.url)('pkcs11js') as Pkcs11Module;
  const p11 = new pkcs11js.PKCS11();
  try {
    p11.load(o.module);
  } catch {
    throw new AppError('key_unavailable', `Cannot load the PKCS#11 library ${o.module} (CUSTOS_PKCS11_MODULE)`);
  }
  let initializedHere = true;
  try {
    p11.C_Initialize();
  } catch (error) {
    if (!pkcs11Code(error, 'CKR_CRYPTOKI_ALREADY_INITIALIZED')) throw unavailable(`Cannot initialize the PKCS#11 library ${o.module}`, error);
    initializedHere = false;
  }

  const slot = p11.C_GetSlotList(true).find((s) => p11.C_GetTokenInfo(s).label.trim() === o.tokenLabel);
  if (!slot) {
    if (initializedHere) p11.C_Finalize();
    throw new AppError('key_unavailable', `No PKCS#11 token labelled "${o.tokenLabel}" (CUSTOS_PKCS11_TOKEN) in ${o.module}`);
  }
  const session = p11.C_OpenSession(slot, pkcs11js.CKF_RW_SESSION | pkcs11js.CKF_SERIAL_SESSION);
  try {
    p11.C_Login(session, pkcs11js.CKU_USER, o.pin);
  } catch (error) {
    if (!pkcs11Code(error, 'CKR_USER_ALREADY_LOGGED_IN')) {
      p11.C_CloseSession(session);
      if (initializedHere) p11.C_Finalize();
      throw unavailable(`PKCS#11 login to token "${o.tokenLabel}" failed (wrong CUSTOS_PKCS11_PIN?)`, error);
    }
  }

  /** version -> key handles. Several handles per version only if two processes created it at once; unwrap tries each. */
  let keks = new Map<number, Handle[]>();
  const scan = (): void => {
    p11.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
    ]);
    const handles = p11.C_FindObjects(session, 10_000);
    p11.C_FindObjectsFinal(session);
    const next = new Map<number, Handle[]>();
    for (const handle of handles) {
      const [label] = p11.C_GetAttributeValue(session, handle, [{ type: pkcs11js.CKA_LABEL }]);
      const match = /^custos-kek-v(\d+)$/.exec(String(label?.value ?? ''));
      if (!match) continue;
      const version = Number(match[1]);
      next.set(version, [...(next.get(version) ?? []), handle]);
    }
    keks = next;
  };

  const generate = (version: number): void => {
    const label = `${LABEL_PREFIX}${version}`;
    p11.C_GenerateKey(session, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
      { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
      { type: pkcs11js.CKA_TOKEN, value: true },
      { type: pkcs11js.CKA_PRIVATE, value: true },
      { type: pkcs11js.CKA_SENSITIVE, value: true },
      { type: pkcs11js.CKA_EXTRACTABLE, value: false },
      { type: pkcs11js.CKA_MODIFIABLE, value: false },
      { type: pkcs11js.CKA_ENCRYPT, value: true },
      { type: pkcs11js.CKA_DECRYPT, value: true },
      { type: pkcs11js.CKA_WRAP, value: false },
      { type: pkcs11js.CKA_UNWRAP, value: false },
      { type: pkcs11js.CKA_LABEL, value: label },
      { type: pkcs11js.CKA_ID, value: Buffer.from(label) },
    ]);
  };

  const gcm = (iv: Buffer, version: number) => ({
    mechanism: pkcs11js.CKM_AES_GCM,
    parameter: { type: pkcs11js.CK_PARAMS_AES_GCM, iv, ivBits: IV_BYTES * 8, aad: Buffer.from(`custos/kek-wrap/v${version}`), tagBits: TAG_BYTES * 8 },
  });

  const handlesFor = (version: number): Handle[] => {
    if (!keks.has(version)) scan(); // another process may have rotated since
    const handles = keks.get(version);
    if (!handles?.length) throw new AppError('key_unavailable', `KEK version ${version} is not in PKCS#11 token "${o.tokenLabel}"`);
    return handles;
  };

  let closed = false;
  const live = (): void => {
    if (closed) throw new AppError('key_unavailable', 'The PKCS#11 key provider is closed');
  };

  scan();
  if (keks.size === 0) {
    generate(1);
    scan();
  }

  return {
    kind: 'pkcs11',
    async listKekVersions() {
      live();
      scan();
      return [...keks.keys()].sort((a, b) => a - b);
    },
    async currentKekVersion() {
      live();
      scan();
      return Math.max(...keks.keys());
    },
    async createKekVersion() {
      live();
      scan();
      const version = Math.max(0, ...keks.keys()) + 1;
      generate(version);
      scan();
      return version;
    },
    async wrapKey(kekVersion, key) {
      live();
      const handle = handlesFor(kekVersion)[0]!;
      const iv = randomBytes(IV_BYTES);
      // Init and Encrypt run back to back with no await, so concurrent calls cannot interleave on the session.
      p11.C_EncryptInit(session, gcm(iv, kekVersion), handle);
      const body = p11.C_Encrypt(session, key, Buffer.alloc(key.length + TAG_BYTES));
      return Buffer.concat([Buffer.from([WRAP_FORMAT]), iv, body]);
    },
    async unwrapKey(kekVersion, wrapped) {
      live();
      if (wrapped[0] !== WRAP_FORMAT || wrapped.length < 1 + IV_BYTES + TAG_BYTES) {
        throw new AppError('key_unavailable', `Cannot unwrap a key under KEK version ${kekVersion}: not a PKCS#11-wrapped key`);
      }
      const iv = wrapped.subarray(1, 1 + IV_BYTES);
      const body = wrapped.subarray(1 + IV_BYTES);
      for (const handle of handlesFor(kekVersion)) {
        try {
          p11.C_DecryptInit(session, gcm(iv, kekVersion), handle);
          return Buffer.from(p11.C_Decrypt(session, body, Buffer.alloc(body.length)));
        } catch {
          // GCM authentication failed under this handle: try the next one, if any.
        }
      }
      throw new AppError('key_unavailable', `Cannot unwrap a key under KEK version ${kekVersion}: the wrapped key is damaged or belongs to another token`);
    },
    async close() {
      if (closed) return;
      closed = true;
      keks = new Map();
      try {
        p11.C_Logout(session);
      } catch {
        // already logged out (e.g. another session of this process logged out)
      }
      p11.C_CloseSession(session);
      if (initializedHere) p11.C_Finalize();
    },
  };
}

function pkcs11Code(error: unknown, code: string): boolean {
  return error instanceof Error && error.message.includes(code);
}

function unavailable(message: string, error: unknown): AppError {
  // The library's own message names the CKR_ code, never key material.
  const code = error instanceof Error ? /CKR_\w+/.exec(error.message)?.[0] : undefined;
  return new AppError('key_unavailable', code ? `${message} (${code})` : message, undefined, { cause: error });
}
