// The vocabulary of the access policy: who acts (Actor), what they do (Action), on what (Resource),
// and the answer (Decision). Closed lists are `as const` arrays so values read from a database or
// a request can be checked at run time: anything unknown is denied, never guessed at.

export const ROLES = ['patient', 'clinician', 'compliance_officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Why PHI is used (HIPAA 45 CFR 164.506 and 164.524). `audit_review` is the compliance programme
 * part of health care operations (164.501, "operations" (4)); `research` is listed so that it is
 * denied with a reason rather than as an unknown value (identified research access needs an IRB
 * waiver or the patient's authorization, handled outside the role policy).
 */
export const PURPOSES = ['treatment', 'payment', 'operations', 'patient_request', 'audit_review', 'research'] as const;
export type Purpose = (typeof PURPOSES)[number];

/** FHIR R4 resource types Custos keeps per patient; the unit of minimum necessary and of token scopes. */
export const RESOURCE_TYPES = [
  'Patient',
  'Encounter',
  'Observation',
  'Condition',
  'Procedure',
  'MedicationRequest',
  'MedicationStatement',
  'MedicationAdministration',
  'AllergyIntolerance',
  'Immunization',
  'DiagnosticReport',
  'DocumentReference',
  'CarePlan',
  'CareTeam',
  'ImagingStudy',
  'Device',
  'SupplyDelivery',
  'Coverage',
  'Claim',
  'ExplanationOfBenefit',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const ACTIONS = [
  // One patient's records (resource kind 'record').
  'record.read',
  'record.create',
  'record.update',
  'record.request_amendment',
  // About one patient, not one record (resource kind 'patient').
  'patient.read_disclosures',
  'patient.read_consent',
  'patient.manage_consent',
  'patient.request_deletion',
  'patient.break_glass',
  'patient.open_audit_review',
  // The organization's own data (resource kind 'organization').
  'audit.read',
  'audit.verify',
  'compliance.read',
  'compliance.manage',
  'break_glass.review',
  'user.read',
  'user.manage',
  'care_team.manage',
  'key.manage',
  'settings.manage',
  'backup.manage',
  'baa.manage',
  // One access token (resource kind 'access_token').
  'access_token.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export type Resource =
  | { kind: 'record'; organizationId: string; patientId: string; resourceType: ResourceType }
  | { kind: 'patient'; organizationId: string; patientId: string }
  | { kind: 'organization'; organizationId: string }
  | { kind: 'access_token'; organizationId: string; ownerUserId: string };

/** Which resource kind each action applies to; a mismatch is denied. */
export const ACTION_RESOURCE_KIND: Record<Action, Resource['kind']> = {
  'record.read': 'record',
  'record.create': 'record',
  'record.update': 'record',
  'record.request_amendment': 'record',
  'patient.read_disclosures': 'patient',
  'patient.read_consent': 'patient',
  'patient.manage_consent': 'patient',
  'patient.request_deletion': 'patient',
  'patient.break_glass': 'patient',
  'patient.open_audit_review': 'patient',
  'audit.read': 'organization',
  'audit.verify': 'organization',
  'compliance.read': 'organization',
  'compliance.manage': 'organization',
  'break_glass.review': 'organization',
  'user.read': 'organization',
  'user.manage': 'organization',
  'care_team.manage': 'organization',
  'key.manage': 'organization',
  'settings.manage': 'organization',
  'backup.manage': 'organization',
  'baa.manage': 'organization',
  'access_token.manage': 'access_token',
};

/**
 * The actor's care-team assignments, answered synchronously (the service loads them with the
 * actor, or at least those for the patient in question). See `careTeamFromAssignments`.
 */
export interface CareTeamView {
  /** Is the patient on one of the actor's care teams (or on the named one, if the actor is in it)? */
  includes(patientId: string, careTeamId?: string): boolean;
  /** Is the actor a member of this care team? */
  memberOf(careTeamId: string): boolean;
}

/**
 * A time-limited right to one patient's chart outside the usual relationship, stored by the
 * service and loaded with the actor: a clinician's break-glass, or a compliance officer's review
 * of a case. The reason is free text written by staff and may describe the patient: store it
 * encrypted and never copy it into logs or decision reasons.
 */
export interface AccessGrant {
  id: string;
  kind: 'break_glass' | 'audit_review';
  organizationId: string;
  userId: string;
  patientId: string;
  reason: string;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export type TokenSubject = { kind: 'patient'; patientId: string } | { kind: 'care_team'; careTeamId: string };

/** What an access token may reach: always no more than its issuing user could at the time of use. */
export interface TokenScope {
  resourceTypes: readonly ResourceType[];
  subject: TokenSubject;
  access: 'read' | 'read_write';
  purpose: Purpose;
}

/** The access token a request came with, as stored (the secret itself is never here). */
export interface ActorToken {
  tokenId: string;
  organizationId: string;
  /** The user who issued the token; the actor's userId must be this user. */
  userId: string;
  scope: TokenScope;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface Actor {
  /** The human user (for a token: the user who issued it). */
  userId: string;
  organizationId: string;
  role: Role;
  purpose: Purpose;
  /** For role 'patient': the patient whose records are the user's own. */
  patientId?: string | null;
  careTeam: CareTeamView;
  /** The user's break-glass and audit-review grants (expired ones may be included: they are ignored). */
  grants: readonly AccessGrant[];
  /** Present when the request authenticated with an access token rather than a session. */
  token?: ActorToken | null;
}

/** A stable machine code (for audit queries and tests) and a sentence for people (UI, audit view). */
export interface DecisionReason {
  code: string;
  message: string;
}

/** Marks that the audit entry and the monitoring rules must carry. */
export type DecisionFlag = 'break_glass' | 'audit_review' | 'access_token';

export interface Decision {
  effect: 'allow' | 'deny';
  reasons: DecisionReason[];
  flags: DecisionFlag[];
  /** The grant an allow rests on (break-glass or audit review), for the audit entry. */
  grantId?: string;
  /** The access token the request used, for the audit entry. */
  tokenId?: string;
}

/**
 * Run-time guards for values read from storage or requests.
 *
 * @example
 *   if (!isRole(row.role)) throw new AppError('internal', 'A user has an unknown role.');
 */
export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);
export const isPurpose = (value: unknown): value is Purpose => (PURPOSES as readonly unknown[]).includes(value);
export const isAction = (value: unknown): value is Action => (ACTIONS as readonly unknown[]).includes(value);
export const isResourceType = (value: unknown): value is ResourceType =>
  (RESOURCE_TYPES as readonly unknown[]).includes(value);
