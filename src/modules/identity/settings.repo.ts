// The organization_settings table: the only SQL on it. An organization without a row uses the
// column defaults of migration 0004 (15 min idle, 12 h lifetime, no forced change, 4 h break-glass).
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { OrganizationSettingsTable } from './identity.tables';

export type TSettingsRow = Selectable<OrganizationSettingsTable>;

export async function findSettings(db: Db, organizationId: string): Promise<TSettingsRow | undefined> {
  return db.selectFrom('organization_settings').selectAll().where('organization_id', '=', organizationId).executeTakeFirst();
}

/** Locks the organization's row (creating it with the defaults first if missing). */
export async function findSettingsForUpdate(db: Db, organizationId: string, at: Date): Promise<TSettingsRow> {
  await db
    .insertInto('organization_settings')
    .values({ organization_id: organizationId, idle_timeout_minutes: 15, session_lifetime_hours: 12, password_max_age_days: null, break_glass_hours: 4, updated_at: at }).onConflict((oc) => oc.column('organization_id').doNothing()).execute();
  return db.selectFrom('organization_settings').selectAll().where('organization_id', '=', organizationId).forUpdate().executeTakeFirstOrThrow();
}

export async function updateSettings(
  db: Db,
  organizationId: string,
  patch: Pick<TSettingsRow, 'idle_timeout_minutes' | 'session_lifetime_hours' | 'password_max_age_days' | 'break_glass_hours'>,
  at: Date,
): Promise<void> {
  await db.updateTable('organization_settings').set({ ...patch, updated_at: at }).where('organization_id', '=', organizationId).execute();
}
