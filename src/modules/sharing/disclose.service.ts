// Disclosing a patient's records to a registered third party (45 CFR 164.508, 164.512, 164.528):
// decide the basis (who may disclose, on which legal basis, to which active recipient), trim the
// request to the minimum necessary, read the records through the records door as the actor (care
// team, break-glass or audit review; every read audited there), ask the patient's consent under
// an authorization, then record the disclosure (`disclosure.third_party`, which the patient's
// accounting of disclosures reads) and only then hand the FHIR bundle to the discloser. Every
// refusal is audited and answers 403 with its reason codes.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError, forbiddenWithReasons, isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import { DISCLOSURE_AUDIT_ACTION, type ConsentGate, type DataCategory, type TDisclosureAuditDetails, type TDisclosureRequest } from '../consent/consent.contract';
import { recordCategory } from '../ai/disclosure';
import type { RecordsService } from '../records/records.service';
import type { TFhirResource } from '../records/records.types';
import type { Purpose, ResourceType } from '../access/access.types';
import { decideBasis, disclosureBundle, LEGAL_BASIS_TEXT, planDisclosure, recipientLabelOf, selectForDisclosure, SHARING_REASON_TEXT, type TSharingReason } from './sharing-decide';
import * as repo from './sharing.repo';
import type { TDisclosureBody, TDisclosureBundle, TSharedView } from './sharing.types';

export interface DiscloseDeps {
  /** The root database. */
  db: Db;
  audit: Pick<AuditService, 'appendAudit'>;
  clock: AppClock;
  records: Pick<RecordsService, 'searchRecordsPage'>;
  consent: ConsentGate;
}

export interface TDiscloseCall {
  auth: TAuth;
  requestContext: TRequestContext;
  patientId: string;
  body: TDisclosureBody;
}

export type TDiscloseOutcome =
  | { status: 'disclosed'; id: string; disclosure: TSharedView; bundle: TDisclosureBundle }
  | { status: 'approval_required'; approvalId: string; disclosure: TSharedView };

/** The audit action of a refused disclosure (the allowed ones are DISCLOSURE_AUDIT_ACTION.third_party). */
export const REFUSAL_AUDIT_ACTION = 'third_party.disclose';
const PAGE = 100;

/**
 * @example
 *   const sharing = createDiscloseService({ db, audit, clock, records, consent });
 *   const outcome = await sharing.disclose({ auth, requestContext, patientId, body: { thirdPartyId, purpose: 'patient_request', categories: ['lab_results'], legalBasis: 'authorization' } });
 */
export function createDiscloseService(deps: DiscloseDeps): { disclose(call: TDiscloseCall): Promise<TDiscloseOutcome> } {
  const { db, audit, clock } = deps;

  async function refuse(call: TDiscloseCall, purpose: Purpose, reasons: readonly string[], message: string): Promise<never> {
    await audit.appendAudit(db, {
      organizationId: call.auth.organizationId,
      actorId: call.auth.userId,
      actorRole: call.auth.role,
      action: REFUSAL_AUDIT_ACTION,
      resourceType: 'ThirdParty',
      resourceId: call.body.thirdPartyId,
      subjectId: call.patientId,
      purpose,
      outcome: 'deny',
      reason: reasons.join(','),
      requestId: call.requestContext.requestId,
      clientIp: call.requestContext.clientAddress,
      details: { legalBasis: call.body.legalBasis, categories: call.body.categories },
    });
    throw forbiddenWithReasons(message, reasons);
  }

  /** Every record of the planned types, read through the door as the actor (each page audited there). */
  async function readThroughDoor(call: TDiscloseCall, readPurpose: Purpose, types: readonly ResourceType[]): Promise<TFhirResource[]> {
    const found: TFhirResource[] = [];
    for (const resourceType of types) {
      let cursor: string | undefined;
      do {
        try {
          const page = await deps.records.searchRecordsPage({ auth: call.auth, purpose: readPurpose, patientId: call.patientId, resourceType, limit: PAGE, requestContext: call.requestContext, ...(cursor ? { cursor } : {}) });
          found.push(...page.resources);
          cursor = page.nextCursor ?? undefined;
        } catch (error) {
          // authorize() audited the policy's denial; the sharing attempt is audited too, and the
          // 403 lists the policy's codes for the discloser.
          if (isAppError(error) && error.code === 'forbidden' && Array.isArray(error.details?.reasons)) {
            await refuse(call, call.body.purpose, error.details.reasons as string[], error.message);
          }
          throw error;
        }
      } while (cursor);
    }
    return found;
  }

  return {
    async disclose(call) {
      const { body, auth } = call;
      const thirdParty = await repo.findThirdParty(db, auth.organizationId, body.thirdPartyId);
      const basis = decideBasis({
        authKind: auth.kind,
        role: auth.role,
        legalBasis: body.legalBasis,
        purpose: body.purpose,
        reason: body.reason,
        recipient: thirdParty ? { archived: thirdParty.archived_at !== null } : null,
      });
      if (basis.effect === 'deny') return refuse(call, body.purpose, basis.reasons, messageOf(basis.reasons));
      const { readPurpose } = basis;

      // Minimum necessary: only the categories the purpose needs, then only their records and fields.
      const plan = planDisclosure(body.purpose, body.categories);
      if (plan.kept.length === 0) return refuse(call, body.purpose, ['sharing.minimum_necessary'], messageOf(['sharing.minimum_necessary']));
      const read = await readThroughDoor(call, readPurpose, plan.resourceTypes);
      const records = selectForDisclosure(read, plan, body.purpose);
      if (records.length === 0) throw new AppError('not_found', 'The patient has no records of these kinds to share');

      const categories = [...new Set(records.map(recordCategory))].sort() as DataCategory[];
      const recordIds = records.map((r) => r.id).sort();
      const recipientLabel = recipientLabelOf(thirdParty!);
      const task = LEGAL_BASIS_TEXT[body.legalBasis];
      const view: TSharedView = { recipientLabel, purpose: body.purpose, legalBasis: body.legalBasis, categories, omittedCategories: plan.omitted, recordCount: records.length };

      // The patient's consent, when the disclosure rests on it (the gate audits its decision).
      let consent: { grantId: string | null; approvalId: string | null; reasons: string[] } = { grantId: null, approvalId: null, reasons: [`sharing.basis.${body.legalBasis}`] };
      if (body.legalBasis === 'authorization') {
        const request: TDisclosureRequest = {
          organizationId: auth.organizationId,
          patientId: call.patientId,
          recipient: { kind: 'third_party', thirdPartyId: thirdParty!.id },
          recipientLabel,
          purpose: body.purpose,
          categories,
          recordIds,
          task,
          identifiable: true,
          requestedBy: { userId: auth.userId, role: auth.role },
          ...(body.approvalId ? { approvalId: body.approvalId } : {}),
        };
        const decision = await deps.consent.checkDisclosure(db, request);
        if (decision.kind === 'denied') return refuse(call, body.purpose, decision.reasons, "The patient's consent does not cover sharing these records with this recipient.");
        if (decision.kind === 'approval_required') return { status: 'approval_required', approvalId: decision.approvalId, disclosure: view };
        consent = { grantId: decision.grantId, approvalId: decision.approvalId, reasons: decision.reasons };
      }

      // Recorded before it is handed over: no bundle leaves without its accounting entry.
      const id = randomUUID();
      const now = clock.now();
      const details: TDisclosureAuditDetails & Record<string, unknown> = {
        recipientLabel,
        purpose: body.purpose,
        categories,
        recordIds,
        identifiable: true,
        consentGrantId: consent.grantId,
        approvalId: consent.approvalId,
        baaId: null,
        task,
        thirdPartyId: thirdParty!.id,
        legalBasis: body.legalBasis,
        omittedCategories: plan.omitted,
        ...(body.legalBasis !== 'authorization' ? { statement: body.reason } : {}),
      };
      await db.transaction().execute(async (trx) => {
        await audit.appendAudit(trx, {
          organizationId: auth.organizationId,
          actorId: auth.userId,
          actorRole: auth.role,
          action: DISCLOSURE_AUDIT_ACTION.third_party,
          resourceType: 'Bundle',
          resourceId: id,
          subjectId: call.patientId,
          purpose: body.purpose,
          outcome: 'allow',
          reason: [...consent.reasons, `read:${readPurpose}`].join(','),
          requestId: call.requestContext.requestId,
          clientIp: call.requestContext.clientAddress,
          details,
        });
      });
      return { status: 'disclosed', id, disclosure: view, bundle: disclosureBundle(records, now) };
    },
  };
}

function messageOf(reasons: readonly TSharingReason[]): string {
  return reasons.map((r) => SHARING_REASON_TEXT[r]).join(' ');
}
