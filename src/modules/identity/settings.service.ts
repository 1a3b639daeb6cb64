// Organization security settings: automatic logoff (idle timeout), absolute session lifetime,
// optional forced password change, and how long break-glass access lasts. Ranges match the
// CHECK constraints of migration 0004; every change is audited with the old and new values.
import { z } from 'zod';
import type { TAuth } from '../../server/auth';
import { auditRequestFields, type AdminDeps, type TCallContext } from './account.types';
import { findSettings, findSettingsForUpdate, updateSettings, type TSettingsRow } from './settings.repo';

export const ZOrganizationSettings = z.strictObject({
  idleTimeoutMinutes: z.number().int().min(1).max(240).describe('Automatic logoff after this much inactivity'),
  sessionLifetimeHours: z.number().int().min(1).max(168).describe('A session ends this long after sign-in, active or not'),
  passwordMaxAgeDays: z
    .number()
    .int()
    .min(30)
    .max(3650)
    .nullable()
    .describe('Forced periodic password change; null (the default) follows NIST SP 800-63B, which advises against it'),
  breakGlassHours: z.number().int().min(1).max(72).describe('How long break-glass access to a chart lasts'),
});
export type TOrganizationSettings = z.infer<typeof ZOrganizationSettings>;

/** The defaults of migration 0004, for an organization that never saved its settings. */
export const DEFAULT_SETTINGS: TOrganizationSettings = { idleTimeoutMinutes: 15, sessionLifetimeHours: 12, passwordMaxAgeDays: null, breakGlassHours: 4 };

function toSettings(row: TSettingsRow | undefined): TOrganizationSettings {
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    idleTimeoutMinutes: row.idle_timeout_minutes,
    sessionLifetimeHours: row.session_lifetime_hours,
    passwordMaxAgeDays: row.password_max_age_days,
    breakGlassHours: row.break_glass_hours,
  };
}

export interface SettingsService {
  get(auth: TAuth, call: TCallContext): Promise<TOrganizationSettings>;
  put(auth: TAuth, settings: TOrganizationSettings, call: TCallContext): Promise<TOrganizationSettings>;
}

/**
 * @example
 *   const settings = createSettingsService(deps);
 *   await settings.put(requireSession(request), { idleTimeoutMinutes: 10, sessionLifetimeHours: 8, passwordMaxAgeDays: null, breakGlassHours: 4 }, call);
 */
export function createSettingsService(deps: Pick<AdminDeps, 'db' | 'audit' | 'authorize'>): SettingsService {
  const authorize = (auth: TAuth, call: TCallContext) =>
    deps.authorize(deps.db, { auth, action: 'settings.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext: call });
  return {
    async get(auth, call) {
      await authorize(auth, call);
      return toSettings(await findSettings(deps.db, auth.organizationId));
    },
    async put(auth, settings, call) {
      const granted = await authorize(auth, call);
      const next = ZOrganizationSettings.parse(settings);
      return deps.db.transaction().execute(async (trx) => {
        const before = toSettings(await findSettingsForUpdate(trx, auth.organizationId, granted.now));
        await updateSettings(
          trx,
          auth.organizationId,
          {
            idle_timeout_minutes: next.idleTimeoutMinutes,
            session_lifetime_hours: next.sessionLifetimeHours,
            password_max_age_days: next.passwordMaxAgeDays,
            break_glass_hours: next.breakGlassHours,
          },
          granted.now,
        );
        await deps.audit.appendAudit(trx, {
          ...granted.auditEntry({ action: 'settings.changed', resourceType: 'organization_settings', details: { before, after: next } }),
          ...auditRequestFields(call),
        });
        return next;
      });
    },
  };
}
