// Sign-in as one service for the routes: first factor (login.service), second factor
// (mfa.service), sessions (sessions.service) and throttling (throttle.service), wired from the
// context's narrow parts, plus the session summary the web app shows.
import type { AppClock } from '../../context';
import type { Db } from '../../db/client';
import type { AuditService } from '../audit/audit.service';
import type { CryptoService } from '../crypto/crypto.service';
import { createLoginService, type LoginService } from './login.service';
import { createMfaService, type MfaService } from './mfa.service';
import { countUnusedRecoveryCodes } from './mfa.repo';
import { createPasswordHasher, type PasswordHasher } from './password-hash';
import { findSessionPolicy } from './sessions.repo';
import { createSessionService, type SessionService, type TSessionAuth } from './sessions.service';
import { createThrottleService, type ThrottleService } from './throttle.service';
import { decryptProfile } from './user-fields';
import { findUserById } from './users.repo';

/** The signed-in person as GET /api/v1/auth/session describes them (web/src/api.ts TSession). */
export interface TSessionView {
  user: { displayName: string; role: TSessionAuth['role']; patientId: string | null };
  idleExpiresInSeconds: number;
  mfa: { totpEnrolled: boolean; recoveryCodesRemaining: number };
  /** Only when the organization forces periodic change and the password is older than allowed. */
  passwordChangeRequired?: true;
}

export interface AuthService {
  login: LoginService;
  mfa: MfaService;
  sessions: SessionService;
  throttle: ThrottleService;
  describeSession(db: Db, input: { auth: TSessionAuth; idleExpiresAt: Date }): Promise<TSessionView>;
}

const ROLE_NAMES: Record<TSessionAuth['role'], string> = { patient: 'Patient', clinician: 'Clinician', compliance_officer: 'Compliance officer', admin: 'Administrator' };

/**
 * @example
 *   const auth = createAuthService({ crypto: ctx.crypto, clock: ctx.clock, audit: ctx.audit });
 *   const { status, session } = await auth.login.login(ctx.db, { organizationId, email, password, request, userAgent });
 */
export function createAuthService(deps: { crypto: CryptoService; clock: AppClock; audit: AuditService; hasher?: PasswordHasher }): AuthService {
  const hasher = deps.hasher ?? createPasswordHasher();
  const sessions = createSessionService({ clock: deps.clock, audit: deps.audit });
  const throttle = createThrottleService({ crypto: deps.crypto, clock: deps.clock, audit: deps.audit });
  const login = createLoginService({ clock: deps.clock, audit: deps.audit, hasher, sessions, throttle });
  const mfa = createMfaService({ crypto: deps.crypto, clock: deps.clock, audit: deps.audit, sessions, throttle });

  return {
    login,
    mfa,
    sessions,
    throttle,
    async describeSession(db, { auth, idleExpiresAt }) {
      const user = await findUserById(db, auth.organizationId, auth.userId);
      const profile = user ? await decryptProfile(deps.crypto, db, user) : { name: null };
      const recoveryCodesRemaining = await countUnusedRecoveryCodes(db, { organizationId: auth.organizationId, userId: auth.userId });
      const now = deps.clock.now();
      const view: TSessionView = {
        user: { displayName: profile.name ?? ROLE_NAMES[auth.role], role: auth.role, patientId: user?.patient_id ?? null },
        idleExpiresInSeconds: Math.max(0, Math.floor((idleExpiresAt.getTime() - now.getTime()) / 1000)),
        mfa: { totpEnrolled: Boolean(user?.totp_enrolled_at), recoveryCodesRemaining },
      };
      const policy = await findSessionPolicy(db, auth.organizationId);
      if (policy.passwordMaxAgeDays !== null && user?.password_hash) {
        const changed = new Date(user.password_changed_at ?? user.created_at).getTime();
        if (now.getTime() - changed > policy.passwordMaxAgeDays * 86_400_000) view.passwordChangeRequired = true;
      }
      return view;
    },
  };
}
