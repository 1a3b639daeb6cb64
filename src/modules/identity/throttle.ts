// Throttling policy for sign-in, pure: how many failures lock what, for how long, and what the
// person is told. The counters themselves live in PostgreSQL (throttle.repo.ts) so every server
// instance on one database sees the same counts.

export type ThrottleScope = 'account' | 'client';

export interface ThrottleRule {
  /** Failures within `windowSeconds` that lock the key. */
  maxFailures: number;
  windowSeconds: number;
  /** First lockout; each further lockout within `memorySeconds` doubles it, up to `maxLockSeconds`. */
  baseLockSeconds: number;
  maxLockSeconds: number;
  /** How long a past lockout counts toward doubling. */
  memorySeconds: number;
}

/**
 * Five wrong passwords or codes in 15 minutes lock an account for 15 minutes (30, 60, ... up to a
 * day on repeats within a day); fifty failures from one address in 15 minutes lock that address.
 * An account key exists for every email typed, registered or not, so a lock says nothing about
 * whether the account exists.
 */
export const THROTTLE_RULES: Readonly<Record<ThrottleScope, ThrottleRule>> = Object.freeze({
  account: { maxFailures: 5, windowSeconds: 15 * 60, baseLockSeconds: 15 * 60, maxLockSeconds: 24 * 3600, memorySeconds: 24 * 3600 },
  client: { maxFailures: 50, windowSeconds: 15 * 60, baseLockSeconds: 15 * 60, maxLockSeconds: 24 * 3600, memorySeconds: 24 * 3600 },
});

/**
 * Length of the n-th lockout (n counted from 1).
 *
 * @example
 *   lockSeconds(THROTTLE_RULES.account, 1); // 900
 *   lockSeconds(THROTTLE_RULES.account, 3); // 3600
 */
export function lockSeconds(rule: ThrottleRule, lockoutNumber: number): number {
  const n = Math.max(1, Math.floor(lockoutNumber));
  // 2^(n-1) overflows nothing below n = 1024; the cap applies long before.
  return Math.min(rule.maxLockSeconds, rule.baseLockSeconds * 2 ** Math.min(n - 1, 30));
}

/** Whole seconds until `until`, at least 1 (a Retry-After of 0 would invite an instant retry). */
export function secondsUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}

/**
 * What a locked-out person reads: what happened and when to try again, the same words whether or
 * not the account exists.
 *
 * @example
 *   lockoutMessage('account', 900); // 'Too many failed sign-in attempts for this account. Try again in 15 minutes.'
 */
export function lockoutMessage(scope: ThrottleScope, retryAfterSeconds: number): string {
  const who = scope === 'account' ? 'for this account' : 'from your network address';
  return `Too many failed sign-in attempts ${who}. Try again in ${describeDuration(retryAfterSeconds)}.`;
}

/**
 * @example
 *   describeDuration(59); // '1 minute'
 *   describeDuration(7200); // '2 hours'
 */
export function describeDuration(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 120) return minutes === 1 ? '1 minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return `${hours} hours`;
}
