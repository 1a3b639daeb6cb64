// The API calls of the staff pages (administration, access tokens, break-glass), built on the
// client of api.ts so they share its CSRF header, error handling and idle tracking. The shapes
// follow the routes of src/modules/identity/account.routes.ts and src/modules/access/access.routes.ts.
import type { ApiClient, TRole } from './api';

export const ROLES: readonly TRole[] = ['patient', 'clinician', 'compliance_officer', 'admin'];
export const ROLE_NAME: Record<TRole, string> = {
  patient: 'Patient',
  clinician: 'Clinician',
  compliance_officer: 'Compliance officer',
  admin: 'Administrator',
};
/** Roles an administrator invites; patients register themselves. */
export const STAFF_ROLES: readonly TRole[] = ['clinician', 'compliance_officer', 'admin'];

export interface TAdminUser {
  id: string;
  /** Masked for patients ("j•••@example.org") unless found by a look-up of the exact address. */
  email: string;
  /** Withheld for patients. */
  name: string | null;
  identityHidden: boolean;
  role: TRole;
  status: 'invited' | 'active' | 'disabled';
  emailVerified: boolean;
  totpEnrolled: boolean;
  /** ISO 8601, or null when the user never signed in. */
  lastSignInAt: string | null;
  createdAt: string;
}

export interface TOutboxSummary {
  id: string;
  kind: string;
  to: string;
  subject: string;
  status: string;
  createdAt: string;
}

export interface TOutboxMessage extends TOutboxSummary {
  text: string;
}

export interface TOrganizationSettings {
  idleTimeoutMinutes: number;
  sessionLifetimeHours: number;
  /** null: no forced periodic change (the NIST SP 800-63B default). */
  passwordMaxAgeDays: number | null;
  breakGlassHours: number;
}

/** The ranges of organization_settings (migration 0004-identity), checked before sending. */
export const SETTINGS_RANGES = {
  idleTimeoutMinutes: [1, 240],
  sessionLifetimeHours: [1, 168],
  passwordMaxAgeDays: [30, 3650],
  breakGlassHours: [1, 72],
} as const satisfies Record<keyof TOrganizationSettings, readonly [number, number]>;

export const TOKEN_RESOURCE_TYPES = [
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
export const TOKEN_PURPOSES = ['treatment', 'payment', 'operations', 'patient_request', 'audit_review'] as const;
export const PURPOSE_NAME: Record<(typeof TOKEN_PURPOSES)[number], string> = {
  treatment: 'Treatment',
  payment: 'Payment',
  operations: 'Health care operations',
  patient_request: 'At the patient’s request',
  audit_review: 'Compliance review',
};

/** The server's rule for token names (src/modules/access/access-tokens.types.ts ZTokenName). */
export const TOKEN_NAME_SHAPE = /^[\p{L}\p{N} ._()/-]{1,80}$/u;

export interface TTokenScope {
  resourceTypes: string[];
  subject: { kind: 'patient'; patientId: string } | { kind: 'care_team'; careTeamId: string };
  access: 'read' | 'read_write';
  purpose: string;
}

export interface TAccessToken {
  id: string;
  name: string;
  /** 'cus_pat_…' and the last four characters: enough to recognize it, none of the secret. */
  hint: string;
  scope: TTokenScope;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

/** The server's shortest break-glass reason (src/modules/access/break-glass.ts GRANT_REASON_MIN_LENGTH). */
export const BREAK_GLASS_REASON_MIN = 20;

export interface TBreakGlassGrant {
  id: string;
  patientId: string;
  grantedAt: string;
  expiresAt: string;
}

export interface TBreakGlassReview {
  id: string;
  userId: string;
  /** Who opened the chart: name, or email when no name is on file. */
  clinician: string;
  patientId: string;
  reason: string;
  grantedAt: string;
  expiresAt: string;
  /** Set when the access was ended early. */
  revokedAt: string | null;
}

export interface TCareTeam {
  id: string;
  name: string;
  createdAt: string;
  /** Clinicians on the team (user ids). */
  memberIds: string[];
  /** Patients the team treats. */
  patientIds: string[];
}

const enc = encodeURIComponent;

/**
 * The staff calls over an ApiClient.
 *
 * @example
 *   const admin = adminApi(useApi());
 *   const { users } = await admin.listUsers();
 */
export function adminApi(api: ApiClient) {
  const r = api.request;
  return {
    listUsers: () => r<{ users: TAdminUser[] }>('GET', '/api/v1/admin/users'),
    lookUpUser: (email: string) => r<{ users: TAdminUser[] }>('POST', '/api/v1/admin/users/lookup', { email }),
    inviteUser: (body: { email: string; role: TRole; name?: string }) => r<unknown>('POST', '/api/v1/admin/users/invitations', body),
    changeRole: (userId: string, role: TRole) => r<unknown>('PUT', `/api/v1/admin/users/${enc(userId)}/role`, { role }),
    setStatus: (userId: string, status: 'active' | 'disabled') => r<unknown>('PUT', `/api/v1/admin/users/${enc(userId)}/status`, { status }),
    resetMfa: (userId: string) => r<unknown>('POST', `/api/v1/admin/users/${enc(userId)}/mfa-reset`),
    revokeSessions: (userId: string) => r<unknown>('POST', `/api/v1/admin/users/${enc(userId)}/sessions/revoke`),
    listOutbox: () => r<{ messages: TOutboxSummary[] }>('GET', '/api/v1/admin/outbox'),
    readOutbox: (id: string) => r<{ message: TOutboxMessage }>('GET', `/api/v1/admin/outbox/${enc(id)}`),
    getSettings: () => r<{ settings: TOrganizationSettings }>('GET', '/api/v1/admin/settings'),
    putSettings: (settings: TOrganizationSettings) => r<{ settings: TOrganizationSettings }>('PUT', '/api/v1/admin/settings', settings),
    listCareTeams: () => r<{ careTeams: TCareTeam[] }>('GET', '/api/v1/care-teams'),
    createCareTeam: (name: string) => r<{ careTeam: TCareTeam }>('POST', '/api/v1/care-teams', { name }),
    addCareTeamMember: (teamId: string, userId: string) => r<{ changed: boolean }>('POST', `/api/v1/care-teams/${enc(teamId)}/members`, { userId }),
    removeCareTeamMember: (teamId: string, userId: string) => r<{ changed: boolean }>('DELETE', `/api/v1/care-teams/${enc(teamId)}/members/${enc(userId)}`),
    addCareTeamPatient: (teamId: string, patientId: string) => r<{ changed: boolean }>('POST', `/api/v1/care-teams/${enc(teamId)}/patients`, { patientId }),
    removeCareTeamPatient: (teamId: string, patientId: string) => r<{ changed: boolean }>('DELETE', `/api/v1/care-teams/${enc(teamId)}/patients/${enc(patientId)}`),
    listTokens: () => r<{ tokens: TAccessToken[] }>('GET', '/api/v1/access-tokens'),
    issueToken: (body: { name: string; scope: TTokenScope; expiresInDays: number }) =>
      r<{ token: string; accessToken: TAccessToken }>('POST', '/api/v1/access-tokens', body),
    revokeToken: (id: string) => r<unknown>('POST', `/api/v1/access-tokens/${enc(id)}/revoke`),
    openBreakGlass: (patientId: string, reason: string) => r<{ grant: TBreakGlassGrant }>('POST', `/api/v1/patients/${enc(patientId)}/break-glass`, { reason }),
    listBreakGlassReviews: () => r<{ reviews: TBreakGlassReview[] }>('GET', '/api/v1/compliance/break-glass-reviews'),
    reviewBreakGlass: (id: string, body: { outcome: 'appropriate' | 'inappropriate'; note?: string }) =>
      r<unknown>('POST', `/api/v1/compliance/break-glass-reviews/${enc(id)}/review`, body),
  };
}

export type AdminApi = ReturnType<typeof adminApi>;
