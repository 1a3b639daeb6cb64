// The mail_outbox table: the only SQL on it. Recipient, subject and body arrive and leave as
// ciphertext (organization key); the mailer encrypts and decrypts them.
import type { Insertable, Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { MailOutboxTable } from '../identity/identity.tables';

export type TMailRow = Selectable<MailOutboxTable>;
export type TMailSummaryRow = Omit<TMailRow, 'body_ct'>;

export async function insertMail(db: Db, row: Insertable<MailOutboxTable>): Promise<void> {
  await db.insertInto('mail_outbox').values(row).execute();
}

export async function findMail(db: Db, organizationId: string, id: string): Promise<TMailRow | undefined> {
  return db.selectFrom('mail_outbox').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** Newest first; recipient and subject only (bodies are read one at a time). */
export async function listMail(db: Db, q: { organizationId: string; status?: TMailRow['status']; limit: number; before?: Date }): Promise<TMailSummaryRow[]> {
  let query = db
    .selectFrom('mail_outbox')
    .select(['id', 'organization_id', 'user_id', 'kind', 'recipient_ct', 'subject_ct', 'status', 'attempts', 'last_error', 'created_at', 'sent_at'])
    .where('organization_id', '=', q.organizationId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.before) query = query.where('created_at', '<', q.before);
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

/** Queued mails, oldest first; the mailer picks the due ones and claims each before sending. */
export async function listQueuedMail(db: Db, limit: number): Promise<TMailRow[]> {
  return db.selectFrom('mail_outbox').selectAll().where('status', '=', 'queued').orderBy('created_at').limit(limit).execute();
}

/**
 * Claims the next attempt of a queued mail by counting it before sending: the update succeeds for
 * one caller only (another instance, or a second timer tick, sees `attempts` changed), so a mail
 * is not sent twice at once, and no transaction stays open while the SMTP server answers.
 */
export async function claimMailAttempt(db: Db, id: string, attemptsSeen: number): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ attempts: attemptsSeen + 1 })
    .where('id', '=', id)
    .where('status', '=', 'queued')
    .where('attempts', '=', attemptsSeen)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markMailSent(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('mail_outbox').set({ status: 'sent', sent_at: at, last_error: null }).where('id', '=', id).execute();
}

/** Records why an attempt failed (a PHI-free code); `giveUp` ends the retries ('failed'). */
export async function markMailAttemptFailed(db: Db, id: string, q: { error: string; giveUp: boolean }): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ status: q.giveUp ? 'failed' : 'queued', last_error: q.error })
    .where('id', '=', id)
    .execute();
}
