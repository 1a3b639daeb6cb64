// Bearer secrets: session tokens, email verification and password reset links, staff invitations,
// the short-lived token between password and second factor, and access tokens for integrations.
//
// Format: `cus_<kind>_` + 43 base62 characters (256 random bits) + 6 base62 characters of CRC-32
// over everything before them, e.g. `cus_pat_4Jq…Zx81kP0q`. The prefix lets secret scanners (and
// people) recognize a leaked Custos token and its kind; the checksum lets scanners and the server
// reject typos and random strings without a database lookup; base62 keeps the token one "word" that
// a double-click selects whole. Only the SHA-256 digest is stored: with 256 random bits there is
// nothing to brute-force, so a salt or a slow hash would add cost and no safety.
import { createHash, randomBytes as nodeRandomBytes, timingSafeEqual } from 'node:crypto';
import zlib from 'node:zlib';

export const SECRET_TOKEN_PREFIXES = {
  session: 'cus_sess_',
  mfa_challenge: 'cus_mfa_',
  email_verification: 'cus_ev_',
  password_reset: 'cus_pwr_',
  invitation: 'cus_inv_',
  access_token: 'cus_pat_',
} as const;

export type SecretTokenKind = keyof typeof SECRET_TOKEN_PREFIXES;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const RANDOM_BYTES = 32;
const BODY_LENGTH = 43; // 62^43 > 2^256
const CHECKSUM_LENGTH = 6; // 62^6 > 2^32
const TOKEN_PATTERN = new RegExp(`^cus_([a-z]+)_([0-9A-Za-z]{${BODY_LENGTH}})([0-9A-Za-z]{${CHECKSUM_LENGTH}})$`);
const KIND_BY_PREFIX = new Map<string, SecretTokenKind>(
  Object.entries(SECRET_TOKEN_PREFIXES).map(([kind, prefix]) => [prefix, kind as SecretTokenKind]),
);

export interface GeneratedSecretToken {
  /** Shown to the user (or set as a cookie) once; never stored. */
  token: string;
  /** What the database stores and looks tokens up by. */
  hash: string;
}

/**
 * Makes a new token of a kind.
 *
 * @example
 *   const { token, hash } = generateSecretToken('access_token');
 *   await repo.insertAccessToken(tx, { tokenHash: hash, … }); // show `token` once
 */
export function generateSecretToken(
  kind: SecretTokenKind,
  randomBytes: (size: number) => Uint8Array = nodeRandomBytes,
): GeneratedSecretToken {
  const prefix = SECRET_TOKEN_PREFIXES[kind];
  const body = encodeBase62(BigInt(`0x${Buffer.from(randomBytes(RANDOM_BYTES)).toString('hex')}`), BODY_LENGTH);
  const token = prefix + body + checksum(prefix + body);
  return { token, hash: hashSecretToken(token) };
}

/**
 * Checks a presented value's shape and checksum; returns its kind, or undefined when the value is
 * not a well-formed Custos token (or not of `expectedKind`). Callers answer 401 without a lookup.
 *
 * @example
 *   const parsed = parseSecretToken(bearer, 'access_token');
 *   if (!parsed) throw new AppError('unauthenticated', 'The access token is not valid.');
 */
export function parseSecretToken(
  value: string,
  expectedKind?: SecretTokenKind,
): { kind: SecretTokenKind; token: string } | undefined {
  const match = TOKEN_PATTERN.exec(value);
  if (!match) return undefined;
  const kind = KIND_BY_PREFIX.get(`cus_${match[1]}_`);
  if (!kind || (expectedKind && kind !== expectedKind)) return undefined;
  const signed = value.slice(0, value.length - CHECKSUM_LENGTH);
  if (checksum(signed) !== match[3]) return undefined;
  return { kind, token: value };
}

/**
 * The stored digest of a token (hex SHA-256).
 *
 * @example
 *   const row = await repo.findSessionByHash(tx, hashSecretToken(cookieValue));
 */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Constant-time check of a token against a stored digest, for when a row was found by another key.
 *
 * @example
 *   if (!secretTokenMatches(presented, row.tokenHash)) throw new AppError('unauthenticated', '…');
 */
export function secretTokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecretToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return stored.length === presented.length && timingSafeEqual(presented, stored);
}

/**
 * A safe reminder of which token this is, for lists in the UI and for audit details: the prefix
 * and the last four characters, which reveal 24 of the checksum's bits and none of the secret.
 *
 * @example
 *   tokenHint('cus_pat_…kP0q'); // 'cus_pat_…kP0q'
 */
export function tokenHint(token: string): string {
  const prefix = /^cus_[a-z]+_/.exec(token)?.[0] ?? '';
  return `${prefix}…${token.slice(-4)}`;
}

function checksum(text: string): string {
  return encodeBase62(BigInt(zlib.crc32(text)), CHECKSUM_LENGTH);
}

function encodeBase62(value: bigint, width: number): string {
  let out = '';
  let rest = value;
  while (rest > 0n) {
    out = BASE62[Number(rest % 62n)] + out;
    rest /= 62n;
  }
  return out.padStart(width, '0');
}
