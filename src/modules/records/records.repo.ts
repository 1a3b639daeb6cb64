// The only SQL over the PHI tables `records` and `record_identifiers` (DESIGN invariant 1). Every
// query is scoped by organization, patient and the resource types the caller was allowed; the
// service decides those with authorize() and passes them in, so no query here can widen them.
// Functions take the caller's transaction. Nothing here decrypts: ciphertext in, ciphertext out.
import type { Db } from '../../db/client';
import type { RecordsTable } from './records.tables';
import type { TIdentifierKind } from './records.types';

export type TRecordRow = Omit<RecordsTable, 'created_at' | 'updated_at'> & { created_at: Date; updated_at: Date };

/** What every query is limited to: one patient of one organization, and only these types. */
export interface TRecordScope {
  organizationId: string;
  patientId: string;
  resourceTypes: readonly string[];
}

export async function insertRecord(db: Db, row: TRecordRow): Promise<void> {
  await db.insertInto('records').values(row).execute();
}

/** One record in scope, or undefined (another patient's or type's record is never found). */
export async function findRecordInScope(db: Db, scope: TRecordScope, id: string): Promise<TRecordRow | undefined> {
  if (scope.resourceTypes.length === 0) return undefined;
  const row = await db
    .selectFrom('records')
    .selectAll()
    .where('id', '=', id)
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes])
    .executeTakeFirst();
  return row as TRecordRow | undefined;
}

/** The patient's records in scope, newest first, at most `limit`. */
export async function listRecordsInScope(db: Db, scope: TRecordScope, limit: number): Promise<TRecordRow[]> {
  if (scope.resourceTypes.length === 0) return [];
  const rows = await db
    .selectFrom('records')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes])
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows as TRecordRow[];
}

/**
 * Replaces the ciphertext if the stored version is still `expectedVersion` (optimistic
 * concurrency). Returns false when the record is gone, out of scope, or was changed meanwhile.
 */
export async function updateRecordCiphertext(
  db: Db,
  scope: TRecordScope,
  change: { id: string; expectedVersion: number; version: number; resource_ct: Uint8Array; category: RecordsTable['category']; updated_at: Date },
): Promise<boolean> {
  if (scope.resourceTypes.length === 0) return false;
  const result = await db
    .updateTable('records')
    .set({ resource_ct: change.resource_ct, version: change.version, category: change.category, updated_at: change.updated_at })
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets a record's blind-index rows to exactly `rows` (called in the write's transaction). */
export async function replaceRecordIdentifiers(
  db: Db,
  record: { organizationId: string; patientId: string; recordId: string },
  rows: ReadonlyArray<{ kind: TIdentifierKind; bidx: Uint8Array }>,
): Promise<void> {
  await db.deleteFrom('record_identifiers').where('record_id', '=', record.recordId).where('organization_id', '=', record.organizationId).execute();
  if (rows.length === 0) return;
  await db
    .insertInto('record_identifiers')
    .values(rows.map((r) => ({ organization_id: record.organizationId, patient_id: record.patientId, record_id: record.recordId, kind: r.kind, bidx: r.bidx })))
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Patients of the organization with an identifier of this kind and blind index. Candidates only:
 * the service authorizes each one before returning it.
 */
export async function findPatientIdsByBlindIndex(db: Db, q: { organizationId: string; kind: TIdentifierKind; bidx: Uint8Array }): Promise<string[]> {
  const rows = await db
    .selectFrom('record_identifiers')
    .select('patient_id')
    .distinct()
    .where('organization_id', '=', q.organizationId)
    .where('kind', '=', q.kind)
    .where('bidx', '=', Buffer.from(q.bidx))
    .orderBy('patient_id')
    .limit(50)
    .execute();
  return rows.map((r) => r.patient_id);
}
