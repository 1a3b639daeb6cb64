// Pure rules for when and how long to wait before calling a provider again. No I/O, so the
// arithmetic is tested without a server or a clock.

/** Statuses worth another attempt: the provider is busy or broken, not refusing the request. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Exponential backoff with full jitter (a uniformly random wait up to the exponential step), so
 * many Custos instances that hit the same overloaded provider do not retry in lockstep.
 *
 * @example
 *   backoffDelayMs(0, { baseMs: 500, maxMs: 20_000, random: () => 0.5 }); // 250
 *   backoffDelayMs(3, { baseMs: 500, maxMs: 20_000, random: () => 1 });   // 4000
 */
export function backoffDelayMs(retry: number, options: { baseMs: number; maxMs: number; random: () => number }): number {
  const step = Math.min(options.maxMs, options.baseMs * 2 ** retry);
  const r = Math.min(1, Math.max(0, options.random()));
  return Math.round(step * r);
}

/**
 * How long the provider asked us to wait, in ms, or undefined when it did not say. Reads
 * `retry-after-ms` (OpenAI) first, then `Retry-After` as seconds or as an HTTP date.
 *
 * @example
 *   retryAfterMs(new Headers({ 'retry-after': '2' }), new Date()); // 2000
 */
export function retryAfterMs(headers: Headers, now: Date): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && /^\d+(\.\d+)?$/.test(ms.trim())) return Math.ceil(Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.ceil(Number(value) * 1000);
  // Only an HTTP date (it names a weekday and month); Date.parse would read '-4' as a year.
  if (!/^[A-Za-z]{3}, /.test(value)) return undefined;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now.getTime());
}

/**
 * The wait before retry number `retry` (0-based): what the provider asked for when it said, else
 * the jittered backoff. `giveUp` when the provider asks for longer than we are willing to hold a
 * request open; then the caller is told to come back later instead.
 */
export function nextDelay(
  retry: number,
  askedMs: number | undefined,
  options: { baseMs: number; maxMs: number; random: () => number },
): { delayMs: number; giveUp: boolean } {
  if (askedMs !== undefined) return { delayMs: askedMs, giveUp: askedMs > options.maxMs };
  return { delayMs: backoffDelayMs(retry, options), giveUp: false };
}

// Certificate problems do not heal by retrying, and retrying them would only hide a
// misconfiguration (or an interception) behind a slower failure.
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

const SAFE_TOKEN = /^[A-Za-z0-9_.:-]{1,80}$/;

/** The first error code along an error's cause chain (fetch wraps socket errors twice). */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && SAFE_TOKEN.test(code)) return code;
    const inner = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.length > 0) {
      const nested = errorCode(inner[0]);
      if (nested) return nested;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function isTlsFailure(code: string | undefined): boolean {
  return code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_'));
}

/** A provider's error type or code, kept only when it is a plain token (never free text). */
export function safeToken(value: unknown): string | undefined {
  return typeof value === 'string' && SAFE_TOKEN.test(value) ? value : undefined;
}
