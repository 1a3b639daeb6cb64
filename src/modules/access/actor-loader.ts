// Builds the policy's Actor from an authenticated request: role and patient from the credential,
// care-team assignments and grants from the database, so decide() never waits on I/O.
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import { listGrantsOfUser } from './access-grants.repo';
import type { AccessGrant, Actor, Purpose } from './access.types';
import { careTeamFromAssignments, noCareTeam } from './care-team';
import { findCareTeamAssignments } from './care-teams.repo';

/**
 * The purpose a caller acts under when it names none: a token's own purpose, else the usual one
 * of the role (a patient's own request, a clinician's treatment, a compliance officer's audit
 * review, an admin's operations).
 *
 * @example
 *   const purpose = query.purpose ?? defaultPurpose(auth);
 */
export function defaultPurpose(auth: TAuth): Purpose {
  if (auth.kind === 'token') return auth.token.scope.purpose;
  switch (auth.role) {
    case 'patient':
      return 'patient_request';
    case 'clinician':
      return 'treatment';
    case 'compliance_officer':
      return 'audit_review';
    default:
      return 'operations';
  }
}

/**
 * Loads the actor for decide(). With `patientId`, only what concerns that patient is read (the
 * usual case: one request, one patient), which keeps the cost at three small indexed queries.
 *
 * @example
 *   const actor = await loadActor(trx, auth, 'treatment', { patientId, now: clock.now() });
 *   const decision = decide(actor, 'record.read', resource, now);
 */
export async function loadActor(db: Db, auth: TAuth, purpose: Purpose, options: { patientId?: string; now: Date }): Promise<Actor> {
  const who = { organizationId: auth.organizationId, userId: auth.userId, ...(options.patientId ? { patientId: options.patientId } : {}) };
  // Only clinicians have care teams; only clinicians and compliance officers hold grants.
  const [careTeam, grants] = await Promise.all([
    auth.role === 'clinician' ? findCareTeamAssignments(db, who).then(careTeamFromAssignments) : Promise.resolve(noCareTeam()),
    auth.role === 'clinician' || auth.role === 'compliance_officer' ? findGrantsForActor(db, { ...who, now: options.now }) : Promise.resolve([]),
  ]);
  return {
    userId: auth.userId,
    organizationId: auth.organizationId,
    role: auth.role,
    purpose,
    patientId: auth.patientId,
    careTeam,
    grants,
    token: auth.kind === 'token' ? auth.token : null,
  };
}

// Grants that ended more than this long ago are not loaded (they no longer change a decision).
const LAPSED_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Grants as the policy sees them. The reason is not decrypted: decide() never reads it, and a
 * grant's reason is shown only in the review queue.
 */
export async function findGrantsForActor(db: Db, q: { organizationId: string; userId: string; patientId?: string; now: Date }): Promise<AccessGrant[]> {
  const rows = await listGrantsOfUser(db, { ...q, lapsedSince: new Date(q.now.getTime() - LAPSED_WINDOW_MS) });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    organizationId: r.organization_id,
    userId: r.user_id,
    patientId: r.patient_id,
    reason: '',
    grantedAt: new Date(r.granted_at),
    expiresAt: new Date(r.expires_at),
    revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
  }));
}
