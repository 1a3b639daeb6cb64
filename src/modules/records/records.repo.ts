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

/** Where a page of a search ends: the last row's (updated_at, id), in the search's order. */
export interface TRecordPosition {
  updatedAt: Date;
  id: string;
}

/** The patient's records in scope, newest first, at most `limit`, after `after` when given (keyset paging). */
export async function listRecordsInScope(db: Db, scope: TRecordScope, limit: number, after?: TRecordPosition): Promise<TRecordRow[]> {
  if (scope.resourceTypes.length === 0) return [];
  let query = db
    .selectFrom('records')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes]);
  if (after) {
    query = query.where((eb) => eb.or([eb('updated_at', '<', after.updatedAt), eb.and([eb('updated_at', '=', after.updatedAt), eb('id', '>', after.id)])]));
  }
  const rows = await query.orderBy('updated_at', 'desc').orderBy('id').limit(limit).execute();
  return rows as TRecordRow[];
}

/** How many records in scope (the total of a search, all pages together). */
export async function countRecordsInScope(db: Db, scope: TRecordScope): Promise<number> {
  if (scope.resourceTypes.length === 0) return 0;
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes])
    .executeTakeFirstOrThrow();
  return Number(row.n);
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

/**
 * One page of the patient's records in scope, oldest id order after `afterId` (keyset paging, so
 * an export of any size reads in bounded pages). Added for the right of access (rights/export).
 */
export async function listRecordsPageInScope(db: Db, scope: TRecordScope, page: { afterId?: string; limit: number }): Promise<TRecordRow[]> {
  if (scope.resourceTypes.length === 0) return [];
  let query = db
    .selectFrom('records')
    .selectAll()
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes]);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query.orderBy('id').limit(page.limit).execute();
  return rows as TRecordRow[];
}

/** Whether the record exists in scope, without reading its ciphertext (amendment requests name one). */
export async function recordExistsInScope(db: Db, scope: TRecordScope, id: string): Promise<boolean> {
  if (scope.resourceTypes.length === 0) return false;
  const row = await db
    .selectFrom('records')
    .select('id')
    .where('id', '=', id)
    .where('organization_id', '=', scope.organizationId)
    .where('patient_id', '=', scope.patientId)
    .where('resource_type', 'in', [...scope.resourceTypes])
    .executeTakeFirst();
  return row !== undefined;
}

/** When the patient's records last changed (retention runs from it); undefined without records. */
export async function findLastRecordUpdate(db: Db, q: { organizationId: string; patientId: string }): Promise<Date | undefined> {
  const row = await db
    .selectFrom('records')
    .select((eb) => eb.fn.max('updated_at').as('last'))
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .executeTakeFirst();
  return row?.last ? new Date(row.last as unknown as string | Date) : undefined;
}

/** Deletes every blind-index row of the patient (deletion: their identifiers must find nothing). */
export async function deletePatientIdentifiers(db: Db, q: { organizationId: string; patientId: string }): Promise<number> {
  const result = await db.deleteFrom('record_identifiers').where('organization_id', '=', q.organizationId).where('patient_id', '=', q.patientId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
