// The organization's retention rule (set by an administrator: settings.manage) and legal holds on
// one patient (placed and lifted by a compliance officer: compliance.manage, with a reason kept
// under the patient's key). Both only ever block a deletion; they never grant access to records.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../../core/errors';
import { findPatientRow } from '../patients.repo';
import { runAudited } from './audited';
import * as repo from './rights.repo';
import type { RightsDeps, TRightsCall } from './rights.types';

export const LEGAL_HOLD_TABLE = 'legal_holds';

export interface TLegalHold {
  id: string;
  reason: string | null;
  placedBy: string;
  placedAt: Date;
  releasedAt: Date | null;
}

export interface HoldsService {
  readRetention(input: TRightsCall): Promise<{ keepYearsAfterLastUpdate: number }>;
  setRetention(input: TRightsCall & { keepYearsAfterLastUpdate: number }): Promise<{ keepYearsAfterLastUpdate: number }>;
  placeLegalHold(input: TRightsCall & { patientId: string; reason: string }): Promise<TLegalHold>;
  releaseLegalHold(input: TRightsCall & { patientId: string; holdId: string }): Promise<void>;
  listLegalHolds(input: TRightsCall & { patientId: string }): Promise<TLegalHold[]>;
}

/**
 * @example
 *   const holds = createHoldsService({ db, crypto, audit, authorize, clock });
 *   await holds.placeLegalHold({ auth, patientId, reason: 'Litigation LH-2026-14', requestContext });
 */
export function createHoldsService(deps: RightsDeps): HoldsService {
  const { db, crypto, audit } = deps;
  const org = (input: TRightsCall) => ({ kind: 'organization' as const, organizationId: input.auth.organizationId });
  const bind = (row: { organization_id: string; patient_id: string; id: string }) => ({
    organizationId: row.organization_id,
    subjectId: row.patient_id,
    table: LEGAL_HOLD_TABLE,
    column: 'reason_ct',
    rowId: row.id,
  });

  /** The patient must be an active patient of the caller's organization (ids of others are "not found"). */
  async function ownPatient(input: TRightsCall & { patientId: string }) {
    const row = await findPatientRow(db, input.patientId);
    if (!row || row.organizationId !== input.auth.organizationId) throw new AppError('not_found', 'No such patient');
    return row;
  }

  return {
    async readRetention(input) {
      return { keepYearsAfterLastUpdate: await repo.findRetentionYears(db, input.auth.organizationId) };
    },

    async setRetention(input) {
      const granted = await deps.authorize(db, { auth: input.auth, action: 'settings.manage', resource: org(input), requestContext: input.requestContext });
      const entry = granted.auditEntry({ action: 'retention.set', resourceType: 'RetentionRule', details: { keepYearsAfterLastUpdate: input.keepYearsAfterLastUpdate } });
      await runAudited(deps, entry, async (trx) => {
        await repo.upsertRetentionYears(trx, { organizationId: input.auth.organizationId, years: input.keepYearsAfterLastUpdate, updatedBy: granted.actor.userId, at: granted.now });
        return { value: undefined };
      });
      return { keepYearsAfterLastUpdate: input.keepYearsAfterLastUpdate };
    },

    async placeLegalHold(input) {
      const granted = await deps.authorize(db, { auth: input.auth, action: 'compliance.manage', resource: org(input), subjectId: input.patientId, requestContext: input.requestContext });
      const patient = await ownPatient(input);
      if (patient.status !== 'active') throw new AppError('conflict', "This patient's records were already deleted");
      const row = { id: randomUUID(), organization_id: patient.organizationId, patient_id: patient.id };
      await runAudited(deps, { ...granted.auditEntry({ action: 'legal_hold.place', resourceType: 'LegalHold', resourceId: row.id }), subjectId: patient.id }, async (trx) => {
        const reason_ct = await crypto.encryptForSubject(trx, bind(row), Buffer.from(input.reason, 'utf8'));
        await repo.insertLegalHold(trx, { ...row, reason_ct, placed_by: granted.actor.userId, placed_at: granted.now });
        return { value: undefined };
      });
      return { id: row.id, reason: input.reason, placedBy: granted.actor.userId, placedAt: granted.now, releasedAt: null };
    },

    async releaseLegalHold(input) {
      const granted = await deps.authorize(db, { auth: input.auth, action: 'compliance.manage', resource: org(input), subjectId: input.patientId, requestContext: input.requestContext });
      const patient = await ownPatient(input);
      await runAudited(deps, { ...granted.auditEntry({ action: 'legal_hold.release', resourceType: 'LegalHold', resourceId: input.holdId }), subjectId: patient.id }, async (trx) => {
        const released = await repo.releaseLegalHold(trx, { organizationId: patient.organizationId, patientId: patient.id, id: input.holdId, releasedBy: granted.actor.userId, at: granted.now });
        if (!released) throw new AppError('not_found', 'No such active legal hold');
        return { value: undefined };
      });
    },

    async listLegalHolds(input) {
      const granted = await deps.authorize(db, { auth: input.auth, action: 'compliance.read', resource: org(input), subjectId: input.patientId, requestContext: input.requestContext });
      const patient = await ownPatient(input);
      const rows = await repo.listLegalHolds(db, { organizationId: patient.organizationId, patientId: patient.id, activeOnly: false });
      const holds: TLegalHold[] = [];
      for (const r of rows) {
        // After a deletion the reason is shredded with the patient's key: the hold's dates remain.
        const reason = await crypto.decryptForSubject(db, bind(r), r.reason_ct).then((b) => b.toString('utf8'), () => null);
        holds.push({ id: r.id, reason, placedBy: r.placed_by, placedAt: new Date(r.placed_at), releasedAt: r.released_at ? new Date(r.released_at) : null });
      }
      await audit.appendAudit(db, { ...granted.auditEntry({ action: 'legal_hold.list', resourceType: 'LegalHold', details: { count: holds.length } }), subjectId: patient.id });
      return holds;
    },
  };
}
