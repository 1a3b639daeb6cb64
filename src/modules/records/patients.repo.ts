// The only SQL over `patients`: the registry of crypto subjects whose records Custos keeps.
import type { Db } from '../../db/client';

export interface TPatientRow {
  id: string;
  organizationId: string;
  status: 'active' | 'deleted';
}

/** Registers a patient (self-registration, import, staff creation) in the caller's transaction. */
export async function insertPatient(db: Db, row: { id: string; organizationId: string; createdAt: Date }): Promise<void> {
  await db.insertInto('patients').values({ id: row.id, organization_id: row.organizationId, status: 'active', created_at: row.createdAt }).execute();
}

export async function findPatientRow(db: Db, patientId: string): Promise<TPatientRow | undefined> {
  const row = await db.selectFrom('patients').select(['id', 'organization_id', 'status']).where('id', '=', patientId).executeTakeFirst();
  return row ? { id: row.id, organizationId: row.organization_id, status: row.status } : undefined;
}

/** Marks a patient deleted (after their key was shredded); returns false when already deleted or unknown. */
export async function markPatientDeleted(db: Db, patientId: string, at: Date): Promise<boolean> {
  const result = await db.updateTable('patients').set({ status: 'deleted', deleted_at: at }).where('id', '=', patientId).where('status', '=', 'active').executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
