// The only SQL on the second factor: the TOTP columns of users and the user_recovery_codes table.
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';

/** Stores a new, not yet confirmed TOTP secret; refused (false) once TOTP is enrolled. */
export async function setPendingTotpSecret(db: Db, input: { organizationId: string; userId: string; secretCt: Buffer; now: Date }): Promise<boolean> {
  const rows = await db
    .updateTable('users')
    .set({ totp_secret_ct: input.secretCt, totp_last_step: null, updated_at: input.now })
    .where('organization_id', '=', input.organizationId)
    .where('id', '=', input.userId)
    .where('totp_enrolled_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Confirms enrollment with the step of the code that proved it. */
export async function markTotpEnrolled(db: Db, input: { organizationId: string; userId: string; step: number; now: Date }): Promise<boolean> {
  const rows = await db
    .updateTable('users')
    .set({ totp_enrolled_at: input.now, totp_last_step: input.step, updated_at: input.now })
    .where('organization_id', '=', input.organizationId)
    .where('id', '=', input.userId)
    .where('totp_enrolled_at', 'is', null)
    .returning('id')
    .execute();
  return rows.length === 1;
}

/**
 * Records the accepted step. Conditional on the stored step being older, so two requests with the
 * same code (on two instances) cannot both succeed: the second updates nothing and gets false.
 */
export async function advanceTotpStep(db: Db, input: { organizationId: string; userId: string; step: number; now: Date }): Promise<boolean> {
  const rows = await db
    .updateTable('users')
    .set({ totp_last_step: input.step, updated_at: input.now })
    .where('organization_id', '=', input.organizationId)
    .where('id', '=', input.userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', input.step)]))
    .returning('id')
    .execute();
  return rows.length === 1;
}

/** Deletes a user's recovery codes and stores new digests. */
export async function replaceRecoveryCodes(db: Db, input: { organizationId: string; userId: string; hashes: readonly Buffer[]; now: Date }): Promise<void> {
  await db.deleteFrom('user_recovery_codes').where('organization_id', '=', input.organizationId).where('user_id', '=', input.userId).execute();
  if (input.hashes.length === 0) return;
  await db
    .insertInto('user_recovery_codes')
    .values(input.hashes.map((h) => ({ id: randomUUID(), organization_id: input.organizationId, user_id: input.userId, code_hash: h, used_at: null, created_at: input.now })))
    .execute();
}

export async function listUnusedRecoveryCodes(db: Db, input: { organizationId: string; userId: string }): Promise<Array<{ id: string; code_hash: Uint8Array }>> {
  return db
    .selectFrom('user_recovery_codes')
    .select(['id', 'code_hash'])
    .where('organization_id', '=', input.organizationId)
    .where('user_id', '=', input.userId)
    .where('used_at', 'is', null)
    .orderBy('id')
    .execute();
}

/** Marks a code used; false if it was used meanwhile (by a concurrent request), so it works once. */
export async function markRecoveryCodeUsed(db: Db, input: { id: string; now: Date }): Promise<boolean> {
  const rows = await db.updateTable('user_recovery_codes').set({ used_at: input.now }).where('id', '=', input.id).where('used_at', 'is', null).returning('id').execute();
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(db: Db, input: { organizationId: string; userId: string }): Promise<number> {
  const row = await db
    .selectFrom('user_recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', input.organizationId)
    .where('user_id', '=', input.userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
