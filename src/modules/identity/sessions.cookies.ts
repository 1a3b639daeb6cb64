// The cookies of a browser session, read and written by hand (two cookies do not justify a
// dependency). The session token is HttpOnly; the CSRF token is readable by the page, which
// copies it into the x-csrf-token header of every write (double submit).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'custos_session';
export const CSRF_COOKIE = 'custos_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const IDLE_EXPIRES_HEADER = 'x-custos-idle-expires-in';

/** Methods that change state: a cookie-authenticated one must carry the CSRF header. */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The cookies of a Cookie header. The first of two cookies with one name wins (RFC 6265 sends the
 * most specific path first); values that are not valid percent-encoding are kept as sent.
 *
 * @example
 *   parseCookies('a=1; custos_csrf=x%2Fy'); // { a: '1', custos_csrf: 'x/y' }
 */
export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    if (!name || name in out) continue;
    const raw = part.slice(eq + 1).trim();
    try {
      out[name] = decodeURIComponent(raw);
    } catch {
      out[name] = raw;
    }
  }
  return out;
}

/**
 * The Set-Cookie values that start a browser session. Max-Age follows the absolute lifetime, so
 * the browser drops the cookie when the server would refuse it anyway.
 *
 * @example
 *   reply.header('set-cookie', sessionCookies({ sessionToken, csrfToken, maxAgeSeconds: 43200 }));
 */
export function sessionCookies(input: { sessionToken: string; csrfToken: string; maxAgeSeconds: number }): string[] {
  const age = Math.max(0, Math.floor(input.maxAgeSeconds));
  return [
    `${SESSION_COOKIE}=${input.sessionToken}; Path=/; Max-Age=${age}; HttpOnly; Secure; SameSite=Strict`,
    `${CSRF_COOKIE}=${input.csrfToken}; Path=/; Max-Age=${age}; Secure; SameSite=Strict`,
  ];
}

/** The Set-Cookie values that make the browser forget both cookies. */
export function clearedSessionCookies(): string[] {
  return [
    `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict`,
    `${CSRF_COOKIE}=; Path=/; Max-Age=0; Secure; SameSite=Strict`,
  ];
}

/** A fresh CSRF token (256 random bits, base64url) and the digest the session row keeps. */
export function generateCsrfToken(random: (size: number) => Uint8Array = randomBytes): { token: string; hash: Buffer } {
  const token = Buffer.from(random(32)).toString('base64url');
  return { token, hash: sha256(token) };
}

/**
 * Double-submit check: the header and the cookie are the same value, and it is the one issued with
 * this session. Compared as digests in constant time.
 *
 * @example
 *   csrfMatches({ header, cookie, storedHash: row.csrf_hash }); // false when either is missing
 */
export function csrfMatches(input: { header: string | undefined; cookie: string | undefined; storedHash: Uint8Array }): boolean {
  const { header, cookie } = input;
  if (!header || !cookie) return false;
  const fromHeader = sha256(header);
  const fromCookie = sha256(cookie);
  const stored = Buffer.from(input.storedHash);
  if (stored.length !== fromHeader.length) return false;
  // Both comparisons always run, so timing does not say which one failed.
  const headerOk = timingSafeEqual(fromHeader, stored);
  const cookieOk = timingSafeEqual(fromCookie, stored);
  return headerOk && cookieOk;
}

export function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
