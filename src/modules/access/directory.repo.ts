// What the access module reads about people and settings it does not own: which organization a
// patient belongs to, and the organization's break-glass duration.
import type { Db } from '../../db/client';

export interface TPatientRef {
  organizationId: string;
  patientId: string;
  /** The patient's own user account; null for a patient without one (e.g. imported by staff). */
  userId: string | null;
}

/** The patient, in whichever organization holds it (the policy then compares organizations). */
export async function findPatient(db: Db, patientId: string): Promise<TPatientRef | undefined> {
  const row = await db
    .selectFrom('patients')
    .leftJoin('users', (join) => join.onRef('users.patient_id', '=', 'patients.id').on('users.role', '=', 'patient'))
    .select(['patients.organization_id', 'patients.id', 'users.id as user_id'])
    .where('patients.id', '=', patientId)
    .executeTakeFirst();
  return row ? { organizationId: row.organization_id, patientId: row.id, userId: row.user_id ?? null } : undefined;
}

/** organization_settings.break_glass_hours, or undefined when the organization has no settings row. */
export async function findBreakGlassHours(db: Db, organizationId: string): Promise<number | undefined> {
  const row = await db.selectFrom('organization_settings').select('break_glass_hours').where('organization_id', '=', organizationId).executeTakeFirst();
  return row?.break_glass_hours;
}
