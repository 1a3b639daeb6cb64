// Outgoing mail. Every mail is first a row of mail_outbox, written in the caller's transaction
// with recipient, subject and body encrypted under the organization key, so a mail exists exactly
// when the change it announces committed. With CUSTOS_SMTP_URL the row is 'queued' and sent over
// SMTP (nodemailer) after the commit, retried on a timer with growing delays; without it the row
// stays in the 'outbox' for administrators to read (and tests, and `custos admin list-outbox`).
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import type { Db } from '../../db/client';
import type { CryptoService } from '../crypto/crypto.service';
import { claimMailAttempt, findMail, insertMail, listMail, listQueuedMail, markMailAttemptFailed, markMailSent, type TMailRow } from './mail.repo';

/** What a mail is about: a non-PHI label stored in clear (mail_outbox.kind). */
export const MAIL_KINDS = [
  'verify_email',
  'registration_attempt',
  'invitation',
  'password_reset',
  'password_changed',
  'mfa_reset',
  'account_disabled',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface TMailInput {
  organizationId: string;
  userId?: string | null;
  kind: MailKind;
  to: string;
  subject: string;
  text: string;
}

export interface TMailSummary {
  id: string;
  kind: string;
  userId: string | null;
  to: string;
  subject: string;
  status: TMailRow['status'];
  attempts: number;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface TMail extends TMailSummary {
  text: string;
}

/**
 * Delay before each attempt, counted from the mail's creation: the first at once, then after 30 s,
 * 2 min, 10 min, 30 min and 1 h; after the last failure the mail is 'failed' and stays readable.
 */
export const RETRY_DELAYS_MS: readonly number[] = [0, 30_000, 120_000, 600_000, 1_800_000, 3_600_000];

export interface MailerLogger {
  warn(fields: Record<string, unknown>, message: string): void;
}

export interface MailerDeps {
  /** The root database: delivery runs after the callers' transactions, outside them. */
  db: Db;
  crypto: CryptoService;
  clock: { now(): Date };
  /** smtp:// or smtps:// URL (may hold credentials: never logged). Unset: outbox only. */
  smtpUrl?: string | undefined;
  from: string;
  logger?: MailerLogger;
  /** Mails looked at per delivery run (default 50). */
  batchSize?: number;
}

export interface Mailer {
  /** True when mail goes out over SMTP; false when it stays in the outbox. */
  readonly smtp: boolean;
  /** Stores the mail in `db` (the caller's transaction). Call `deliverSoon()` after the commit. */
  send(db: Db, mail: TMailInput): Promise<{ id: string }>;
  /** Sends every queued mail whose attempt is due; resolves when this run is over. */
  deliverDue(): Promise<{ sent: number; failed: number }>;
  /** Starts a delivery run in the background (after a commit that queued mail). */
  deliverSoon(): void;
  /** Retries on a timer (unref'd); `stop` ends it and waits for a running delivery. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
  list(db: Db, q: { organizationId: string; status?: TMailRow['status']; limit: number; before?: Date }): Promise<TMailSummary[]>;
  read(db: Db, organizationId: string, id: string): Promise<TMail | undefined>;
}

/** Due time of a mail's next attempt, or null when no attempt is left. */
export function nextAttemptAt(mail: Pick<TMailRow, 'created_at' | 'attempts'>): Date | null {
  if (mail.attempts >= RETRY_DELAYS_MS.length) return null;
  const delay = RETRY_DELAYS_MS.slice(0, mail.attempts + 1).reduce((a, b) => a + b, 0);
  return new Date(new Date(mail.created_at).getTime() + delay);
}

/**
 * A PHI-free description of a send failure: SMTP servers quote the recipient in their messages,
 * so only nodemailer's error code and the SMTP reply code are kept.
 */
export function describeSendFailure(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; name?: unknown };
  const code = typeof e.code === 'string' && /^[A-Z_]{1,40}$/.test(e.code) ? e.code : 'ESEND';
  const reply = typeof e.responseCode === 'number' ? ` ${e.responseCode}` : '';
  return `${code}${reply}`;
}

/**
 * @example
 *   const mailer = createMailer({ db, crypto, clock, smtpUrl: config.smtpUrl, from: config.mailFrom });
 *   await db.transaction().execute((trx) => mailer.send(trx, { organizationId, kind: 'verify_email', to, subject, text }));
 *   mailer.deliverSoon();
 */
export function createMailer(deps: MailerDeps): Mailer {
  const transport = deps.smtpUrl
    ? nodemailer.createTransport(deps.smtpUrl, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as never)
    : undefined;
  const batchSize = deps.batchSize ?? 50;
  let running: Promise<{ sent: number; failed: number }> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const binding = (row: Pick<TMailRow, 'organization_id' | 'id'>, column: 'recipient_ct' | 'subject_ct' | 'body_ct') => ({
    organizationId: row.organization_id,
    table: 'mail_outbox',
    column,
    rowId: row.id,
  });
  const decrypt = async (db: Db, row: Pick<TMailRow, 'organization_id' | 'id'>, column: 'recipient_ct' | 'subject_ct' | 'body_ct', value: Uint8Array): Promise<string> =>
    (await deps.crypto.decryptForOrganization(db, binding(row, column), value)).toString('utf8');

  const summary = async (db: Db, row: Omit<TMailRow, 'body_ct'>): Promise<TMailSummary> => ({
    id: row.id,
    kind: row.kind,
    userId: row.user_id,
    to: await decrypt(db, row, 'recipient_ct', row.recipient_ct),
    subject: await decrypt(db, row, 'subject_ct', row.subject_ct),
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
    sentAt: row.sent_at ? new Date(row.sent_at) : null,
  });

  const deliverOne = async (row: TMailRow): Promise<'sent' | 'failed' | 'skipped'> => {
    if (!transport) return 'skipped';
    const due = nextAttemptAt(row);
    if (!due || due.getTime() > deps.clock.now().getTime()) return 'skipped';
    if (!(await claimMailAttempt(deps.db, row.id, row.attempts))) return 'skipped';
    try {
      const to = await decrypt(deps.db, row, 'recipient_ct', row.recipient_ct);
      const subject = await decrypt(deps.db, row, 'subject_ct', row.subject_ct);
      const text = await decrypt(deps.db, row, 'body_ct', row.body_ct);
      await transport.sendMail({ from: deps.from, to, subject, text });
      await markMailSent(deps.db, row.id, deps.clock.now());
      return 'sent';
    } catch (error) {
      const reason = describeSendFailure(error);
      const giveUp = row.attempts + 1 >= RETRY_DELAYS_MS.length;
      await markMailAttemptFailed(deps.db, row.id, { error: reason, giveUp });
      deps.logger?.warn({ mailId: row.id, kind: row.kind, error: reason, attempt: row.attempts + 1, giveUp }, 'mail delivery failed');
      return 'failed';
    }
  };

  const runOnce = async (): Promise<{ sent: number; failed: number }> => {
    const totals = { sent: 0, failed: 0 };
    const rows = await listQueuedMail(deps.db, batchSize);
    for (const row of rows) {
      const outcome = await deliverOne(row);
      if (outcome !== 'skipped') totals[outcome] += 1;
    }
    return totals;
  };

  const deliverDue = (): Promise<{ sent: number; failed: number }> => {
    if (!transport) return Promise.resolve({ sent: 0, failed: 0 });
    if (running) {
      // A commit during this run may have queued more: run once more afterwards.
      again = true;
      return running;
    }
    running = (async () => {
      const totals = { sent: 0, failed: 0 };
      do {
        again = false;
        const result = await runOnce();
        totals.sent += result.sent;
        totals.failed += result.failed;
      } while (again);
      return totals;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  const deliverInBackground = (): void => {
    deliverDue().catch((error: unknown) => deps.logger?.warn({ error: describeSendFailure(error) }, 'mail delivery run failed'));
  };

  return {
    smtp: transport !== undefined,
    async send(db, mail) {
      const id = randomUUID();
      const row = { organization_id: mail.organizationId, id };
      const recipient_ct = await deps.crypto.encryptForOrganization(db, binding(row, 'recipient_ct'), Buffer.from(mail.to, 'utf8'));
      const subject_ct = await deps.crypto.encryptForOrganization(db, binding(row, 'subject_ct'), Buffer.from(mail.subject, 'utf8'));
      const body_ct = await deps.crypto.encryptForOrganization(db, binding(row, 'body_ct'), Buffer.from(mail.text, 'utf8'));
      await insertMail(db, {
        id,
        organization_id: mail.organizationId,
        user_id: mail.userId ?? null,
        kind: mail.kind,
        recipient_ct,
        subject_ct,
        body_ct,
        status: transport ? 'queued' : 'outbox',
        attempts: 0,
        created_at: deps.clock.now(),
      });
      return { id };
    },
    deliverDue,
    deliverSoon() {
      if (transport) setImmediate(deliverInBackground);
    },
    start(intervalMs = 15_000) {
      if (!transport || timer) return;
      timer = setInterval(deliverInBackground, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      transport?.close();
    },
    async list(db, q) {
      const rows = await listMail(db, q);
      const out: TMailSummary[] = [];
      for (const row of rows) out.push(await summary(db, row));
      return out;
    },
    async read(db, organizationId, id) {
      const row = await findMail(db, organizationId, id);
      if (!row) return undefined;
      const head = await summary(db, row);
      return { ...head, text: await decrypt(db, row, 'body_ct', row.body_ct) };
    },
  };
}
