// Building a CareTeamView from rows, so the policy never waits on the database.
import type { CareTeamView } from './access.types';

export interface CareTeamAssignment {
  careTeamId: string;
  patientId: string;
}

/**
 * A view over the actor's care teams: the teams the actor belongs to (`teams`, which may include
 * teams without patients yet) and the patient assignments of those teams.
 *
 * @example
 *   const careTeam = careTeamFromAssignments({ teams: ['team-1'], assignments: [{ careTeamId: 'team-1', patientId }] });
 *   careTeam.includes(patientId); // true
 *   careTeam.includes(patientId, 'team-2'); // false
 */
export function careTeamFromAssignments(input: {
  teams: readonly string[];
  assignments: readonly CareTeamAssignment[];
}): CareTeamView {
  const teams = new Set(input.teams);
  const patientsByTeam = new Map<string, Set<string>>();
  for (const { careTeamId, patientId } of input.assignments) {
    // An assignment of a team the actor is not in says nothing about the actor.
    if (!teams.has(careTeamId)) continue;
    const patients = patientsByTeam.get(careTeamId) ?? new Set<string>();
    patients.add(patientId);
    patientsByTeam.set(careTeamId, patients);
  }
  return {
    includes(patientId, careTeamId) {
      if (careTeamId !== undefined) return patientsByTeam.get(careTeamId)?.has(patientId) ?? false;
      for (const patients of patientsByTeam.values()) if (patients.has(patientId)) return true;
      return false;
    },
    memberOf(careTeamId) {
      return teams.has(careTeamId);
    },
  };
}

/**
 * The view for actors without care teams (patients, admins, compliance officers).
 *
 * @example
 *   const actor = { …, role: 'patient', careTeam: noCareTeam() };
 */
export function noCareTeam(): CareTeamView {
  return { includes: () => false, memberOf: () => false };
}
