// Administrators read the organization's mail: the whole outbox when no SMTP server is configured
// (a headless first start, a test installation), and the delivery state of queued and sent mail.
// Reading is audited. The body of a mail that went (or is going) out over SMTP is withheld: its
// links are for its recipient, and an administrator must not be able to take over an account by
// reading a password-reset link.
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { Authorize } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import type { Mailer, TMail, TMailSummary } from './mailer';

export const WITHHELD_BODY = '(Not shown: this mail was sent over SMTP to its recipient; the links in it are for them only.)';

export interface OutboxService {
  list(auth: TAuth, q: { limit: number; before?: Date }, call: TRequestContext): Promise<TMailSummary[]>;
  read(auth: TAuth, id: string, call: TRequestContext): Promise<TMail>;
}

export interface OutboxDeps {
  db: Db;
  mailer: Pick<Mailer, 'list' | 'read'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
}

/**
 * @example
 *   const outbox = createOutboxService({ db, mailer, audit, authorize });
 *   const messages = await outbox.list(requireSession(request), { limit: 50 }, getRequestContext(request));
 */
export function createOutboxService(deps: OutboxDeps): OutboxService {
  const authorize = (auth: TAuth, call: TRequestContext) =>
    deps.authorize(deps.db, { auth, action: 'user.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext: call });
  return {
    async list(auth, q, call) {
      const granted = await authorize(auth, call);
      const mails = await deps.mailer.list(deps.db, { organizationId: auth.organizationId, limit: q.limit, ...(q.before ? { before: q.before } : {}) });
      await deps.audit.appendAudit(deps.db, granted.auditEntry({ action: 'mail.outbox_listed', resourceType: 'mail_outbox', resourceId: null, details: { count: mails.length } }));
      return mails;
    },
    async read(auth, id, call) {
      const granted = await authorize(auth, call);
      const mail = await deps.mailer.read(deps.db, auth.organizationId, id);
      if (!mail) throw new AppError('not_found', 'No such mail.');
      const withheld = mail.status === 'queued' || mail.status === 'sent';
      await deps.audit.appendAudit(deps.db, granted.auditEntry({ action: 'mail.outbox_read', resourceType: 'mail_outbox', resourceId: mail.id, details: { kind: mail.kind, bodyShown: !withheld } }));
      return withheld ? { ...mail, text: WITHHELD_BODY } : mail;
    },
  };
}
