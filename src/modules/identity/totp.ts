// TOTP (RFC 6238) second factor: HMAC-SHA1, 6 digits, 30-second steps, which is what every
// authenticator app supports. otplib computes the codes; this file adds the policy around them:
// a ±1 step window for clock drift, constant-time comparison, and replay protection (the caller
// stores the matched step and passes it back, so each code is accepted once).
//
// The secret cannot be hashed (the server must recompute codes); the identity service stores it
// encrypted with the crypto module. The QR code is rendered from `totpUri()` by a local,
// dependency-free QR library (e.g. `qrcode-generator` or `uqr`, SVG output), never by a
// third-party QR service, which would receive the secret.
import { randomBytes as nodeRandomBytes, timingSafeEqual } from 'node:crypto';
import { generateSync, generateURI, ScureBase32Plugin } from 'otplib';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of the current one (RFC 6238 §5.2 recommends at most one). */
export const TOTP_WINDOW_STEPS = 1;
/** 160 bits, the HMAC-SHA1 block-size recommendation of RFC 4226 §4. */
const SECRET_BYTES = 20;

export type TotpVerification =
  | { ok: true; step: number }
  | { ok: false; reason: 'malformed' | 'invalid' | 'replayed' };

/**
 * A new random TOTP secret, Base32-encoded (32 characters) as authenticator apps expect.
 *
 * @example
 *   const secret = generateTotpSecret(); // 'JBSWY3DPEHPK3PXP…'
 */
export function generateTotpSecret(randomBytes: (size: number) => Uint8Array = nodeRandomBytes): string {
  return new ScureBase32Plugin().encode(randomBytes(SECRET_BYTES));
}

/**
 * The `otpauth://` URI shown as a QR code at enrollment. The label is the account name the user
 * sees in the app; prefer the email over anything clinical.
 *
 * @example
 *   totpUri({ secret, issuer: 'Custos', accountName: 'jane@example.com' });
 *   // 'otpauth://totp/Custos:jane%40example.com?secret=…&issuer=Custos'
 */
export function totpUri(input: { secret: string; issuer: string; accountName: string }): string {
  return generateURI({
    issuer: input.issuer,
    label: input.accountName,
    secret: input.secret,
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/**
 * The RFC 6238 time step T = floor(unix seconds / 30) at a given instant.
 *
 * @example
 *   totpStep(new Date(59_000)); // 1
 */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/**
 * The code an authenticator shows at `now` (used by tests and by the enrollment self-check).
 *
 * @example
 *   generateTotpCode(secret, new Date()); // '492039'
 */
export function generateTotpCode(secret: string, now: Date): string {
  return codeAtStep(secret, totpStep(now));
}

/**
 * Verifies a code typed by the user. Spaces and dashes are ignored ('123 456'). On success the
 * matched step is returned: store it, and pass it as `lastUsedStep` next time, which refuses the
 * same code (and any older one) with reason 'replayed'.
 *
 * @example
 *   const result = verifyTotp({ secret, code: '492 039', now: clock.now(), lastUsedStep: user.totpLastStep });
 *   if (result.ok) await repo.setTotpLastStep(tx, user.id, result.step);
 */
export function verifyTotp(input: {
  secret: string;
  code: string;
  now: Date;
  lastUsedStep?: number | null;
}): TotpVerification {
  const code = input.code.replace(/[\s-]/g, '');
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return { ok: false, reason: 'malformed' };
  const typed = Buffer.from(code);
  const current = totpStep(input.now);
  const last = input.lastUsedStep ?? -1;
  let fresh: number | undefined;
  let stale = false;
  // Every step in the window is computed and compared, so timing does not reveal which one matched.
  for (let step = current - TOTP_WINDOW_STEPS; step <= current + TOTP_WINDOW_STEPS; step++) {
    const matches = timingSafeEqual(Buffer.from(codeAtStep(input.secret, step)), typed);
    if (matches && step > last) fresh ??= step;
    else if (matches) stale = true;
  }
  if (fresh !== undefined) return { ok: true, step: fresh };
  return { ok: false, reason: stale ? 'replayed' : 'invalid' };
}

function codeAtStep(secret: string, step: number): string {
  return generateSync({
    secret,
    epoch: step * TOTP_PERIOD_SECONDS,
    period: TOTP_PERIOD_SECONDS,
    digits: TOTP_DIGITS,
    algorithm: 'sha1',
  });
}
