// The door every service passes before acting for someone: load the actor, ask decide(), record a
// denial in the audit log, and hand an allow back with the audit entry the caller appends in the
// transaction that does the work. It runs before that transaction opens: a denial must be written
// outside it (so the caller's rollback cannot take it along), and embedded PGlite has a single
// connection, so a second write while a transaction holds it would wait forever.
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import type { TAuditEntryInput } from '../audit/audit.types';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { Action, Actor, Decision, Purpose, Resource } from './access.types';
import { defaultPurpose, loadActor } from './actor-loader';
import { decide } from './policy';

export interface AuthorizeDeps {
  /** The root database: denials are recorded here. */
  db: Db;
  audit: Pick<AuditService, 'appendAudit'>;
  clock: AppClock;
}

export interface AuthorizeInput {
  auth: TAuth;
  action: Action;
  resource: Resource;
  /** Default: defaultPurpose(auth) (a token's own purpose, else the role's usual one). */
  purpose?: Purpose;
  requestContext: TRequestContext;
  /**
   * The patient an organization-level action is about (e.g. a legal hold on one patient), so its
   * audit entry, allowed or denied, is filed under that patient. Never widens the decision.
   */
  subjectId?: string;
}

/** What the audit entry of an allowed operation may add or change. */
export interface AuditEntryOverrides {
  action?: string;
  resourceType?: string;
  resourceId?: string | null;
  details?: Record<string, unknown>;
}

export interface Authorization {
  decision: Decision;
  actor: Actor;
  /** The time the decision was taken at (use it for the operation too). */
  now: Date;
  /**
   * The audit entry of the allowed operation, to append in the caller's transaction: actor,
   * purpose, subject, reason codes, flags (break_glass, audit_review, access_token), grant and
   * token ids are filled in; the caller adds the record id and any details.
   */
  auditEntry(overrides?: AuditEntryOverrides): TAuditEntryInput;
}

/** `db`: the root database (not a transaction; see the file comment). */
export type Authorize = (db: Db, input: AuthorizeInput) => Promise<Authorization>;

/**
 * @example
 *   const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
 *   const granted = await authorize(ctx.db, { auth, action: 'record.read', requestContext,
 *     resource: { kind: 'record', organizationId, patientId, resourceType: 'Observation' } }); // throws 403 on deny
 *   await ctx.db.transaction().execute(async (trx) => {
 *     const rows = await readObservations(trx, patientId);
 *     await ctx.audit.appendAudit(trx, granted.auditEntry({ resourceId: rows[0]?.id }));
 *   });
 */
export function createAuthorize(deps: AuthorizeDeps): Authorize {
  return async (db, input) => {
    if (db.isTransaction) {
      // Fails fast on both engines; on PGlite the denial's audit write would otherwise deadlock.
      throw new AppError('internal', 'authorize() must run before the transaction that does the work');
    }
    const now = deps.clock.now();
    const purpose = input.purpose ?? defaultPurpose(input.auth);
    const patientId = input.resource.kind === 'record' || input.resource.kind === 'patient' ? input.resource.patientId : undefined;
    const actor = await loadActor(db, input.auth, purpose, { now, ...(patientId ? { patientId } : {}) });
    const decision = decide(actor, input.action, input.resource, now);
    const auditEntry = (overrides: AuditEntryOverrides = {}): TAuditEntryInput =>
      decisionAuditEntry({ actor, action: input.action, resource: input.resource, decision, requestContext: input.requestContext, overrides, ...(input.subjectId ? { subjectId: input.subjectId } : {}) });
    if (decision.effect === 'deny') {
      await deps.audit.appendAudit(deps.db, auditEntry());
      throw forbidden(decision);
    }
    return { decision, actor, now, auditEntry };
  };
}

/** The 403 for a denial: the reasons' sentences (PHI-free by contract) and their codes. */
export function forbidden(decision: Pick<Decision, 'reasons'>): AppError {
  const message = decision.reasons.map((r) => r.message).join(' ') || 'Not allowed.';
  return new AppError('forbidden', message, { reasons: decision.reasons.map((r) => r.code) });
}

/**
 * The audit entry describing a decision: reason codes in clear (searchable, never PHI), flags and
 * the grant and token ids in the encrypted details, the patient as subject.
 */
export function decisionAuditEntry(input: {
  actor: Actor;
  action: string;
  resource: Resource;
  decision: Decision;
  requestContext: TRequestContext;
  overrides?: AuditEntryOverrides;
  /** The patient an organization-level action is about (AuthorizeInput.subjectId). */
  subjectId?: string;
}): TAuditEntryInput {
  const { actor, resource, decision, requestContext, overrides = {} } = input;
  const subjectId = resource.kind === 'record' || resource.kind === 'patient' ? resource.patientId : (input.subjectId ?? null);
  return {
    organizationId: actor.organizationId,
    actorId: actor.userId,
    actorRole: actor.role,
    action: overrides.action ?? input.action,
    resourceType: overrides.resourceType ?? resourceTypeOf(resource),
    resourceId: overrides.resourceId ?? defaultResourceId(resource),
    subjectId,
    purpose: actor.purpose,
    outcome: decision.effect,
    reason: decision.reasons.map((r) => r.code).join(',').slice(0, 2000) || null,
    requestId: requestContext.requestId,
    clientIp: requestContext.clientAddress,
    details: {
      flags: decision.flags,
      ...(decision.grantId ? { grantId: decision.grantId } : {}),
      ...(decision.tokenId ? { tokenId: decision.tokenId } : {}),
      ...overrides.details,
    },
  };
}

function resourceTypeOf(resource: Resource): string {
  switch (resource.kind) {
    case 'record':
      return resource.resourceType;
    case 'patient':
      return 'Patient';
    default:
      return resource.kind;
  }
}

function defaultResourceId(resource: Resource): string | null {
  if (resource.kind === 'patient') return resource.patientId;
  if (resource.kind === 'organization') return resource.organizationId;
  return null;
}
