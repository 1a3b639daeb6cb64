// The only SQL of the crypto module. Every function takes the db or the caller's transaction.
import { sql } from 'kysely';
import { asBuffer, type Db } from '../../db/client';
import type { EncryptedColumn } from './crypto.types';

/**
 * `uncommitted` is true when the row was written by the current transaction (its created_at is this
 * transaction's now()): such a key may still roll back, so it must not enter the shared key cache.
 */
const uncommitted = sql<boolean>`created_at = now()`.as('uncommitted');

// ---- organization state and keys -------------------------------------------------------------

export async function findOrganizationState(db: Db, organizationId: string) {
  return db
    .selectFrom('crypto_organizations')
    .select(['current_key_version as current', 'min_key_version as min', uncommitted])
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
}

/** Locks the organization's key state for the rotation's transaction. */
export async function lockOrganizationState(db: Db, organizationId: string) {
  return db
    .selectFrom('crypto_organizations')
    .select(['current_key_version as current', 'min_key_version as min'])
    .where('organization_id', '=', organizationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export async function insertOrganizationStateIfAbsent(db: Db, organizationId: string): Promise<void> {
  await db
    .insertInto('crypto_organizations')
    .values({ organization_id: organizationId, current_key_version: 1, min_key_version: 1 })
    .onConflict((oc) => oc.column('organization_id').doNothing())
    .execute();
}

export interface TOrganizationKeyRow {
  organizationId: string;
  purpose: 'data' | 'blind_index';
  version: number;
  kekVersion: number;
  wrappedKey: Buffer;
  keyCheck: Buffer;
}

export async function insertOrganizationKeyIfAbsent(db: Db, k: TOrganizationKeyRow): Promise<void> {
  await db
    .insertInto('crypto_organization_keys')
    .values({ organization_id: k.organizationId, purpose: k.purpose, version: k.version, kek_version: k.kekVersion, wrapped_key: k.wrappedKey, key_check: k.keyCheck })
    .onConflict((oc) => oc.columns(['organization_id', 'purpose', 'version']).doNothing())
    .execute();
}

export async function findOrganizationKey(db: Db, organizationId: string, purpose: 'data' | 'blind_index', version: number) {
  const row = await db
    .selectFrom('crypto_organization_keys')
    .select(['kek_version', 'wrapped_key', 'key_check', uncommitted])
    .where('organization_id', '=', organizationId)
    .where('purpose', '=', purpose)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && { kekVersion: row.kek_version, wrappedKey: asBuffer(row.wrapped_key), keyCheck: asBuffer(row.key_check), uncommitted: row.uncommitted };
}

export async function listOrganizationIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('crypto_organizations').select('organization_id').orderBy('organization_id').execute();
  return rows.map((r) => r.organization_id);
}

export async function listOrganizationKeys(db: Db, organizationId?: string) {
  let q = db.selectFrom('crypto_organization_keys').select(['organization_id', 'purpose', 'version', 'kek_version', 'wrapped_key']);
  if (organizationId) q = q.where('organization_id', '=', organizationId);
  const rows = await q.orderBy('organization_id').orderBy('purpose').orderBy('version').execute();
  return rows.map((r) => ({ organizationId: r.organization_id, purpose: r.purpose, version: r.version, kekVersion: r.kek_version, wrappedKey: asBuffer(r.wrapped_key) }));
}

/** Optimistic: only rewraps if the row is still under `fromKek`. */
export async function rewrapOrganizationKey(db: Db, k: { organizationId: string; purpose: 'data' | 'blind_index'; version: number; fromKek: number; toKek: number; wrappedKey: Buffer }): Promise<boolean> {
  const r = await db
    .updateTable('crypto_organization_keys')
    .set({ kek_version: k.toKek, wrapped_key: k.wrappedKey })
    .where('organization_id', '=', k.organizationId)
    .where('purpose', '=', k.purpose)
    .where('version', '=', k.version)
    .where('kek_version', '=', k.fromKek)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

export async function setCurrentOrganizationKeyVersion(db: Db, organizationId: string, version: number): Promise<void> {
  await db.updateTable('crypto_organizations').set({ current_key_version: version }).where('organization_id', '=', organizationId).execute();
}

/** Raises the minimum decryption version and deletes the wrapped data keys below it. */
export async function retireOrganizationKeysBelow(db: Db, organizationId: string, minVersion: number): Promise<number> {
  // Never lowers it: versions below the old minimum are gone already.
  await db.updateTable('crypto_organizations').set({ min_key_version: sql`greatest(min_key_version, ${minVersion})` }).where('organization_id', '=', organizationId).execute();
  const r = await db
    .deleteFrom('crypto_organization_keys')
    .where('organization_id', '=', organizationId)
    .where('purpose', '=', 'data')
    .where('version', '<', minVersion)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

// ---- subject keys and shredding ----------------------------------------------------------------

export async function findSubjectKeys(db: Db, organizationId: string, subjectId: string) {
  const rows = await db
    .selectFrom('crypto_subject_keys')
    .select(['version', 'org_key_version', 'wrapped_key', uncommitted])
    .where('organization_id', '=', organizationId)
    .where('subject_id', '=', subjectId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ version: r.version, orgKeyVersion: r.org_key_version, wrappedKey: asBuffer(r.wrapped_key), uncommitted: r.uncommitted }));
}

export async function insertSubjectKeyIfAbsent(db: Db, k: { organizationId: string; subjectId: string; version: number; orgKeyVersion: number; wrappedKey: Buffer }): Promise<void> {
  await db
    .insertInto('crypto_subject_keys')
    .values({ organization_id: k.organizationId, subject_id: k.subjectId, version: k.version, org_key_version: k.orgKeyVersion, wrapped_key: k.wrappedKey })
    .onConflict((oc) => oc.columns(['organization_id', 'subject_id', 'version']).doNothing())
    .execute();
}

export async function isSubjectShredded(db: Db, organizationId: string, subjectId: string): Promise<boolean> {
  const row = await db.selectFrom('shredded_subjects').select('subject_id').where('organization_id', '=', organizationId).where('subject_id', '=', subjectId).executeTakeFirst();
  return row !== undefined;
}

/** True if the subject was not recorded as shredded before. */
export async function insertShredIfAbsent(db: Db, s: { organizationId: string; subjectId: string; reason: string }): Promise<boolean> {
  const row = await db
    .insertInto('shredded_subjects')
    .values({ organization_id: s.organizationId, subject_id: s.subjectId, reason: s.reason })
    .onConflict((oc) => oc.columns(['organization_id', 'subject_id']).doNothing())
    .returning('subject_id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function deleteSubjectKeys(db: Db, organizationId: string, subjectId: string): Promise<number> {
  const r = await db.deleteFrom('crypto_subject_keys').where('organization_id', '=', organizationId).where('subject_id', '=', subjectId).executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Records many shreds at once; returns how many were new. */
export async function insertShredsIfAbsent(db: Db, shreds: { organizationId: string; subjectId: string; reason: string }[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < shreds.length; i += 500) {
    const rows = await db
      .insertInto('shredded_subjects')
      .values(shreds.slice(i, i + 500).map((s) => ({ organization_id: s.organizationId, subject_id: s.subjectId, reason: s.reason })))
      .onConflict((oc) => oc.columns(['organization_id', 'subject_id']).doNothing())
      .returning('subject_id')
      .execute();
    inserted += rows.length;
  }
  return inserted;
}

/** Deletes every key row of every shredded subject (one statement); returns whose keys went. */
export async function deleteKeysOfShreddedSubjects(db: Db) {
  const rows = await db
    .deleteFrom('crypto_subject_keys')
    .using('shredded_subjects')
    .whereRef('crypto_subject_keys.organization_id', '=', 'shredded_subjects.organization_id')
    .whereRef('crypto_subject_keys.subject_id', '=', 'shredded_subjects.subject_id')
    .returning(['crypto_subject_keys.organization_id', 'crypto_subject_keys.subject_id'])
    .execute();
  return rows.map((r) => ({ organizationId: r.organization_id, subjectId: r.subject_id }));
}

export async function listShreddedSubjects(db: Db) {
  const rows = await db.selectFrom('shredded_subjects').select(['organization_id', 'subject_id']).orderBy('shredded_at').execute();
  return rows.map((r) => ({ organizationId: r.organization_id, subjectId: r.subject_id }));
}

/** Subject keys wrapped under an organization-key version older than `current` (rotation), after `afterSubjectId`. */
export async function listSubjectKeysBelow(db: Db, q: { organizationId: string; current: number; afterSubjectId: string | undefined; limit: number }) {
  let query = db
    .selectFrom('crypto_subject_keys')
    .select(['subject_id', 'version', 'org_key_version', 'wrapped_key'])
    .where('organization_id', '=', q.organizationId)
    .where('org_key_version', '<', q.current);
  if (q.afterSubjectId !== undefined) query = query.where('subject_id', '>', q.afterSubjectId);
  const rows = await query.orderBy('subject_id').orderBy('version').limit(q.limit).execute();
  return rows.map((r) => ({ subjectId: r.subject_id, version: r.version, orgKeyVersion: r.org_key_version, wrappedKey: asBuffer(r.wrapped_key) }));
}

export async function countSubjectKeysBelow(db: Db, organizationId: string, current: number): Promise<number> {
  const row = await db
    .selectFrom('crypto_subject_keys')
    .select(sql<number>`count(*)::int`.as('count'))
    .where('organization_id', '=', organizationId)
    .where('org_key_version', '<', current)
    .executeTakeFirstOrThrow();
  return row.count;
}

export async function rewrapSubjectKey(db: Db, k: { organizationId: string; subjectId: string; version: number; fromOrgVersion: number; toOrgVersion: number; wrappedKey: Buffer }): Promise<boolean> {
  const r = await db
    .updateTable('crypto_subject_keys')
    .set({ org_key_version: k.toOrgVersion, wrapped_key: k.wrappedKey })
    .where('organization_id', '=', k.organizationId)
    .where('subject_id', '=', k.subjectId)
    .where('version', '=', k.version)
    .where('org_key_version', '=', k.fromOrgVersion)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

// ---- installation secrets ----------------------------------------------------------------------

export async function findSecret(db: Db, name: string) {
  const row = await db.selectFrom('crypto_secrets').select(['kek_version', 'wrapped_key', 'ciphertext']).where('name', '=', name).executeTakeFirst();
  return row && { kekVersion: row.kek_version, wrappedKey: asBuffer(row.wrapped_key), ciphertext: asBuffer(row.ciphertext) };
}

export async function insertSecretIfAbsent(db: Db, s: { name: string; kekVersion: number; wrappedKey: Buffer; ciphertext: Buffer }): Promise<void> {
  await db
    .insertInto('crypto_secrets')
    .values({ name: s.name, kek_version: s.kekVersion, wrapped_key: s.wrappedKey, ciphertext: s.ciphertext })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function listSecretWraps(db: Db) {
  const rows = await db.selectFrom('crypto_secrets').select(['name', 'kek_version', 'wrapped_key']).orderBy('name').execute();
  return rows.map((r) => ({ name: r.name, kekVersion: r.kek_version, wrappedKey: asBuffer(r.wrapped_key) }));
}

export async function rewrapSecret(db: Db, s: { name: string; fromKek: number; toKek: number; wrappedKey: Buffer }): Promise<boolean> {
  const r = await db.updateTable('crypto_secrets').set({ kek_version: s.toKek, wrapped_key: s.wrappedKey }).where('name', '=', s.name).where('kek_version', '=', s.fromKek).executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

// ---- envelopes in registered columns (rotation sweep) ------------------------------------------

/**
 * Rows of one organization whose envelope in `col` is organization-key ciphertext under a version
 * below `current`, after `afterId` in id order. Matches bytes 0..5 of the envelope in SQL:
 * format+kind equal `prefix` and the big-endian version, compared as bytes, below `currentBytes`.
 */
export async function listStaleEnvelopes(db: Db, col: EncryptedColumn, q: { organizationId: string; prefix: Buffer; currentBytes: Buffer; afterId: string | number | undefined; limit: number }) {
  const c = sql.ref(col.column);
  const id = sql.ref(col.idColumn);
  const after = q.afterId === undefined ? sql`true` : sql`${id} > ${q.afterId}`;
  const result = await sql<{ id: string | number; envelope: Uint8Array }>`
    select ${id} as id, ${c} as envelope from ${sql.table(col.table)}
    where ${staleWhere(col, q)} and ${after}
    order by ${id} limit ${q.limit}`.execute(db);
  return result.rows.map((r) => ({ id: r.id, envelope: asBuffer(r.envelope) }));
}

export async function countStaleEnvelopes(db: Db, col: EncryptedColumn, q: { organizationId: string; prefix: Buffer; currentBytes: Buffer }): Promise<number> {
  const result = await sql<{ count: number }>`select count(*)::int as count from ${sql.table(col.table)} where ${staleWhere(col, q)}`.execute(db);
  return result.rows[0]?.count ?? 0;
}

/** The lowest organization-key version any envelope of the organization in `col` uses. */
export async function minEnvelopeVersion(db: Db, col: EncryptedColumn, q: { organizationId: string; prefix: Buffer }): Promise<number | undefined> {
  const c = sql.ref(col.column);
  const result = await sql<{ v: Uint8Array | null }>`
    select substring(${c} from 3 for 4) as v from ${sql.table(col.table)}
    where ${sql.ref(col.organizationColumn)} = ${q.organizationId} and substring(${c} from 1 for 2) = ${q.prefix}
    order by 1 limit 1`.execute(db);
  const v = result.rows[0]?.v;
  return v && v.length === 4 ? asBuffer(v).readUInt32BE(0) : undefined;
}

function staleWhere(col: EncryptedColumn, q: { organizationId: string; prefix: Buffer; currentBytes: Buffer }) {
  const c = sql.ref(col.column);
  // substring() of a short or null value is short or null, never an error: no guard needed.
  return sql`${sql.ref(col.organizationColumn)} = ${q.organizationId}
      and substring(${c} from 1 for 2) = ${q.prefix}
      and substring(${c} from 3 for 4) < ${q.currentBytes}`;
}

/** Optimistic concurrency: writes only if the column still holds `previous`. */
export async function replaceEnvelopeIfUnchanged(db: Db, col: EncryptedColumn, q: { id: string | number; previous: Buffer; next: Buffer }): Promise<boolean> {
  const result = await sql`
    update ${sql.table(col.table)} set ${sql.ref(col.column)} = ${q.next}
    where ${sql.ref(col.idColumn)} = ${q.id} and ${sql.ref(col.column)} = ${q.previous}`.execute(db);
  return (result.numAffectedRows ?? 0n) > 0n;
}

// ---- rotation progress -------------------------------------------------------------------------

export async function insertRotation(db: Db, kekVersion: number, progress: unknown): Promise<number> {
  const row = await db.insertInto('crypto_rotations').values({ kek_version: kekVersion, status: 'sweeping', progress: JSON.stringify(progress) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function findActiveRotation(db: Db) {
  return db.selectFrom('crypto_rotations').select(['id', 'kek_version', 'progress', 'started_at']).where('status', '=', 'sweeping').executeTakeFirst();
}

export async function findLastRotation(db: Db) {
  return db.selectFrom('crypto_rotations').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function updateRotationProgress(db: Db, id: number, progress: unknown): Promise<void> {
  await db.updateTable('crypto_rotations').set({ progress: JSON.stringify(progress), updated_at: sql`now()` }).where('id', '=', id).execute();
}

export async function finishRotation(db: Db, id: number, progress: unknown): Promise<void> {
  await db
    .updateTable('crypto_rotations')
    .set({ status: 'done', progress: JSON.stringify(progress), updated_at: sql`now()`, finished_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

// ---- status ------------------------------------------------------------------------------------

export async function countSubjectKeysByOrgVersion(db: Db) {
  const rows = await db
    .selectFrom('crypto_subject_keys')
    .select(['organization_id', 'org_key_version', sql<number>`count(*)::int`.as('count')])
    .groupBy(['organization_id', 'org_key_version'])
    .orderBy('organization_id')
    .orderBy('org_key_version')
    .execute();
  return rows.map((r) => ({ organizationId: r.organization_id, orgKeyVersion: r.org_key_version, count: r.count }));
}

export async function countShreddedSubjects(db: Db): Promise<number> {
  const row = await db.selectFrom('shredded_subjects').select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow();
  return row.count;
}

export async function listOrganizationStates(db: Db) {
  return db.selectFrom('crypto_organizations').select(['organization_id', 'current_key_version', 'min_key_version']).orderBy('organization_id').execute();
}
