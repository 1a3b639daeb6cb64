// The only SQL over record_uploads (uploaded files, ciphertext under the patient's subject key).
// Every query is scoped by organization and patient, decided by the caller with authorize().
import type { Db } from '../../../db/client';
import type { RecordUploadsTable } from './import.tables';

export type TUploadRow = Omit<RecordUploadsTable, 'created_at'> & { created_at: Date };

export async function insertUpload(db: Db, row: TUploadRow): Promise<void> {
  await db.insertInto('record_uploads').values(row).execute();
}

export async function findUploadInScope(db: Db, scope: { organizationId: string; patientId: string }, id: string): Promise<TUploadRow | undefined> {
  const row = await db
    .selectFrom('record_uploads')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .executeTakeFirst();
  return row as TUploadRow | undefined;
}
