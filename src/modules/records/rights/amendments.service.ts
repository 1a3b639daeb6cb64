// Amendment requests (45 CFR 164.526): the patient asks to change one of their records; a
// clinician with treatment access to the patient (care team, or break-glass) accepts or denies
// with a reason; the patient sees the outcome. The request text and the reason are the patient's
// PHI: ciphertext under the patient's subject key. Compliance officers see the queue (status and
// dates only). Every step is authorized by decide() and leaves one audit entry.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import { PURPOSE_RESOURCE_TYPES } from '../../access/access-rules';
import type { ResourceType } from '../../access/access.types';
import { findPatient } from '../../access/directory.repo';
import { recordExistsInScope } from '../records.repo';
import { runAudited } from './audited';
import * as repo from './rights.repo';
import type { TAmendmentStatus } from './rights.tables';
import type { RightsDeps, TRightsCall } from './rights.types';

export const AMENDMENT_TABLE = 'amendment_requests';
const MAX_LIST = 200;

export interface TAmendment {
  id: string;
  recordId: string;
  resourceType: string;
  text: string;
  status: TAmendmentStatus;
  requestedAt: Date;
  decidedAt: Date | null;
  /** The reviewer's reason, once decided. */
  decisionReason: string | null;
}

export interface TAmendmentQueueItem {
  id: string;
  patientId: string;
  recordId: string;
  resourceType: string;
  status: TAmendmentStatus;
  requestedAt: Date;
  decidedAt: Date | null;
}

export interface AmendmentService {
  requestAmendment(input: TRightsCall & { patientId: string; resourceType: ResourceType; recordId: string; text: string }): Promise<TAmendment>;
  /** The patient's requests the caller may see (the patient; the care team for treatment). */
  listAmendments(input: TRightsCall & { patientId: string }): Promise<TAmendment[]>;
  decideAmendment(input: TRightsCall & { patientId: string; amendmentId: string; decision: 'accepted' | 'denied'; reason: string }): Promise<TAmendment>;
  /** The organization's queue for compliance oversight: no text, no reasons. */
  listAmendmentQueue(input: TRightsCall & { status?: TAmendmentStatus }): Promise<TAmendmentQueueItem[]>;
}

/**
 * @example
 *   const amendments = createAmendmentService({ db, crypto, audit, authorize, clock });
 *   await amendments.requestAmendment({ auth, patientId, resourceType: 'Condition', recordId, text: 'Resolved in 2019', requestContext });
 */
export function createAmendmentService(deps: RightsDeps): AmendmentService {
  const { db, crypto, audit } = deps;

  const bind = (row: { organization_id: string; patient_id: string; id: string }, column: 'text_ct' | 'decision_reason_ct') => ({
    organizationId: row.organization_id,
    subjectId: row.patient_id,
    table: AMENDMENT_TABLE,
    column,
    rowId: row.id,
  });

  async function view(trx: Db, row: repo.TAmendmentRow): Promise<TAmendment> {
    const text = (await crypto.decryptForSubject(trx, bind(row, 'text_ct'), row.text_ct)).toString('utf8');
    const reason = row.decision_reason_ct ? (await crypto.decryptForSubject(trx, bind(row, 'decision_reason_ct'), row.decision_reason_ct)).toString('utf8') : null;
    return {
      id: row.id,
      recordId: row.record_id,
      resourceType: row.resource_type,
      text,
      status: row.status,
      requestedAt: new Date(row.requested_at),
      decidedAt: row.decided_at ? new Date(row.decided_at) : null,
      decisionReason: reason,
    };
  }

  async function organizationOf(input: TRightsCall & { patientId: string }): Promise<string> {
    // An unknown patient is taken to be in the caller's organization (see records.service open()).
    return (await findPatient(db, input.patientId))?.organizationId ?? input.auth.organizationId;
  }

  return {
    async requestAmendment(input) {
      const organizationId = await organizationOf(input);
      const granted = await deps.authorize(db, {
        auth: input.auth,
        action: 'record.request_amendment',
        resource: { kind: 'record', organizationId, patientId: input.patientId, resourceType: input.resourceType },
        requestContext: input.requestContext,
      });
      return runAudited(deps, granted.auditEntry({ action: 'amendment.request', resourceId: input.recordId }), async (trx) => {
        const scope = { organizationId, patientId: input.patientId, resourceTypes: [input.resourceType] };
        if (!(await recordExistsInScope(trx, scope, input.recordId))) throw new AppError('not_found', 'No such record');
        const row = { id: randomUUID(), organization_id: organizationId, patient_id: input.patientId };
        const text_ct = await crypto.encryptForSubject(trx, bind(row, 'text_ct'), Buffer.from(input.text, 'utf8'));
        await repo.insertAmendment(trx, { ...row, record_id: input.recordId, resource_type: input.resourceType, text_ct, requested_by: granted.actor.userId, requested_at: granted.now });
        const value = await view(trx, (await repo.findAmendment(trx, { organizationId, patientId: input.patientId, id: row.id }))!);
        return { value, details: { amendmentId: row.id } };
      });
    },

    async listAmendments(input) {
      const organizationId = await organizationOf(input);
      // Seeing the requests is seeing the chart: authorized as reading the patient's record.
      const granted = await deps.authorize(db, {
        auth: input.auth,
        action: 'record.read',
        resource: { kind: 'record', organizationId, patientId: input.patientId, resourceType: 'Patient' },
        requestContext: input.requestContext,
      });
      const resourceTypes = PURPOSE_RESOURCE_TYPES[granted.actor.purpose];
      return runAudited(deps, granted.auditEntry({ action: 'amendment.list', resourceType: 'AmendmentRequest' }), async (trx) => {
        const rows = await repo.listAmendments(trx, { organizationId, patientId: input.patientId, resourceTypes, limit: MAX_LIST });
        const out: TAmendment[] = [];
        for (const row of rows) out.push(await view(trx, row));
        return { value: out, details: { amendmentIds: rows.map((r) => r.id) } };
      });
    },

    async decideAmendment(input) {
      const organizationId = await organizationOf(input);
      const found = await repo.findAmendment(db, { organizationId, patientId: input.patientId, id: input.amendmentId });
      // Decided by whoever may change that record for treatment (care team or break-glass);
      // an unknown request is authorized against the Patient type so the caller learns nothing.
      const granted = await deps.authorize(db, {
        auth: input.auth,
        action: 'record.update',
        purpose: 'treatment',
        resource: { kind: 'record', organizationId, patientId: input.patientId, resourceType: (found?.resource_type ?? 'Patient') as ResourceType },
        requestContext: input.requestContext,
      });
      if (!found) {
        await audit.appendAudit(db, granted.auditEntry({ action: 'amendment.decide', resourceType: 'AmendmentRequest', details: { found: false } }));
        throw new AppError('not_found', 'No such amendment request');
      }
      const entry = granted.auditEntry({ action: 'amendment.decide', resourceId: found.record_id, details: { amendmentId: found.id, decision: input.decision } });
      return runAudited(deps, entry, async (trx) => {
        const reasonCt = await crypto.encryptForSubject(trx, bind(found, 'decision_reason_ct'), Buffer.from(input.reason, 'utf8'));
        const changed = await repo.decideAmendment(trx, { organizationId, id: found.id, status: input.decision, decidedBy: granted.actor.userId, decidedAt: granted.now, reasonCt });
        if (!changed) throw new AppError('conflict', 'This amendment request was already decided');
        return { value: await view(trx, (await repo.findAmendment(trx, { organizationId, patientId: input.patientId, id: found.id }))!) };
      });
    },

    async listAmendmentQueue(input) {
      const granted = await deps.authorize(db, {
        auth: input.auth,
        action: 'compliance.read',
        resource: { kind: 'organization', organizationId: input.auth.organizationId },
        requestContext: input.requestContext,
      });
      const rows = await repo.listAmendmentQueue(db, { organizationId: input.auth.organizationId, limit: MAX_LIST, ...(input.status ? { status: input.status } : {}) });
      await audit.appendAudit(db, granted.auditEntry({ action: 'amendment.queue', resourceType: 'AmendmentRequest', details: { count: rows.length } }));
      return rows.map((r) => ({
        id: r.id,
        patientId: r.patient_id,
        recordId: r.record_id,
        resourceType: r.resource_type,
        status: r.status,
        requestedAt: new Date(r.requested_at),
        decidedAt: r.decided_at ? new Date(r.decided_at) : null,
      }));
    },
  };
}
