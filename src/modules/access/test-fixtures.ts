// Builders for the access tests: a small world of two organizations, care teams and patients,
// with fresh random ids per call so tests never depend on each other.
import { faker } from '@faker-js/faker';
import type { AccessGrant, Actor, ActorToken, Resource, ResourceType, Role, TokenScope } from './access.types';
import { careTeamFromAssignments, noCareTeam } from './care-team';

export const NOW = new Date('2025-06-01T12:00:00Z');
export const HOUR = 3_600_000;

export interface World {
  orgA: string;
  orgB: string;
  teamA1: string;
  teamA2: string;
  /** On team A1. */
  p1: string;
  /** On no team of the clinician. */
  p2: string;
  /** On team A2. */
  p3: string;
  clinicianId: string;
}

export function buildWorld(): World {
  return {
    orgA: faker.string.uuid(),
    orgB: faker.string.uuid(),
    teamA1: faker.string.uuid(),
    teamA2: faker.string.uuid(),
    p1: faker.string.uuid(),
    p2: faker.string.uuid(),
    p3: faker.string.uuid(),
    clinicianId: faker.string.uuid(),
  };
}

export function clinician(w: World, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: w.clinicianId,
    organizationId: w.orgA,
    role: 'clinician',
    purpose: 'treatment',
    careTeam: careTeamFromAssignments({
      teams: [w.teamA1, w.teamA2],
      assignments: [
        { careTeamId: w.teamA1, patientId: w.p1 },
        { careTeamId: w.teamA2, patientId: w.p3 },
      ],
    }),
    grants: [],
    ...overrides,
  };
}

export function patientActor(w: World, patientId: string, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: faker.string.uuid(),
    organizationId: w.orgA,
    role: 'patient',
    purpose: 'patient_request',
    patientId,
    careTeam: noCareTeam(),
    grants: [],
    ...overrides,
  };
}

export function staff(w: World, role: Extract<Role, 'admin' | 'compliance_officer'>, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: faker.string.uuid(),
    organizationId: w.orgA,
    role,
    purpose: role === 'admin' ? 'operations' : 'audit_review',
    careTeam: noCareTeam(),
    grants: [],
    ...overrides,
  };
}

export function record(organizationId: string, patientId: string, resourceType: ResourceType = 'Observation'): Resource {
  return { kind: 'record', organizationId, patientId, resourceType };
}

export function grant(actor: Actor, patientId: string, overrides: Partial<AccessGrant> = {}): AccessGrant {
  return {
    id: faker.string.uuid(),
    kind: actor.role === 'compliance_officer' ? 'audit_review' : 'break_glass',
    organizationId: actor.organizationId,
    userId: actor.userId,
    patientId,
    reason: 'Unconscious patient in the emergency department',
    grantedAt: new Date(NOW.getTime() - HOUR),
    expiresAt: new Date(NOW.getTime() + 3 * HOUR),
    revokedAt: null,
    ...overrides,
  };
}

export function token(actor: Actor, scope: Partial<TokenScope>, overrides: Partial<ActorToken> = {}): ActorToken {
  return {
    tokenId: faker.string.uuid(),
    organizationId: actor.organizationId,
    userId: actor.userId,
    scope: {
      resourceTypes: ['Observation'],
      subject: { kind: 'patient', patientId: actor.patientId ?? '' },
      access: 'read',
      purpose: actor.purpose,
      ...scope,
    },
    expiresAt: new Date(NOW.getTime() + 24 * HOUR),
    revokedAt: null,
    ...overrides,
  };
}
