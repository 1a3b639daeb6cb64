// The only SQL over the patient-rights tables (migration 0011): amendment requests, retention
// rules, legal holds and deletion requests. Every query names the organization; ciphertext in,
// ciphertext out (the services encrypt and decrypt under the patient's subject key).
import type { Selectable } from 'kysely';
import type { Db } from '../../../db/client';
import type { AmendmentRequestsTable, DeletionRequestsTable, LegalHoldsTable, TAmendmentStatus } from './rights.tables';

export type TAmendmentRow = Selectable<AmendmentRequestsTable>;
export type TLegalHoldRow = Selectable<LegalHoldsTable>;
export type TDeletionRequestRow = Selectable<DeletionRequestsTable>;

export async function insertAmendment(db: Db, row: Omit<TAmendmentRow, 'decided_by' | 'decided_at' | 'decision_reason_ct' | 'status'>): Promise<void> {
  await db.insertInto('amendment_requests').values({ ...row, status: 'pending', decided_by: null, decided_at: null, decision_reason_ct: null }).execute();
}

export async function findAmendment(db: Db, q: { organizationId: string; patientId: string; id: string }): Promise<TAmendmentRow | undefined> {
  return db
    .selectFrom('amendment_requests')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .where('id', '=', q.id)
    .executeTakeFirst();
}

/** The patient's amendment requests of the given types, newest first. */
export async function listAmendments(db: Db, q: { organizationId: string; patientId: string; resourceTypes: readonly string[]; limit: number }): Promise<TAmendmentRow[]> {
  if (q.resourceTypes.length === 0) return [];
  return db
    .selectFrom('amendment_requests')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .where('resource_type', 'in', [...q.resourceTypes])
    .orderBy('requested_at', 'desc')
    .orderBy('id')
    .limit(q.limit)
    .execute();
}

/** The organization's queue, without any text (compliance oversight sees status and dates only). */
export async function listAmendmentQueue(db: Db, q: { organizationId: string; status?: TAmendmentStatus; limit: number }) {
  let query = db
    .selectFrom('amendment_requests')
    .select(['id', 'patient_id', 'record_id', 'resource_type', 'status', 'requested_at', 'decided_by', 'decided_at'])
    .where('organization_id', '=', q.organizationId);
  if (q.status) query = query.where('status', '=', q.status);
  return query.orderBy('requested_at', 'desc').orderBy('id').limit(q.limit).execute();
}

/** Records a decision if the request is still pending; false when it was decided meanwhile. */
export async function decideAmendment(
  db: Db,
  q: { organizationId: string; id: string; status: Exclude<TAmendmentStatus, 'pending'>; decidedBy: string; decidedAt: Date; reasonCt: Uint8Array },
): Promise<boolean> {
  const result = await db
    .updateTable('amendment_requests')
    .set({ status: q.status, decided_by: q.decidedBy, decided_at: q.decidedAt, decision_reason_ct: q.reasonCt })
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The organization's retention period in years (0 when none is set). */
export async function findRetentionYears(db: Db, organizationId: string): Promise<number> {
  const row = await db.selectFrom('retention_rules').select('keep_years_after_last_update').where('organization_id', '=', organizationId).executeTakeFirst();
  return row?.keep_years_after_last_update ?? 0;
}

export async function upsertRetentionYears(db: Db, q: { organizationId: string; years: number; updatedBy: string; at: Date }): Promise<void> {
  await db
    .insertInto('retention_rules')
    .values({ organization_id: q.organizationId, keep_years_after_last_update: q.years, updated_by: q.updatedBy, updated_at: q.at })
    .onConflict((oc) => oc.column('organization_id').doUpdateSet({ keep_years_after_last_update: q.years, updated_by: q.updatedBy, updated_at: q.at }))
    .execute();
}

export async function insertLegalHold(db: Db, row: Omit<TLegalHoldRow, 'released_by' | 'released_at'>): Promise<void> {
  await db.insertInto('legal_holds').values({ ...row, released_by: null, released_at: null }).execute();
}

export async function listLegalHolds(db: Db, q: { organizationId: string; patientId: string; activeOnly: boolean }): Promise<TLegalHoldRow[]> {
  let query = db.selectFrom('legal_holds').selectAll().where('organization_id', '=', q.organizationId).where('patient_id', '=', q.patientId);
  if (q.activeOnly) query = query.where('released_at', 'is', null);
  return query.orderBy('placed_at', 'desc').execute();
}

/** Lifts an active hold; false when it is unknown, another patient's, or already lifted. */
export async function releaseLegalHold(db: Db, q: { organizationId: string; patientId: string; id: string; releasedBy: string; at: Date }): Promise<boolean> {
  const result = await db
    .updateTable('legal_holds')
    .set({ released_by: q.releasedBy, released_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .where('id', '=', q.id)
    .where('released_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertDeletionRequest(db: Db, row: TDeletionRequestRow): Promise<void> {
  await db.insertInto('deletion_requests').values(row).execute();
}

export async function findLatestDeletionRequest(db: Db, q: { organizationId: string; patientId: string }): Promise<TDeletionRequestRow | undefined> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function updateDeletionRequest(
  db: Db,
  q: { organizationId: string; id: string; patch: Partial<Pick<TDeletionRequestRow, 'status' | 'blocked_by' | 'earliest_at' | 'completed_at' | 'receipt' | 'requested_at'>> },
): Promise<void> {
  await db.updateTable('deletion_requests').set(q.patch).where('organization_id', '=', q.organizationId).where('id', '=', q.id).execute();
}

/**
 * The patient's pending request, locked for this transaction (`for update`), so a request made
 * while the completion job works on it waits for the job and then sees the patient deleted.
 */
export async function lockPendingDeletionRequestOfPatient(db: Db, q: { organizationId: string; patientId: string }): Promise<TDeletionRequestRow | undefined> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .where('status', '=', 'pending')
    .orderBy('requested_at', 'desc')
    .forUpdate()
    .executeTakeFirst();
}

/** Pending requests of every organization, oldest first, in pages after `afterId` (the completion job). */
export async function listPendingDeletionRequests(db: Db, page: { afterId?: string; limit: number }): Promise<Array<Pick<TDeletionRequestRow, 'id' | 'organization_id' | 'patient_id'>>> {
  let query = db.selectFrom('deletion_requests').select(['id', 'organization_id', 'patient_id']).where('status', '=', 'pending');
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query.orderBy('id').limit(page.limit).execute();
}

/**
 * Locks one request if it is still pending and no other transaction holds it (`for update skip
 * locked`): several Custos instances running the job never work on the same request.
 */
export async function lockPendingDeletionRequest(db: Db, q: { organizationId: string; id: string }): Promise<TDeletionRequestRow | undefined> {
  return db
    .selectFrom('deletion_requests')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.id)
    .where('status', '=', 'pending')
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}
