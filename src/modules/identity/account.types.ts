// What the account services (registration, email verification, invitations, passwords, user
// administration, settings) share: their dependencies, the call context, token lifetimes, and
// the one way a prospective password is refused.
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TRequestContext } from '../../server/request-context';
import type { Authorize } from '../access/authorize';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import type { Mailer } from '../mail/mailer';
import type { PasswordBlocklist } from './password-blocklist';
import type { PasswordHasher } from './password-hash';
import { checkPassword, passwordContext } from './password-policy';

export interface AccountDeps {
  /** The root database (services open their own transactions). */
  db: Db;
  crypto: CryptoService;
  clock: AppClock;
  audit: Pick<AuditService, 'appendAudit'>;
  mailer: Pick<Mailer, 'send' | 'deliverSoon'>;
  hasher: PasswordHasher;
  blocklist: PasswordBlocklist;
  /** Base of links in mails, without a trailing slash (config.publicUrl). */
  publicUrl: string;
  /** Where self-registration and anonymous requests land (single-tenant installations). */
  organizationId: string;
}

/** Account services that act for a signed-in administrator also ask the access policy. */
export interface AdminDeps extends AccountDeps {
  authorize: Authorize;
}

export type TCallContext = TRequestContext;

/** A call made by Custos itself (the CLI), audited with a null actor and role 'system'. */
export const SYSTEM_CALL: TCallContext = { requestId: 'cli', clientAddress: '' };

export const TOKEN_LIFETIME_MS = {
  verify_email: 24 * 60 * 60 * 1000,
  invitation: 72 * 60 * 60 * 1000,
  reset_password: 30 * 60 * 1000,
} as const;

/** The audit entry's request fields; an address that is not an IP (the CLI) is left out. */
export function auditRequestFields(call: TCallContext): { requestId: string | null; clientIp: string | null } {
  const ip = call.clientAddress;
  const valid = /^[0-9.]+$/.test(ip) || /^[0-9a-f:.]+$/i.test(ip);
  return { requestId: call.requestId || null, clientIp: ip && valid ? ip : null };
}

/**
 * Refuses a prospective password (registration, invitation, change, reset) with every reason,
 * each at the field, so the page can show them where the person types.
 *
 * @example
 *   assertAcceptablePassword(deps.blocklist, input.password, { email, name }, 'password');
 */
export function assertAcceptablePassword(
  blocklist: PasswordBlocklist,
  password: string,
  context: { email?: string; name?: string; dateOfBirth?: string },
  field: string,
): void {
  const result = checkPassword(password, { blocklist, context: passwordContext(context) });
  if (result.ok) return;
  const problems = result.problems.map((p) => p.message);
  throw new AppError('validation_failed', problems.join(' '), {
    fields: problems.map((problem) => ({ location: 'body', path: field, problem })),
    reasons: result.problems.map((p) => p.code),
  });
}

/** A link into the web app carrying a one-time token in the fragment (kept out of server logs). */
export function tokenLink(publicUrl: string, page: string, token: string): string {
  return `${publicUrl}/${page}#token=${token}`;
}
