// Staff accounts: an administrator (or `custos admin create`) invites an email address with a
// role; the account waits as 'invited' with no password until its holder opens the mailed link
// (72 h, single use), chooses a password, and so proves the address. TOTP enrollment follows at
// the first sign-in, like for everyone.
import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { Role } from '../access/access.types';
import { assertAcceptablePassword, auditRequestFields, tokenLink, type AccountDeps, type AdminDeps, type TCallContext } from './account.types';
import { invitationMail } from './account-mails';
import { issueEmailToken, refuseToken, takeEmailToken } from './email-verification.service';
import { decryptEmail, emailBlindIndex, encryptEmail, encryptProfile } from './user-fields';
import { findUserByEmailIndex, findUserForUpdate, insertUser, updateUser } from './users.repo';

export const STAFF_ROLES = ['clinician', 'compliance_officer', 'admin'] as const satisfies readonly Role[];
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface TInvitationInput {
  email: string;
  role: StaffRole;
  name?: string | undefined;
}

export interface TInvitation {
  userId: string;
  /** The one-time link (mailed; the CLI also prints it). */
  link: string;
  expiresAt: Date;
}

export interface InvitationsService {
  /** An administrator invites a staff member. Re-inviting a pending address sends a new link. */
  invite(auth: TAuth, input: TInvitationInput, call: TCallContext): Promise<Omit<TInvitation, 'link'>>;
  /**
   * For the CLI (`custos admin create`): invites without a signed-in administrator, audited with a
   * null actor and role 'system'. Only the operator of the installation can run it.
   */
  systemInvite(input: TInvitationInput & { organizationId: string }): Promise<TInvitation>;
  /** Accepts an invitation: sets name and password, marks the email verified, activates the account. */
  accept(input: { token: string; name: string; password: string }, call: TCallContext): Promise<void>;
}

/**
 * Creates (or renews) the invited account, its token and its mail in `trx`.
 */
async function createInvitation(
  deps: AccountDeps,
  trx: Db,
  q: TInvitationInput & { organizationId: string; now: Date },
): Promise<TInvitation & { renewed: boolean }> {
  const email = q.email.trim();
  const index = await emailBlindIndex(deps.crypto, trx, q.organizationId, email);
  const existing = await findUserByEmailIndex(trx, q.organizationId, index);
  if (existing && existing.status !== 'invited') {
    throw new AppError('conflict', 'An account with this email address already exists.');
  }
  const userId = existing?.id ?? randomUUID();
  const row = { organization_id: q.organizationId, id: userId, patient_id: null };
  const profile = await encryptProfile(deps.crypto, trx, row, { name: q.name?.trim() || null, dateOfBirth: null });
  if (existing) {
    await updateUser(trx, q.organizationId, userId, { role: q.role, ...(q.name ? { name_ct: profile.name_ct } : {}) });
  } else {
    await insertUser(trx, {
      id: userId,
      organization_id: q.organizationId,
      role: q.role,
      status: 'invited',
      patient_id: null,
      email_ct: await encryptEmail(deps.crypto, trx, q.organizationId, userId, email),
      email_bidx: index,
      ...profile,
      created_at: q.now,
      updated_at: q.now,
    });
  }
  const { token, expiresAt } = await issueEmailToken(trx, { organizationId: q.organizationId, userId, purpose: 'invitation', now: q.now });
  const link = tokenLink(deps.publicUrl, 'accept-invitation', token);
  await deps.mailer.send(trx, { organizationId: q.organizationId, userId, to: email, ...invitationMail(link, q.role) });
  return { userId, link, expiresAt, renewed: existing !== undefined };
}

/**
 * @example
 *   const invitations = createInvitationsService(deps);
 *   await invitations.invite(requireSession(request), { email, role: 'clinician' }, getRequestContext(request));
 */
export function createInvitationsService(deps: AdminDeps): InvitationsService {
  return {
    async invite(auth, input, call) {
      const granted = await deps.authorize(deps.db, { auth, action: 'user.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext: call });
      const invitation = await deps.db.transaction().execute(async (trx) => {
        const created = await createInvitation(deps, trx, { ...input, organizationId: auth.organizationId, now: granted.now });
        await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({ action: 'user.invited', resourceType: 'user', resourceId: created.userId, details: { role: input.role, renewed: created.renewed } }),
          ...auditRequestFields(call),
        });
        return created;
      });
      deps.mailer.deliverSoon();
      return { userId: invitation.userId, expiresAt: invitation.expiresAt };
    },

    async systemInvite(input) {
      const now = deps.clock.now();
      return deps.db.transaction().execute(async (trx) => {
        const created = await createInvitation(deps, trx, { ...input, now });
        await deps.audit.appendAudit(trx, {
          organizationId: input.organizationId,
          actorId: null,
          actorRole: 'system',
          action: 'user.invited',
          resourceType: 'user',
          resourceId: created.userId,
          purpose: 'operations',
          outcome: 'allow',
          reason: 'cli_admin_create',
          requestId: null,
          clientIp: null,
          details: { role: input.role, renewed: created.renewed, via: 'custos admin create' },
        });
        return { userId: created.userId, link: created.link, expiresAt: created.expiresAt };
      });
    },

    async accept(input, call) {
      const now = deps.clock.now();
      const result = await deps.db.transaction().execute(async (trx) => {
        const taken = await takeEmailToken(trx, { token: input.token, purpose: 'invitation', now });
        if (!taken.ok) return taken;
        const user = await findUserForUpdate(trx, taken.row.organization_id, taken.row.user_id);
        if (!user || user.status !== 'invited') return { ok: false as const, refusal: 'used' as const, row: taken.row };
        const name = input.name.trim();
        const email = await decryptEmail(deps.crypto, trx, user);
        // A refused password throws and rolls back: the link still works for a better password.
        assertAcceptablePassword(deps.blocklist, input.password, { email, name }, 'password');
        const hash = await deps.hasher.hash(input.password);
        const profile = await encryptProfile(deps.crypto, trx, user, { name, dateOfBirth: null });
        await updateUser(trx, user.organization_id, user.id, {
          status: 'active',
          password_hash: hash,
          password_changed_at: now,
          email_verified_at: now,
          name_ct: profile.name_ct,
        });
        await deps.audit.appendAudit(trx, {
          organizationId: user.organization_id,
          actorId: user.id,
          actorRole: user.role,
          action: 'user.invitation_accepted',
          resourceType: 'user',
          resourceId: user.id,
          purpose: 'operations',
          outcome: 'allow',
          ...auditRequestFields(call),
        });
        return taken;
      });
      if (!result.ok) throw await refuseToken(deps, { action: 'user.invitation_accept_failed', refusal: result.refusal, row: result.row, call });
    },
  };
}
