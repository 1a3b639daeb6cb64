// The only SQL of the consent module. Every query is scoped by organization (and patient where
// the rows are a patient's); ciphertext columns are returned as stored and opened by the service.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { ConsentApprovalsTable, ConsentGrantsTable, ConsentReceiptsTable, ConsentTemplatesTable, TRecipientKind } from './consent.tables';

export type TTemplateRow = Selectable<ConsentTemplatesTable>;
export type TGrantRow = Selectable<ConsentGrantsTable>;
export type TApprovalRow = Selectable<ConsentApprovalsTable>;
export type TReceiptRow = Selectable<ConsentReceiptsTable>;

export async function listCurrentTemplates(db: Db, organizationId: string): Promise<TTemplateRow[]> {
  return db.selectFrom('consent_templates').selectAll().where('organization_id', '=', organizationId).where('superseded_at', 'is', null).orderBy('key').execute();
}

export async function findTemplate(db: Db, organizationId: string, id: string): Promise<TTemplateRow | undefined> {
  return db.selectFrom('consent_templates').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findLatestTemplate(db: Db, organizationId: string, key: string): Promise<TTemplateRow | undefined> {
  return db.selectFrom('consent_templates').selectAll().where('organization_id', '=', organizationId).where('key', '=', key).orderBy('version', 'desc').executeTakeFirst();
}

/** Inserts a version unless it exists (several instances may seed at once); true if inserted. */
export async function insertTemplateIfAbsent(db: Db, row: Insertable<ConsentTemplatesTable>): Promise<boolean> {
  const inserted = await db.insertInto('consent_templates').values(row).onConflict((oc) => oc.columns(['organization_id', 'key', 'version']).doNothing()).returning('id').executeTakeFirst();
  return inserted !== undefined;
}

export async function markTemplatesSuperseded(db: Db, q: { organizationId: string; key: string; belowVersion: number; at: Date }): Promise<void> {
  await db
    .updateTable('consent_templates')
    .set({ superseded_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('key', '=', q.key)
    .where('version', '<', q.belowVersion)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function insertGrant(db: Db, row: Insertable<ConsentGrantsTable>): Promise<void> {
  await db.insertInto('consent_grants').values(row).execute();
}

export async function listGrants(db: Db, scope: { organizationId: string; patientId: string }): Promise<TGrantRow[]> {
  return db.selectFrom('consent_grants').selectAll().where('organization_id', '=', scope.organizationId).where('patient_id', '=', scope.patientId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function listGrantsForRecipient(db: Db, scope: { organizationId: string; patientId: string; recipientKind: TRecipientKind; recipientId: string }): Promise<TGrantRow[]> {
  return db
    .selectFrom('consent_grants')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('recipient_kind', '=', scope.recipientKind)
    .where('recipient_id', '=', scope.recipientId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function findGrant(db: Db, scope: { organizationId: string; patientId: string }, id: string): Promise<TGrantRow | undefined> {
  return db.selectFrom('consent_grants').selectAll().where('organization_id', '=', scope.organizationId).where('patient_id', '=', scope.patientId).where('id', '=', id).executeTakeFirst();
}

/** Revokes once; false if it was already revoked (or is not this patient's). */
export async function revokeGrant(db: Db, scope: { organizationId: string; patientId: string }, id: string, at: Date): Promise<boolean> {
  const res = await db
    .updateTable('consent_grants')
    .set({ revoked_at: at })
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertApproval(db: Db, row: Insertable<ConsentApprovalsTable>): Promise<void> {
  await db.insertInto('consent_approvals').values(row).execute();
}

export async function findApproval(db: Db, organizationId: string, id: string): Promise<TApprovalRow | undefined> {
  return db.selectFrom('consent_approvals').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function listApprovals(db: Db, scope: { organizationId: string; patientId: string }, limit = 100): Promise<TApprovalRow[]> {
  return db.selectFrom('consent_approvals').selectAll().where('organization_id', '=', scope.organizationId).where('patient_id', '=', scope.patientId).orderBy('created_at', 'desc').limit(limit).execute();
}

/** Moves an approval from `from` to `to` (compare-and-set); false if another request got there first. */
export async function transitionApproval(db: Db, q: { organizationId: string; patientId: string; id: string; from: ConsentApprovalsTable['status']; to: ConsentApprovalsTable['status']; at: Date }): Promise<boolean> {
  const res = await db
    .updateTable('consent_approvals')
    .set(q.to === 'used' ? { status: q.to, used_at: q.at } : { status: q.to, decided_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .where('id', '=', q.id)
    .where('status', '=', q.from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function insertReceipt(db: Db, row: Insertable<ConsentReceiptsTable>): Promise<void> {
  await db.insertInto('consent_receipts').values(row).execute();
}

export async function listReceipts(db: Db, scope: { organizationId: string; patientId: string }): Promise<TReceiptRow[]> {
  return db.selectFrom('consent_receipts').selectAll().where('organization_id', '=', scope.organizationId).where('patient_id', '=', scope.patientId).orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function findReceipt(db: Db, organizationId: string, id: string): Promise<TReceiptRow | undefined> {
  return db.selectFrom('consent_receipts').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

export async function findOrganizationName(db: Db, organizationId: string): Promise<string | undefined> {
  const row = await db.selectFrom('organizations').select('name').where('id', '=', organizationId).executeTakeFirst();
  return row?.name;
}
