// User administration: the list (for administrators, and for compliance officers' access
// reviews), roles, disabling, 2FA reset and session revocation. Each call asks the access policy
// (user.read / user.manage) and is audited in the transaction of its change. An organization
// never loses its last active administrator through these calls, and nobody changes their own
// role, status or second factor here (another administrator must).
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { Role } from '../access/access.types';
import { insertAlert } from '../alerts/alerts.repo';
import { auditRequestFields, type AdminDeps, type TCallContext } from './account.types';
import { mfaResetMail } from './account-mails';
import { deleteRecoveryCodes, lastSignIns } from './admin-users.repo';
import { revokeUserSessions } from './sessions.service';
import { decryptEmail, decryptProfile, emailBlindIndex } from './user-fields';
import { findUserByEmailIndex, findUserForUpdate, lockActiveAdminIds, listUsers, updateUser, type TUserRow } from './users.repo';

export interface TAdminUserView {
  id: string;
  /** A patient's address is masked in the list ("j•••@example.org"); shown whole only when looked up by it. */
  email: string;
  /** A patient's name is never shown to administration (minimum necessary). */
  name: string | null;
  /** Whether email is masked and the name withheld (patient accounts). */
  identityHidden: boolean;
  role: Role;
  status: TUserRow['status'];
  emailVerified: boolean;
  totpEnrolled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

export interface AdminUsersService {
  /** All users, patients masked; or with `email`, the one account with exactly that address. */
  list(auth: TAuth, call: TCallContext, filter?: { email?: string }): Promise<TAdminUserView[]>;
  setRole(auth: TAuth, userId: string, role: Role, call: TCallContext): Promise<void>;
  setStatus(auth: TAuth, userId: string, status: 'active' | 'disabled', call: TCallContext): Promise<void>;
  resetMfa(auth: TAuth, userId: string, call: TCallContext): Promise<void>;
  revokeSessions(auth: TAuth, userId: string, call: TCallContext): Promise<{ sessionsEnded: number }>;
}

const NOT_FOUND = 'No such user in your organization.';

/**
 * @example
 *   const users = createAdminUsersService(deps);
 *   await users.setRole(requireSession(request), params.userId, 'compliance_officer', getRequestContext(request));
 */
export function createAdminUsersService(deps: AdminDeps): AdminUsersService {
  const manage = (auth: TAuth, call: TCallContext) =>
    deps.authorize(deps.db, { auth, action: 'user.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext: call });

  /** The target, locked; refuses a missing user and (where `notSelf`) the caller themself. */
  const target = async (trx: Db, auth: TAuth, userId: string, notSelf?: string): Promise<TUserRow> => {
    const user = await findUserForUpdate(trx, auth.organizationId, userId);
    if (!user) throw new AppError('not_found', NOT_FOUND);
    if (notSelf && user.id === auth.userId) throw new AppError('conflict', notSelf);
    return user;
  };

  /** Refuses a change that would leave no active administrator (`admins` from lockActiveAdminIds). */
  const keepAnAdmin = (admins: readonly string[], user: TUserRow): void => {
    if (user.role !== 'admin' || user.status !== 'active') return;
    if (admins.filter((id) => id !== user.id).length === 0) {
      throw new AppError('conflict', 'This is the last active administrator; make someone else an administrator first.');
    }
  };

  const endSessions = async (trx: Db, user: TUserRow, reason: 'revoked' | 'mfa_reset', at: Date): Promise<number> =>
    (await revokeUserSessions(trx, { organizationId: user.organization_id, userId: user.id, reason, now: at })).sessionIds.length;

  return {
    async list(auth, call, filter = {}) {
      const granted = await deps.authorize(deps.db, { auth, action: 'user.read', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext: call });
      // Administration needs account state, not who the patients are (45 CFR 164.514(d)): a
      // patient's name is withheld and their address masked, unless the administrator already
      // has it (a look-up by the exact address, e.g. a patient calling for help), which is then
      // filed under that patient, so it shows in their "Who saw my data".
      const lookedUp = filter.email !== undefined;
      const rows = lookedUp
        ? [await findUserByEmailIndex(deps.db, auth.organizationId, await emailBlindIndex(deps.crypto, deps.db, auth.organizationId, filter.email!))].filter((r): r is TUserRow => r !== undefined)
        : await listUsers(deps.db, auth.organizationId);
      const signIns = await lastSignIns(deps.db, auth.organizationId);
      const users: TAdminUserView[] = [];
      for (const row of rows) {
        const isPatient = row.role === 'patient';
        const email = await decryptEmail(deps.crypto, deps.db, row);
        const name = !isPatient && row.name_ct ? (await decryptProfile(deps.crypto, deps.db, row)).name : null;
        users.push({
          id: row.id,
          email: isPatient && !lookedUp ? maskEmail(email) : email,
          name,
          identityHidden: isPatient,
          role: row.role,
          status: row.status,
          emailVerified: row.email_verified_at !== null,
          totpEnrolled: row.totp_enrolled_at !== null,
          lastSignInAt: signIns.get(row.id) ?? null,
          createdAt: new Date(row.created_at),
        });
      }
      const found = lookedUp ? rows[0] : undefined;
      await deps.audit.appendAudit(deps.db, {
        ...granted.auditEntry({ action: lookedUp ? 'user.looked_up' : 'user.listed', resourceType: 'user', ...(found ? { resourceId: found.id } : {}), details: { count: users.length } }),
        ...(found?.patient_id ? { subjectId: found.patient_id } : {}),
        ...auditRequestFields(call),
      });
      return users;
    },

    async setRole(auth, userId, role, call) {
      const granted = await manage(auth, call);
      await deps.db.transaction().execute(async (trx) => {
        const admins = await lockActiveAdminIds(trx, auth.organizationId);
        const user = await target(trx, auth, userId, 'You cannot change your own role; ask another administrator.');
        if (user.role === role) return;
        if (user.role === 'patient' || role === 'patient') {
          throw new AppError('conflict', 'Patient accounts and staff accounts are separate: invite staff, and patients register themselves.');
        }
        if (role !== 'admin') keepAnAdmin(admins, user);
        await updateUser(trx, user.organization_id, user.id, { role });
        // Open sessions carry the old role: end them so the new one applies from the next sign-in.
        const ended = await endSessions(trx, user, 'revoked', granted.now);
        await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({ action: 'user.role_changed', resourceType: 'user', resourceId: user.id, details: { from: user.role, to: role, sessionsEnded: ended } }),
          ...auditRequestFields(call),
        });
      });
    },

    async setStatus(auth, userId, status, call) {
      const granted = await manage(auth, call);
      await deps.db.transaction().execute(async (trx) => {
        const admins = await lockActiveAdminIds(trx, auth.organizationId);
        const user = await target(trx, auth, userId, 'You cannot disable or enable your own account; ask another administrator.');
        // An invited account that is enabled again goes back to waiting for its holder.
        const next = status === 'active' && !user.password_hash ? 'invited' : status;
        if (user.status === next) return;
        if (status === 'disabled') keepAnAdmin(admins, user);
        await updateUser(trx, user.organization_id, user.id, { status: next });
        const ended = status === 'disabled' ? await endSessions(trx, user, 'revoked', granted.now) : 0;
        await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({
            action: status === 'disabled' ? 'user.disabled' : 'user.enabled',
            resourceType: 'user',
            resourceId: user.id,
            details: { from: user.status, to: next, sessionsEnded: ended },
          }),
          ...auditRequestFields(call),
        });
      });
    },

    async resetMfa(auth, userId, call) {
      const granted = await manage(auth, call);
      await deps.db.transaction().execute(async (trx) => {
        const user = await target(trx, auth, userId, 'You cannot reset your own two-step verification; ask another administrator, or use a recovery code.');
        await updateUser(trx, user.organization_id, user.id, { totp_secret_ct: null, totp_enrolled_at: null, totp_last_step: null });
        await deleteRecoveryCodes(trx, user.organization_id, user.id);
        const ended = await endSessions(trx, user, 'mfa_reset', granted.now);
        await deps.mailer.send(trx, { organizationId: user.organization_id, userId: user.id, to: await decryptEmail(deps.crypto, trx, user), ...mfaResetMail(deps.publicUrl) });
        const entry = await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({ action: 'user.mfa_reset', resourceType: 'user', resourceId: user.id, details: { sessionsEnded: ended } }),
          ...auditRequestFields(call),
        });
        await insertAlert(trx, {
          organizationId: user.organization_id,
          kind: 'mfa_reset',
          severity: 'warning',
          summary: 'An administrator reset a user’s two-step verification.',
          userId: user.id,
          auditEntryId: entry.id,
          at: granted.now,
        });
      });
      deps.mailer.deliverSoon();
    },

    async revokeSessions(auth, userId, call) {
      const granted = await manage(auth, call);
      return deps.db.transaction().execute(async (trx) => {
        const user = await target(trx, auth, userId);
        const ended = await endSessions(trx, user, 'revoked', granted.now);
        await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({ action: 'user.sessions_revoked', resourceType: 'user', resourceId: user.id, details: { sessionsEnded: ended } }),
          ...auditRequestFields(call),
        });
        return { sessionsEnded: ended };
      });
    },
  };
}

/**
 * The first letter of the local part and the domain: enough to tell accounts apart in a list,
 * not enough to know who the patient is.
 *
 * @example
 *   maskEmail('jane.roe@example.org') // 'j•••@example.org'
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at <= 0 ? '•••' : `${email.slice(0, 1)}•••${email.slice(at)}`;
}
