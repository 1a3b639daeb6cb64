// How authentication events become audit entries: one shape, so the compliance console can search
// them by action ('auth.login', 'auth.login_failed', 'auth.lockout', ...). Nothing typed by the
// person (email, password, codes, tokens) ever goes into an entry, not even into the encrypted
// details: details hold only closed-vocabulary facts such as the failure reason.
import { z } from 'zod';
import type { TAuditEntryInput } from '../audit/audit.types';

/** Who made the HTTP request, as the audit log records it. */
export interface TAuthRequest {
  requestId: string;
  clientAddress: string;
}

export type AuthAction =
  | 'auth.login'
  | 'auth.login_failed'
  | 'auth.mfa_enrolled'
  | 'auth.mfa_verified'
  | 'auth.mfa_failed'
  | 'auth.lockout'
  | 'auth.logout'
  | 'auth.session_revoked'
  | 'auth.session_idle_expired'
  | 'auth.session_expired'
  | 'auth.recovery_codes_regenerated';

export const AUTH_PURPOSE = 'authentication';
export const ANONYMOUS_ROLE = 'anonymous';

const ZIp = z.union([z.ipv4(), z.ipv6()]);

/**
 * The address in a form the audit schema accepts: IPv4-mapped IPv6 ('::ffff:10.0.0.1') becomes
 * the IPv4 address; anything else unparseable becomes null rather than failing the request.
 *
 * @example
 *   auditClientIp('::ffff:127.0.0.1'); // '127.0.0.1'
 */
export function auditClientIp(address: string | undefined): string | null {
  if (!address) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const candidate = mapped ?? address;
  return ZIp.safeParse(candidate).success ? candidate : null;
}

/**
 * `request` is null for events no request caused (the expiry sweeper).
 *
 * @example
 *   await audit.appendAudit(db, authAuditEntry(req, { organizationId, action: 'auth.login_failed', outcome: 'deny', reason: 'bad_credentials' }));
 */
export function authAuditEntry(
  request: TAuthRequest | null,
  entry: {
    organizationId: string;
    action: AuthAction;
    outcome: 'allow' | 'deny';
    actorId?: string | null;
    actorRole?: string;
    resourceType?: 'user' | 'session' | 'auth_throttle';
    resourceId?: string | null;
    reason?: string;
    details?: Record<string, string | number | boolean | null>;
  },
): TAuditEntryInput {
  return {
    organizationId: entry.organizationId,
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole ?? ANONYMOUS_ROLE,
    action: entry.action,
    resourceType: entry.resourceType ?? 'session',
    resourceId: entry.resourceId ?? null,
    purpose: AUTH_PURPOSE,
    outcome: entry.outcome,
    ...(entry.reason ? { reason: entry.reason } : {}),
    requestId: request?.requestId ?? null,
    clientIp: auditClientIp(request?.clientAddress),
    ...(entry.details ? { details: entry.details } : {}),
  };
}
