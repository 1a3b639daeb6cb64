// Password hashing with argon2id (memory-hard, the OWASP and RFC 9106 first choice). The `argon2`
// package embeds the reference C implementation, ships prebuilt binaries, salts every hash (16
// random bytes) and compares digests in constant time inside `verify`.
import * as argon2 from 'argon2';
import { AppError } from '../../core/errors';
import { normalizePassword } from './password-policy';

export interface Argon2Params {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  parallelism: number;
}

/**
 * OWASP Password Storage Cheat Sheet, first argon2id option: m = 19 MiB, t = 2, p = 1. Each hash
 * takes ~18 ms of one core here (about 55 hashes/s, `npm run bench -- identity`); p = 1 keeps one sign-in
 * from occupying both cores of a small server.
 */
export const DEFAULT_ARGON2_PARAMS: Argon2Params = Object.freeze({ memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 });

/**
 * Longest input worth hashing: 128 code points of 4 UTF-8 bytes each. Anything longer cannot be a
 * valid password, and refusing it bounds the work an anonymous caller can ask for.
 */
const MAX_PASSWORD_BYTES = 512;

export interface PasswordHasher {
  /** Hashes an (already policy-checked) password; returns a PHC string `$argon2id$v=19$m=…`. */
  hash(password: string): Promise<string>;
  /** Verifies a password against a stored PHC string. */
  verify(storedHash: string, password: string): Promise<boolean>;
  /** True if a stored hash was made with other parameters or another algorithm: rehash at sign-in. */
  needsRehash(storedHash: string): boolean;
  /**
   * Spends the same time as `verify` and returns false. Call it when the account does not exist (or
   * has no password) so the response time does not tell an attacker which emails are registered.
   */
  verifyUnknownAccount(password: string): Promise<false>;
}

/**
 * Creates the hasher. Passwords are NFKC-normalized before hashing, as NIST SP 800-63B asks, so
 * the same password typed on two keyboards that compose characters differently still matches.
 *
 * @example
 *   const hasher = createPasswordHasher();
 *   const stored = await hasher.hash('tulip orbit kettle nine');
 *   await hasher.verify(stored, 'tulip orbit kettle nine'); // true
 *   if (hasher.needsRehash(stored)) { … store await hasher.hash(password) … }
 */
export function createPasswordHasher(options: { params?: Argon2Params } = {}): PasswordHasher {
  const params = options.params ?? DEFAULT_ARGON2_PARAMS;
  const hashOptions = { type: argon2.argon2id, ...params } as const;
  // The dummy digest uses the same parameters as real ones, so verifying against it costs the same.
  let dummy: Promise<string> | undefined;
  const dummyHash = () => (dummy ??= argon2.hash('custos-dummy-password-for-unknown-accounts', hashOptions));

  const verifyUnknownAccount = async (password: string): Promise<false> => {
    await argon2.verify(await dummyHash(), truncateForDummy(password));
    return false;
  };

  return {
    async hash(password) {
      const normalized = normalizePassword(password);
      if (Buffer.byteLength(normalized, 'utf8') > MAX_PASSWORD_BYTES) {
        throw new AppError('validation_failed', 'The password is too long.');
      }
      return argon2.hash(normalized, hashOptions);
    },
    async verify(storedHash, password) {
      const normalized = normalizePassword(password);
      if (Buffer.byteLength(normalized, 'utf8') > MAX_PASSWORD_BYTES) return verifyUnknownAccount(password);
      if (!storedHash.startsWith('$argon2')) {
        throw new AppError('internal', 'A stored password hash is in an unknown format.');
      }
      try {
        return await argon2.verify(storedHash, normalized);
      } catch (error) {
        throw new AppError('internal', 'A stored password hash could not be read.', undefined, { cause: error });
      }
    },
    needsRehash(storedHash) {
      if (!storedHash.startsWith('$argon2id$')) return true;
      try {
        return argon2.needsRehash(storedHash, params);
      } catch {
        return true;
      }
    },
    verifyUnknownAccount,
  };
}

function truncateForDummy(password: string): string {
  return password.length > MAX_PASSWORD_BYTES ? password.slice(0, MAX_PASSWORD_BYTES) : password;
}
