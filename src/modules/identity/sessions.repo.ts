// The only SQL on sessions (and the read of the organization's session settings). Ending a
// session is a conditional update (`ended_at is null`), so when two requests or two instances race
// to end the same session, exactly one of them gets it back and audits it.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { UsersTable } from '../../db/schema';
import type { SessionEndReason, SessionsTable } from './identity.tables';

export type TSessionRow = Selectable<SessionsTable>;

export interface TSessionWithUser extends TSessionRow {
  role: UsersTable['role'];
  patient_id: string | null;
  user_status: UsersTable['status'];
}

export interface TSessionPolicy {
  idleTimeoutMinutes: number;
  sessionLifetimeHours: number;
  passwordMaxAgeDays: number | null;
}

/** The defaults of migration 0004 when an organization has no settings row. */
export const DEFAULT_SESSION_POLICY: TSessionPolicy = Object.freeze({ idleTimeoutMinutes: 15, sessionLifetimeHours: 12, passwordMaxAgeDays: null });

export async function findSessionPolicy(db: Db, organizationId: string): Promise<TSessionPolicy> {
  const row = await db
    .selectFrom('organization_settings')
    .select(['idle_timeout_minutes', 'session_lifetime_hours', 'password_max_age_days'])
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  if (!row) return DEFAULT_SESSION_POLICY;
  return { idleTimeoutMinutes: row.idle_timeout_minutes, sessionLifetimeHours: row.session_lifetime_hours, passwordMaxAgeDays: row.password_max_age_days };
}

export async function insertSession(db: Db, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A session by its token digest, ended or not, with the role and status of its user. */
export async function findSessionByTokenHash(db: Db, tokenHash: Buffer): Promise<TSessionWithUser | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', (j) => j.onRef('users.id', '=', 'sessions.user_id').onRef('users.organization_id', '=', 'sessions.organization_id'))
    .selectAll('sessions')
    .select(['users.role as role', 'users.patient_id as patient_id', 'users.status as user_status'])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Activity: pushes the idle deadline to now + the organization's idle timeout (read in the same
 * statement, so a changed setting applies at the next request), never past the absolute one.
 * Returns the new idle deadline, or undefined if the session ended meanwhile.
 */
export async function slideSession(db: Db, input: { id: string; now: Date }): Promise<Date | undefined> {
  const result = await sql<{ idle_expires_at: Date | string }>`
    update sessions s
       set last_seen_at = ${input.now}::timestamptz,
           idle_expires_at = least(
             ${input.now}::timestamptz + make_interval(mins => coalesce(
               (select o.idle_timeout_minutes from organization_settings o where o.organization_id = s.organization_id), 15)),
             s.absolute_expires_at)
     where s.id = ${input.id} and s.ended_at is null
       and s.idle_expires_at > ${input.now}::timestamptz and s.absolute_expires_at > ${input.now}::timestamptz
 returning s.idle_expires_at`.execute(db);
  const row = result.rows[0];
  return row ? new Date(row.idle_expires_at) : undefined;
}

/** Ends one active session; true if this call ended it. */
export async function endSession(db: Db, input: { id: string; now: Date; reason: SessionEndReason; userId?: string }): Promise<boolean> {
  let query = db.updateTable('sessions').set({ ended_at: input.now, end_reason: input.reason }).where('id', '=', input.id).where('ended_at', 'is', null);
  if (input.userId) query = query.where('user_id', '=', input.userId);
  const rows = await query.returning('id').execute();
  return rows.length === 1;
}

/** Ends a session that is past a deadline, with the matching reason; true if this call ended it. */
export async function endSessionIfExpired(db: Db, input: { id: string; now: Date; reason: 'idle' | 'expired' }): Promise<boolean> {
  const deadline = input.reason === 'idle' ? 'idle_expires_at' : 'absolute_expires_at';
  const rows = await db
    .updateTable('sessions')
    .set({ ended_at: input.now, end_reason: input.reason })
    .where('id', '=', input.id)
    .where('ended_at', 'is', null)
    .where(deadline, '<=', input.now)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Ends every active session of a user (except one, e.g. the one changing the password); returns their ids. */
export async function endUserSessions(
  db: Db,
  input: { organizationId: string; userId: string; now: Date; reason: SessionEndReason; exceptSessionId?: string },
): Promise<string[]> {
  let query = db
    .updateTable('sessions')
    .set({ ended_at: input.now, end_reason: input.reason })
    .where('organization_id', '=', input.organizationId)
    .where('user_id', '=', input.userId)
    .where('ended_at', 'is', null);
  if (input.exceptSessionId) query = query.where('id', '!=', input.exceptSessionId);
  const rows = await query.returning('id').execute();
  return rows.map((r) => r.id);
}

/** A user's sessions that are alive at `now`, newest first. */
export async function listLiveSessions(db: Db, input: { organizationId: string; userId: string; now: Date }): Promise<TSessionRow[]> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .where('organization_id', '=', input.organizationId)
    .where('user_id', '=', input.userId)
    .where('ended_at', 'is', null)
    .where('idle_expires_at', '>', input.now)
    .where('absolute_expires_at', '>', input.now)
    .orderBy('created_at', 'desc')
    .execute();
}

/**
 * Replaces the session's token and CSRF digests (the old cookie stops working) and sets its
 * stage and deadlines: run when the second factor succeeds, against session fixation.
 */
export async function rotateSession(
  db: Db,
  input: { id: string; tokenHash: Buffer; csrfHash: Buffer; stage: 'mfa' | 'full'; now: Date; idleExpiresAt: Date; absoluteExpiresAt: Date },
): Promise<boolean> {
  const rows = await db
    .updateTable('sessions')
    .set({ token_hash: input.tokenHash, csrf_hash: input.csrfHash, stage: input.stage, last_seen_at: input.now, idle_expires_at: input.idleExpiresAt, absolute_expires_at: input.absoluteExpiresAt })
    .where('id', '=', input.id)
    .where('ended_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Sessions past a deadline that nobody has ended yet (the sweeper ends and audits them). */
export async function findOverdueSessions(db: Db, now: Date, limit: number): Promise<Array<Pick<TSessionRow, 'id' | 'organization_id' | 'user_id' | 'idle_expires_at' | 'absolute_expires_at'>>> {
  return db
    .selectFrom('sessions')
    .select(['id', 'organization_id', 'user_id', 'idle_expires_at', 'absolute_expires_at'])
    .where('ended_at', 'is', null)
    .where((eb) => eb.or([eb('idle_expires_at', '<=', now), eb('absolute_expires_at', '<=', now)]))
    .limit(limit)
    .execute();
}
