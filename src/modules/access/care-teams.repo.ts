// Care teams, their clinician members and their patients: the only SQL on these tables.
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { CareTeamsTable } from './access.tables';
import type { CareTeamAssignment } from './care-team';

export type TCareTeamRow = Selectable<CareTeamsTable>;

export interface TCareTeamListing {
  id: string;
  name: string;
  createdAt: Date;
  memberIds: string[];
  patientIds: string[];
}

/** Inserts a team; false when the organization already has a team of that name. */
export async function insertCareTeam(db: Db, row: { id: string; organizationId: string; name: string; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('care_teams')
    .values({ id: row.id, organization_id: row.organizationId, name: row.name, created_at: row.at })
    .onConflict((oc) => oc.columns(['organization_id', 'name']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function findCareTeam(db: Db, organizationId: string, careTeamId: string): Promise<TCareTeamRow | undefined> {
  return db.selectFrom('care_teams').selectAll().where('organization_id', '=', organizationId).where('id', '=', careTeamId).executeTakeFirst();
}

/** Teams of the organization (or only those `memberUserId` belongs to), with member and patient ids. */
export async function listCareTeams(db: Db, q: { organizationId: string; memberUserId?: string }): Promise<TCareTeamListing[]> {
  let teamsQuery = db.selectFrom('care_teams').selectAll().where('organization_id', '=', q.organizationId);
  if (q.memberUserId) {
    const userId = q.memberUserId;
    teamsQuery = teamsQuery.where('id', 'in', (eb) => eb.selectFrom('care_team_members').select('care_team_id').where('user_id', '=', userId));
  }
  const teams = await teamsQuery.orderBy('name').execute();
  if (teams.length === 0) return [];
  const ids = teams.map((t) => t.id);
  const [members, patients] = await Promise.all([
    db.selectFrom('care_team_members').select(['care_team_id', 'user_id']).where('care_team_id', 'in', ids).orderBy('added_at').execute(),
    db.selectFrom('care_team_patients').select(['care_team_id', 'patient_id']).where('care_team_id', 'in', ids).orderBy('added_at').execute(),
  ]);
  return teams.map((t) => ({
    id: t.id,
    name: t.name,
    createdAt: new Date(t.created_at),
    memberIds: members.filter((m) => m.care_team_id === t.id).map((m) => m.user_id),
    patientIds: patients.filter((p) => p.care_team_id === t.id).map((p) => p.patient_id),
  }));
}

/** True when the row was added (false: already a member). */
export async function insertCareTeamMember(db: Db, row: { careTeamId: string; organizationId: string; userId: string; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('care_team_members')
    .values({ care_team_id: row.careTeamId, organization_id: row.organizationId, user_id: row.userId, added_at: row.at })
    .onConflict((oc) => oc.columns(['care_team_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** True when a row was removed. */
export async function deleteCareTeamMember(db: Db, q: { careTeamId: string; organizationId: string; userId: string }): Promise<boolean> {
  const result = await db
    .deleteFrom('care_team_members')
    .where('care_team_id', '=', q.careTeamId)
    .where('organization_id', '=', q.organizationId)
    .where('user_id', '=', q.userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function insertCareTeamPatient(db: Db, row: { careTeamId: string; organizationId: string; patientId: string; at: Date }): Promise<boolean> {
  const inserted = await db
    .insertInto('care_team_patients')
    .values({ care_team_id: row.careTeamId, organization_id: row.organizationId, patient_id: row.patientId, added_at: row.at })
    .onConflict((oc) => oc.columns(['care_team_id', 'patient_id']).doNothing())
    .returning('patient_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteCareTeamPatient(db: Db, q: { careTeamId: string; organizationId: string; patientId: string }): Promise<boolean> {
  const result = await db
    .deleteFrom('care_team_patients')
    .where('care_team_id', '=', q.careTeamId)
    .where('organization_id', '=', q.organizationId)
    .where('patient_id', '=', q.patientId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * A user's care teams and their patient assignments, for the policy's CareTeamView. With
 * `patientId`, only that patient's assignments are read (all the policy needs for one request).
 */
export async function findCareTeamAssignments(
  db: Db,
  q: { organizationId: string; userId: string; patientId?: string },
): Promise<{ teams: string[]; assignments: CareTeamAssignment[] }> {
  const teams = await db
    .selectFrom('care_team_members')
    .select('care_team_id')
    .where('organization_id', '=', q.organizationId)
    .where('user_id', '=', q.userId)
    .execute();
  if (teams.length === 0) return { teams: [], assignments: [] };
  const teamIds = teams.map((t) => t.care_team_id);
  let query = db.selectFrom('care_team_patients').select(['care_team_id', 'patient_id']).where('care_team_id', 'in', teamIds);
  if (q.patientId) query = query.where('patient_id', '=', q.patientId);
  const rows = await query.execute();
  return { teams: teamIds, assignments: rows.map((r) => ({ careTeamId: r.care_team_id, patientId: r.patient_id })) };
}

/** The patients on the user's care teams, each with the teams that link them. */
export async function listPatientsOfMember(db: Db, q: { organizationId: string; userId: string }): Promise<Array<{ patientId: string; careTeamIds: string[] }>> {
  const rows = await db
    .selectFrom('care_team_patients as p')
    .innerJoin('care_team_members as m', 'm.care_team_id', 'p.care_team_id')
    .select(['p.patient_id', 'p.care_team_id'])
    .where('m.organization_id', '=', q.organizationId)
    .where('m.user_id', '=', q.userId)
    .orderBy('p.patient_id')
    .orderBy('p.care_team_id')
    .execute();
  const byPatient = new Map<string, string[]>();
  for (const r of rows) byPatient.set(r.patient_id, [...(byPatient.get(r.patient_id) ?? []), r.care_team_id]);
  return [...byPatient.entries()].map(([patientId, careTeamIds]) => ({ patientId, careTeamIds }));
}

/** Removes the patient from every care team (patient deletion); returns how many links were removed. */
export async function deletePatientFromCareTeams(db: Db, q: { organizationId: string; patientId: string }): Promise<number> {
  const result = await db.deleteFrom('care_team_patients').where('organization_id', '=', q.organizationId).where('patient_id', '=', q.patientId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
