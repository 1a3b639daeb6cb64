// When the idle-expiry warning shows. Pure, so the timing is tested without a browser or a clock.

export type TExpiryPhase = 'active' | 'warning' | 'expired';

export interface TExpiryStatus {
  phase: TExpiryPhase;
  /** Milliseconds until idle sign-out (0 once expired). */
  msLeft: number;
  /** Milliseconds until the phase changes by itself; undefined once expired. */
  msUntilNextPhase: number | undefined;
}

/** The warning shows a minute before the server signs an idle session out. */
export const DEFAULT_WARN_BEFORE_MS = 60_000;

/**
 * Where a session stands at `now` given the local time at which it expires.
 *
 * @example
 *   expiryStatus(0, 15 * 60_000, 60_000); // { phase: 'active', msLeft: 900000, msUntilNextPhase: 840000 }
 */
export function expiryStatus(now: number, expiresAt: number, warnBeforeMs: number = DEFAULT_WARN_BEFORE_MS): TExpiryStatus {
  const msLeft = Math.max(0, expiresAt - now);
  if (msLeft === 0) return { phase: 'expired', msLeft, msUntilNextPhase: undefined };
  if (msLeft <= warnBeforeMs) return { phase: 'warning', msLeft, msUntilNextPhase: msLeft };
  return { phase: 'active', msLeft, msUntilNextPhase: msLeft - warnBeforeMs };
}

/**
 * The time left as a person reads it on a countdown: '0:59', '2:05'. Rounded up, so the
 * countdown never shows 0:00 while the session is still alive.
 *
 * @example
 *   formatCountdown(59_001); // '1:00'
 */
export function formatCountdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
