// Break-glass and audit-review grants and their review: the only SQL on access_grants. Reasons
// and notes arrive and leave as ciphertext (under the patient's subject key).
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { AccessGrantsTable } from './access.tables';

export type TAccessGrantRow = Selectable<AccessGrantsTable>;

export async function insertAccessGrant(
  db: Db,
  g: { id: string; organizationId: string; userId: string; patientId: string; kind: TAccessGrantRow['kind']; reasonCt: Uint8Array; grantedAt: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('access_grants')
    .values({
      id: g.id,
      organization_id: g.organizationId,
      user_id: g.userId,
      patient_id: g.patientId,
      kind: g.kind,
      reason_ct: Buffer.from(g.reasonCt),
      granted_at: g.grantedAt,
      expires_at: g.expiresAt,
    })
    .execute();
}

/**
 * A user's grants for the policy: with `patientId`, all of them for that patient (so a lapsed one
 * can be named); otherwise those that expired after `lapsedSince` (active ones and recent ones).
 */
export async function listGrantsOfUser(
  db: Db,
  q: { organizationId: string; userId: string; patientId?: string; lapsedSince: Date },
): Promise<Array<Omit<TAccessGrantRow, 'reason_ct' | 'review_note_ct'>>> {
  let query = db
    .selectFrom('access_grants')
    .select(['id', 'organization_id', 'user_id', 'patient_id', 'kind', 'granted_at', 'expires_at', 'revoked_at', 'reviewed_at', 'reviewed_by', 'review_outcome'])
    .where('organization_id', '=', q.organizationId)
    .where('user_id', '=', q.userId);
  query = q.patientId ? query.where('patient_id', '=', q.patientId) : query.where('expires_at', '>', q.lapsedSince);
  return query.orderBy('granted_at', 'desc').limit(200).execute();
}

/** Grants of a kind still waiting for review, oldest first. */
export async function listUnreviewedGrants(db: Db, q: { organizationId: string; kind: TAccessGrantRow['kind']; limit: number }): Promise<TAccessGrantRow[]> {
  return db
    .selectFrom('access_grants')
    .selectAll()
    .where('organization_id', '=', q.organizationId)
    .where('kind', '=', q.kind)
    .where('reviewed_at', 'is', null)
    .orderBy('granted_at')
    .limit(q.limit)
    .execute();
}

/** Locks the grant for the rest of the transaction (one review wins). */
export async function findGrantForUpdate(db: Db, organizationId: string, grantId: string): Promise<TAccessGrantRow | undefined> {
  return db.selectFrom('access_grants').selectAll().where('organization_id', '=', organizationId).where('id', '=', grantId).forUpdate().executeTakeFirst();
}

export async function recordGrantReview(
  db: Db,
  q: { organizationId: string; grantId: string; reviewedBy: string; outcome: 'appropriate' | 'inappropriate'; noteCt: Uint8Array | null; at: Date; revoke: boolean },
): Promise<void> {
  await db
    .updateTable('access_grants')
    .set({
      reviewed_at: q.at,
      reviewed_by: q.reviewedBy,
      review_outcome: q.outcome,
      review_note_ct: q.noteCt ? Buffer.from(q.noteCt) : null,
      ...(q.revoke ? { revoked_at: q.at } : {}),
    })
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.grantId)
    .execute();
}
