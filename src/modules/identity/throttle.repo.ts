// The only SQL on auth_throttle. Every change is one atomic statement (upsert or conditional
// update), so two server instances on one PostgreSQL count the same failures and exactly one of
// them applies a lockout.
import { sql } from 'kysely';
import type { Db } from '../../db/client';
import type { ThrottleScope } from './throttle';

export interface TThrottleKey {
  scope: ThrottleScope;
  key: Buffer;
}

export interface TThrottleState {
  scope: ThrottleScope;
  failures: number;
  lockedUntil: Date | null;
  lockouts: number;
}

const toState = (r: { scope: ThrottleScope; failures: number; locked_until: Date | string | null; lockouts: number }): TThrottleState => ({
  scope: r.scope,
  failures: r.failures,
  lockedUntil: r.locked_until === null ? null : new Date(r.locked_until),
  lockouts: r.lockouts,
});

/** The keys that are locked at `now`. */
export async function findActiveLocks(db: Db, keys: readonly TThrottleKey[], now: Date): Promise<TThrottleState[]> {
  if (keys.length === 0) return [];
  const rows = await db
    .selectFrom('auth_throttle')
    .select(['scope', 'failures', 'locked_until', 'lockouts'])
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('scope', '=', k.scope), eb('key', '=', k.key)]))))
    .where('locked_until', '>', now)
    .execute();
  return rows.map(toState);
}

/**
 * Counts one failure: starts a new window when the old one is over, else adds one. Returns the
 * row as it is after the change.
 */
export async function incrementFailures(db: Db, k: TThrottleKey, input: { now: Date; windowSeconds: number }): Promise<TThrottleState> {
  const windowOver = sql<boolean>`auth_throttle.window_started_at <= ${input.now}::timestamptz - make_interval(secs => ${input.windowSeconds}::double precision)`;
  const row = await db
    .insertInto('auth_throttle')
    .values({ scope: k.scope, key: k.key, failures: 1, window_started_at: input.now, locked_until: null, lockouts: 0, updated_at: input.now })
    .onConflict((oc) =>
      oc.columns(['scope', 'key']).doUpdateSet({
        // Every SET expression reads the row as it was before this statement.
        failures: sql`case when ${windowOver} then 1 else auth_throttle.failures + 1 end`,
        window_started_at: sql`case when ${windowOver} then ${input.now}::timestamptz else auth_throttle.window_started_at end`,
        updated_at: input.now,
      }),
    )
    .returning(['scope', 'failures', 'locked_until', 'lockouts'])
    .executeTakeFirstOrThrow();
  return toState(row);
}

/**
 * Locks the key if it has reached `maxFailures` and is not locked already, resetting the count.
 * Returns the new state, or undefined when another request (or instance) locked it first or the
 * count is not reached: the caller reports a lockout only when it gets a state back.
 */
export async function lockIfDue(
  db: Db,
  k: TThrottleKey,
  input: { now: Date; maxFailures: number; lockedUntil: Date; lockouts: number },
): Promise<TThrottleState | undefined> {
  const row = await db
    .updateTable('auth_throttle')
    .set({ failures: 0, window_started_at: input.now, locked_until: input.lockedUntil, lockouts: input.lockouts, updated_at: input.now })
    .where('scope', '=', k.scope)
    .where('key', '=', k.key)
    .where('failures', '>=', input.maxFailures)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', input.now)]))
    .returning(['scope', 'failures', 'locked_until', 'lockouts'])
    .executeTakeFirst();
  return row ? toState(row) : undefined;
}

/** After a successful sign-in: the failure count starts over (lockout history stays, for doubling). */
export async function resetFailures(db: Db, k: TThrottleKey, now: Date): Promise<void> {
  await db.updateTable('auth_throttle').set({ failures: 0, window_started_at: now, updated_at: now }).where('scope', '=', k.scope).where('key', '=', k.key).where('failures', '>', 0).execute();
}
