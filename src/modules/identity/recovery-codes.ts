// Recovery codes: ten single-use codes that stand in for the TOTP app when it is lost.
//
// Format: 12 characters of Crockford base32 (no I, L, O, U) in three groups, 'k7m2-q9xd-4hta'.
// 12 x 5 = 60 random bits. Codes are stored as SHA-256 digests bound to the user id. A slow hash is
// not needed because the input is random, not chosen by a person: guessing one 60-bit code offline
// at 10^10 SHA-256/s (a large GPU) takes ~3.6 years on average, and binding the user id means each
// guess is for one user's codes only. Online guessing is bounded by sign-in throttling, and a code
// only replaces the second factor: the password is still needed.
import { createHash, randomBytes as nodeRandomBytes, timingSafeEqual } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;
const CODE_LENGTH = 12;
const GROUP = 4;
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Generates the ten codes shown to the user once (at TOTP enrollment or on regeneration, which
 * replaces all previous codes).
 *
 * @example
 *   const codes = generateRecoveryCodes(); // ['k7m2-q9xd-4hta', …] (10 codes)
 *   await repo.replaceRecoveryCodes(tx, userId, codes.map((c) => hashRecoveryCode(userId, c)));
 */
export function generateRecoveryCodes(randomBytes: (size: number) => Uint8Array = nodeRandomBytes): string[] {
  const codes = new Set<string>();
  // A repeat among ten 60-bit codes has a chance of about 2^-54; many repeats mean a broken source.
  for (let attempt = 0; codes.size < RECOVERY_CODE_COUNT; attempt++) {
    if (attempt >= 10 * RECOVERY_CODE_COUNT) throw new Error('The random source keeps repeating itself');
    // 256 is a multiple of 32, so `byte & 31` picks every symbol with the same probability.
    const symbols = [...randomBytes(CODE_LENGTH)].map((b) => ALPHABET[b & 31]).join('');
    codes.add(symbols.match(new RegExp(`.{${GROUP}}`, 'g'))!.join('-'));
  }
  return [...codes];
}

/**
 * Canonical form of what a user typed: case-insensitive, spaces and dashes ignored, and the
 * look-alikes Crockford base32 leaves out read as what the user meant (O → 0, I and L → 1).
 * Returns undefined if it cannot be a recovery code, so no hash work is spent on it.
 *
 * @example
 *   normalizeRecoveryCode(' K7M2 Q9XD-4HTA '); // 'k7m2q9xd4hta'
 */
export function normalizeRecoveryCode(input: string): string | undefined {
  const compact = input
    .toLowerCase()
    .replace(/[\s\-‐-―]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
  return compact.length === CODE_LENGTH && [...compact].every((c) => ALPHABET.includes(c)) ? compact : undefined;
}

/**
 * The stored form of a code: hex SHA-256 over a domain tag, the user id and the normalized code.
 *
 * @example
 *   hashRecoveryCode('user-uuid', 'k7m2-q9xd-4hta'); // '3f1c…' (64 hex characters)
 */
export function hashRecoveryCode(userId: string, code: string): string {
  const normalized = normalizeRecoveryCode(code);
  if (normalized === undefined) throw new TypeError('Not a recovery code');
  return digest(userId, normalized);
}

/**
 * Finds which unused stored code the input matches. Returns its index in `unusedHashes`, or -1.
 * The caller marks that code used in the same transaction that signs the user in, which makes
 * each code single-use. All hashes are compared, in constant time each.
 *
 * @example
 *   const index = matchRecoveryCode(userId, typed, rows.map((r) => r.codeHash));
 *   if (index >= 0) await repo.markRecoveryCodeUsed(tx, rows[index].id, now);
 */
export function matchRecoveryCode(userId: string, input: string, unusedHashes: readonly string[]): number {
  const normalized = normalizeRecoveryCode(input);
  if (normalized === undefined) return -1;
  const candidate = Buffer.from(digest(userId, normalized), 'hex');
  let found = -1;
  unusedHashes.forEach((stored, index) => {
    const storedBytes = Buffer.from(stored, 'hex');
    if (storedBytes.length === candidate.length && timingSafeEqual(storedBytes, candidate) && found < 0) found = index;
  });
  return found;
}

function digest(userId: string, normalized: string): string {
  return createHash('sha256').update(`custos-recovery-code-v1\0${userId}\0${normalized}`).digest('hex');
}
