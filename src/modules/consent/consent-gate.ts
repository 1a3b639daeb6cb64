// The ConsentGate (consent.contract.ts) the AI gateway asks before any disclosure. Runs entirely
// in the caller's `db` (its transaction, or the root database) and audits its decision there as
// 'consent.check' (subject = the patient, reasons in clear, what was asked in sealed details).
// A caller that gets 'approval_required' must commit: the pending request it created is what the
// patient answers.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import type { ConsentGate, TConsentDecision, TConsentReason, TDisclosureRequest } from './consent.contract';
import { checkApproval, findCoveringGrant, type TGrantFacts } from './consent-decide';
import { openApprovalRequest, openTerms, sealApprovalRequest, type ConsentCrypto } from './consent-store';
import * as repo from './consent.repo';
import type { TApprovalRequest } from './consent.types';

/** How long a patient has to answer an approval request, and to use it once approved. */
export const APPROVAL_TTL_MS = 30 * 60_000;

export interface ConsentGateDeps {
  crypto: ConsentCrypto;
  audit: Pick<AuditService, 'appendAudit'>;
  clock: AppClock;
}

/**
 * @example
 *   const gate = createConsentGate({ crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock });
 *   const decision = await gate.checkDisclosure(trx, { organizationId, patientId, recipient, ... });
 *   if (decision.kind === 'approval_required') return reply.code(202).send({ approvalId: decision.approvalId });
 */
export function createConsentGate(deps: ConsentGateDeps): ConsentGate {
  const { crypto, audit, clock } = deps;

  async function decide(db: Db, request: TDisclosureRequest, now: Date): Promise<TConsentDecision> {
    const recipientId = request.recipient.kind === 'ai_provider' ? request.recipient.providerConfigId : request.recipient.thirdPartyId;
    const scope = { organizationId: request.organizationId, patientId: request.patientId };
    const rows = await repo.listGrantsForRecipient(db, { ...scope, recipientKind: request.recipient.kind, recipientId });
    const grants: TGrantFacts[] = [];
    for (const row of rows) {
      const terms = await openTerms(crypto, db, row);
      grants.push({ id: row.id, mode: row.mode, expiresAt: row.expires_at, revokedAt: row.revoked_at, purposes: terms.purposes, categories: terms.categories });
    }
    const coverage = findCoveringGrant(grants, { purpose: request.purpose, categories: request.categories }, now);
    if (coverage.kind === 'denied') return { kind: 'denied', reasons: coverage.reasons };
    const { grant } = coverage;
    if (grant.mode === 'standing') return { kind: 'granted', grantId: grant.id, approvalId: null, reasons: ['consent.granted'] };

    const wanted = disclosureOf(request);
    if (!request.approvalId) {
      const id = randomUUID();
      const row = { id, organization_id: request.organizationId, patient_id: request.patientId };
      await repo.insertApproval(db, {
        ...row,
        grant_id: grant.id,
        status: 'pending',
        request_ct: await sealApprovalRequest(crypto, db, row, { ...wanted, requestedBy: request.requestedBy }),
        created_at: now,
        expires_at: new Date(now.getTime() + APPROVAL_TTL_MS),
      });
      return { kind: 'approval_required', grantId: grant.id, approvalId: id, reasons: ['consent.approval_required'] };
    }

    const found = await repo.findApproval(db, request.organizationId, request.approvalId);
    // Another patient's approval is no approval for this one: same answer as a wrong match.
    if (!found || found.patient_id !== request.patientId) return { kind: 'denied', reasons: ['consent.approval_mismatch'] };
    const stored = await openApprovalRequest(crypto, db, found);
    const { requestedBy: _by, ...approved } = stored;
    const problem = checkApproval({ grantId: found.grant_id, status: found.status, expiresAt: found.expires_at, request: approved }, grant, wanted, now);
    if (problem) return { kind: 'denied', reasons: [problem] };
    // Single use: only the request that moves it from approved to used may disclose.
    const used = await repo.transitionApproval(db, { ...scope, id: found.id, from: 'approved', to: 'used', at: now });
    if (!used) return { kind: 'denied', reasons: ['consent.approval_used'] };
    return { kind: 'granted', grantId: grant.id, approvalId: found.id, reasons: ['consent.granted'] };
  }

  return {
    async checkDisclosure(db, request) {
      const now = clock.now();
      const decision = await decide(db, request, now);
      await audit.appendAudit(db, {
        organizationId: request.organizationId,
        actorId: request.requestedBy.userId,
        actorRole: request.requestedBy.role,
        action: 'consent.check',
        resourceType: 'ConsentGrant',
        resourceId: decision.kind === 'denied' ? null : decision.grantId,
        subjectId: request.patientId,
        purpose: request.purpose,
        outcome: decision.kind === 'granted' ? 'allow' : 'deny',
        reason: decision.reasons.join(','),
        details: {
          recipient: request.recipient,
          recipientLabel: request.recipientLabel,
          categories: request.categories,
          recordIds: request.recordIds,
          identifiable: request.identifiable,
          approvalId: decision.kind === 'denied' ? (request.approvalId ?? null) : decision.approvalId,
        },
      });
      return decision;
    },
  };
}

function disclosureOf(request: TDisclosureRequest): Omit<TApprovalRequest, 'requestedBy'> {
  return {
    recipient: request.recipient,
    recipientLabel: request.recipientLabel,
    purpose: request.purpose,
    categories: [...new Set(request.categories)],
    recordIds: [...new Set(request.recordIds)],
    task: request.task,
    identifiable: request.identifiable,
  };
}

export type { TConsentReason };
