// What the access module reads about people and settings it does not own: which organization a
// patient belongs to, and the organization's break-glass duration. Patients are, for now, the
// patient_id of users with role 'patient'; when the records module brings a patients table, only
// findPatient changes.
import type { Db } from '../../db/client';

export interface TPatientRef {
  organizationId: string;
  patientId: string;
  /** The patient's own user account. */
  userId: string;
}

/** The patient, in whichever organization holds it (the policy then compares organizations). */
export async function findPatient(db: Db, patientId: string): Promise<TPatientRef | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['organization_id', 'id', 'patient_id'])
    .where('patient_id', '=', patientId)
    .where('role', '=', 'patient')
    .executeTakeFirst();
  return row && row.patient_id ? { organizationId: row.organization_id, patientId: row.patient_id, userId: row.id } : undefined;
}

/** organization_settings.break_glass_hours, or undefined when the organization has no settings row. */
export async function findBreakGlassHours(db: Db, organizationId: string): Promise<number | undefined> {
  const row = await db.selectFrom('organization_settings').select('break_glass_hours').where('organization_id', '=', organizationId).executeTakeFirst();
  return row?.break_glass_hours;
}
