// Break-glass: a clinician outside the care team opens a patient's chart for a limited time after
// giving a reason (and, alike, a compliance officer opens a read-only audit review of one chart). The grant, its audit entry (flag break_glass) and an alert commit together; the
// grant then waits in the compliance officer's review queue. Reasons and review notes may describe
// the patient, so they are ciphertext under the patient's data key.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import { insertAlert } from '../alerts/alerts.repo';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import { decryptEmail, decryptProfile } from '../identity/user-fields';
import { findUserById } from '../identity/users.repo';
import { findGrantForUpdate, insertAccessGrant, listUnreviewedGrants, recordGrantReview } from './access-grants.repo';
import type { Authorize } from './authorize';
import type { AccessGrant } from './access.types';
import { GRANT_RULES, requestAuditReview, requestBreakGlass } from './break-glass';
import { findBreakGlassHours, findPatient } from './directory.repo';

const HOUR_MS = 60 * 60 * 1000;
/** Codes of requestBreakGlass about the request itself (400), as opposed to the policy (403). */
const REQUEST_PROBLEMS = new Set(['reason_required', 'reason_too_short', 'reason_too_long', 'reason_not_meaningful', 'duration_out_of_range']);

export interface BreakGlassServiceDeps {
  db: Db;
  audit: Pick<AuditService, 'appendAudit' | 'appendAuditBatch'>;
  crypto: CryptoService;
  authorize: Authorize;
}

export interface TOpenedGrant {
  id: string;
  patientId: string;
  grantedAt: Date;
  expiresAt: Date;
}

interface OpenGrantInput {
  auth: TAuth;
  patientId: string;
  reason: string;
  requestContext: TRequestContext;
}

export interface TBreakGlassReview {
  id: string;
  userId: string;
  /** The clinician's name, or their email when no name is on file. */
  clinician: string;
  patientId: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface BreakGlassService {
  /** A clinician outside the care team: flagged, alerted, queued for review. */
  openBreakGlass(input: OpenGrantInput): Promise<TOpenedGrant>;
  /** A compliance officer's read-only look at one patient's chart for a case (flag audit_review). */
  openAuditReview(input: OpenGrantInput): Promise<TOpenedGrant>;
  /** Grants waiting for review, oldest first, with their reasons (compliance officers). */
  listOpenReviews(input: { auth: TAuth; requestContext: TRequestContext }): Promise<TBreakGlassReview[]>;
  reviewBreakGlass(input: { auth: TAuth; grantId: string; outcome: 'appropriate' | 'inappropriate'; note: string | null; requestContext: TRequestContext }): Promise<{ id: string; outcome: 'appropriate' | 'inappropriate'; reviewedAt: Date; revoked: boolean }>;
}

/**
 * @example
 *   const breakGlass = createBreakGlassService({ db: ctx.db, audit: ctx.audit, crypto: ctx.crypto, authorize });
 *   const grant = await breakGlass.openBreakGlass({ auth, patientId, reason, requestContext });
 */
export function createBreakGlassService(deps: BreakGlassServiceDeps): BreakGlassService {
  const { db, audit, crypto } = deps;
  const reasonBinding = (organizationId: string, patientId: string, grantId: string, column: 'reason_ct' | 'review_note_ct') => ({
    organizationId,
    subjectId: patientId,
    table: 'access_grants',
    column,
    rowId: grantId,
  });

  const GRANT_KINDS = {
    break_glass: { action: 'patient.break_glass', purpose: 'treatment', request: requestBreakGlass },
    audit_review: { action: 'patient.open_audit_review', purpose: 'audit_review', request: requestAuditReview },
  } as const;

  async function openGrant(kind: AccessGrant['kind'], { auth, patientId, reason, requestContext }: OpenGrantInput): Promise<TOpenedGrant> {
    if (auth.kind !== 'session') throw new AppError('forbidden', 'This access needs a signed-in person, not an access token');
    const rules = GRANT_KINDS[kind];
    const stored = await findPatient(db, patientId);
    // An unknown patient is treated as one of the caller's organization: the policy answers
    // first, so the answer says nothing about whether the patient exists to those it denies.
    const organizationId = stored?.organizationId ?? auth.organizationId;
    const patient = { organizationId, patientId };
    const granted = await deps.authorize(db, { auth, action: rules.action, resource: { kind: 'patient', ...patient }, purpose: rules.purpose, requestContext });
    if (!stored) throw new AppError('not_found', 'No such patient');

    let durationMs: number = GRANT_RULES[kind].defaultDurationMs;
    if (kind === 'break_glass') {
      const hours = await findBreakGlassHours(db, organizationId);
      // The organization may shorten break-glass, never stretch it past the policy's maximum.
      if (hours !== undefined) durationMs = Math.min(hours * HOUR_MS, GRANT_RULES.break_glass.maxDurationMs);
    }
    const result = rules.request({ actor: granted.actor, patient, reason, now: granted.now, durationMs });
    if (!result.ok) {
      const requestProblem = result.reasons.every((r) => REQUEST_PROBLEMS.has(r.code));
      const message = result.reasons.map((r) => r.message).join(' ');
      throw requestProblem
        ? new AppError('validation_failed', message, { fields: [{ location: 'body', path: 'reason', problem: message }] })
        : new AppError('forbidden', message);
    }
    const grant = { id: randomUUID(), ...result.grant };
    await db.transaction().execute(async (trx) => {
      const reasonCt = await crypto.encryptForSubject(trx, reasonBinding(organizationId, patientId, grant.id, 'reason_ct'), Buffer.from(grant.reason, 'utf8'));
      await insertAccessGrant(trx, { ...grant, reasonCt });
      const entry = granted.auditEntry({
        action: `${kind}.opened`,
        resourceType: 'access_grant',
        resourceId: grant.id,
        details: { flags: [kind], grantId: grant.id, reason: grant.reason, expiresAt: grant.expiresAt.toISOString() },
      });
      const { id: auditEntryId } = await audit.appendAudit(trx, entry);
      // Break-glass is the event monitoring watches; an audit review is the officer's own work.
      if (kind === 'break_glass') {
        await insertAlert(trx, {
          organizationId,
          kind: 'break_glass',
          severity: 'warning',
          summary: 'Break-glass access opened outside the care team; review required',
          userId: auth.userId,
          patientId,
          auditEntryId,
          at: grant.grantedAt,
        });
      }
    });
    return { id: grant.id, patientId, grantedAt: grant.grantedAt, expiresAt: grant.expiresAt };
  }

  return {
    openBreakGlass: (input) => openGrant('break_glass', input),
    openAuditReview: (input) => openGrant('audit_review', input),

    async listOpenReviews({ auth, requestContext }) {
      const granted = await deps.authorize(db, { auth, action: 'break_glass.review', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext });
      const rows = await listUnreviewedGrants(db, { organizationId: auth.organizationId, kind: 'break_glass', limit: 100 });
      const reviews: TBreakGlassReview[] = [];
      const names = new Map<string, string>();
      for (const r of rows) {
        if (!names.has(r.user_id)) names.set(r.user_id, await staffName(db, crypto, r.organization_id, r.user_id));
        const reason = await crypto.decryptForSubject(db, reasonBinding(r.organization_id, r.patient_id, r.id, 'reason_ct'), r.reason_ct);
        reviews.push({
          id: r.id,
          userId: r.user_id,
          clinician: names.get(r.user_id) ?? 'Unknown user',
          patientId: r.patient_id,
          reason: reason.toString('utf8'),
          grantedAt: new Date(r.granted_at),
          expiresAt: new Date(r.expires_at),
          revokedAt: r.revoked_at ? new Date(r.revoked_at) : null,
        });
      }
      // Each reason shown is about a patient: one entry per grant, so it shows under that patient.
      if (reviews.length > 0) {
        await audit.appendAuditBatch(
          db,
          reviews.map((r) => ({ ...granted.auditEntry({ action: 'break_glass.review_read', resourceType: 'access_grant', resourceId: r.id, details: { grantId: r.id } }), subjectId: r.patientId })),
        );
      }
      return reviews;
    },

    async reviewBreakGlass({ auth, grantId, outcome, note, requestContext }) {
      const granted = await deps.authorize(db, { auth, action: 'break_glass.review', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext });
      const now = granted.now;
      return db.transaction().execute(async (trx) => {
        const grant = await findGrantForUpdate(trx, auth.organizationId, grantId);
        if (!grant || grant.kind !== 'break_glass') throw new AppError('not_found', 'No such break-glass grant');
        if (grant.reviewed_at !== null) throw new AppError('conflict', 'This break-glass access has been reviewed already');
        const noteCt = note ? await crypto.encryptForSubject(trx, reasonBinding(grant.organization_id, grant.patient_id, grant.id, 'review_note_ct'), Buffer.from(note, 'utf8')) : null;
        // Access judged inappropriate ends now if it is still running.
        const revoke = outcome === 'inappropriate' && grant.revoked_at === null && now.getTime() < new Date(grant.expires_at).getTime();
        await recordGrantReview(trx, { organizationId: auth.organizationId, grantId, reviewedBy: auth.userId, outcome, noteCt, at: now, revoke });
        const entry = granted.auditEntry({
          action: 'break_glass.reviewed',
          resourceType: 'access_grant',
          resourceId: grantId,
          details: { grantId, outcome, revoked: revoke, ...(note ? { note } : {}) },
        });
        const { id: auditEntryId } = await audit.appendAudit(trx, { ...entry, subjectId: grant.patient_id });
        if (outcome === 'inappropriate') {
          await insertAlert(trx, {
            organizationId: auth.organizationId,
            kind: 'break_glass_inappropriate',
            severity: 'critical',
            summary: 'A break-glass access was judged inappropriate in review',
            userId: grant.user_id,
            patientId: grant.patient_id,
            auditEntryId,
            at: now,
          });
        }
        return { id: grantId, outcome, reviewedAt: now, revoked: revoke };
      });
    },
  };
}

async function staffName(db: Db, crypto: CryptoService, organizationId: string, userId: string): Promise<string> {
  const user = await findUserById(db, organizationId, userId);
  if (!user) return 'Unknown user';
  const { name } = await decryptProfile(crypto, db, user);
  return name ?? (await decryptEmail(crypto, db, user));
}
