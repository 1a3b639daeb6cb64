// The access policy: the one place Custos decides whether an actor may do something. Pure: no
// I/O, no clock (the caller passes `now`), no randomness, so every rule is a table-driven test.
// Deny by default: each branch must name the rule that allows; anything unknown, malformed or
// unexpected is denied with a reason.
import {
  ACTION_RESOURCE_KIND,
  isAction,
  isPurpose,
  isResourceType,
  isRole,
  type AccessGrant,
  type Action,
  type Actor,
  type ActorToken,
  type Decision,
  type DecisionReason,
  type Resource,
} from './access.types';
import {
  ORGANIZATION_ACTION_ROLES,
  PATIENT_ACTION_PURPOSE,
  PATIENT_ACTION_RULES,
  PATIENT_CREATABLE_TYPES,
  PURPOSE_RESOURCE_TYPES,
  ROLE_PURPOSES,
  WRITE_ACTIONS,
} from './access-rules';
import { findGrant } from './grants';

/** Every reason `decide` can give. Codes are stable (audit queries and tests use them). */
export const REASONS = {
  unknown_action: 'The requested action is not known.',
  unknown_role: 'Your account has no known role.',
  unknown_purpose: 'The stated purpose of use is not known.',
  unknown_resource_type: 'The record type is not known.',
  action_resource_mismatch: 'The action does not apply to this kind of resource.',
  incomplete_request: 'The request does not say who is acting or on what.',
  invalid_time: 'The time of the request is not valid.',
  policy_error: 'The access check failed; access is denied.',
  organization_mismatch: 'The resource belongs to another organization.',
  no_clinical_access_by_role: 'Your role does not give access to patient records.',
  research_not_permitted: 'Identified records cannot be used for research without an approved authorization; use de-identified data.',
  purpose_not_permitted_for_role: 'Your role may not use records for the stated purpose.',
  purpose_mismatch: 'This action requires a different purpose of use.',
  minimum_necessary: 'This type of record is not needed for the stated purpose (minimum necessary).',
  own_record: 'These are your own records.',
  not_own_record: 'Patients can only reach their own records.',
  patient_upload: 'Patients may add results and documents to their own records.',
  patient_write_type: 'Patients can add only results and documents; ask for an amendment to change anything else.',
  patient_cannot_update: 'Patients cannot change their records directly; request an amendment instead.',
  amendment_request: 'Patients may request amendments to their own records.',
  action_not_permitted_for_role: 'Your role does not allow this action.',
  write_requires_treatment: 'Records can be changed only for treatment.',
  care_team: 'The patient is on your care team.',
  not_on_care_team: 'The patient is not on your care team. In an emergency you can use break-glass access and give a reason.',
  break_glass: 'Access rests on your active break-glass grant for this patient; it is flagged for review.',
  break_glass_expired: 'Your break-glass access to this patient has expired or was revoked.',
  already_on_care_team: 'The patient is already on your care team; break-glass is not needed.',
  outside_care_team: 'The patient is outside your care team.',
  audit_review: 'Access rests on an open audit review for this patient; it is read-only and flagged.',
  audit_review_expired: 'Your audit review access to this patient has expired or was revoked.',
  no_audit_review: 'Compliance officers reach patient records only through an open audit review of that patient.',
  audit_review_read_only: 'Audit review access is read-only.',
  organization_patient: 'The patient belongs to your organization.',
  role_permits: 'Your role allows this action.',
  own_token: 'This is your own access token.',
  admin_manages_tokens: 'Administrators may manage every access token of the organization.',
  not_token_owner: 'You can only manage your own access tokens.',
  token_organization_mismatch: 'The access token belongs to another organization.',
  token_user_mismatch: 'The access token was issued by another user.',
  token_revoked: 'The access token has been revoked.',
  token_expired: 'The access token has expired.',
  token_action_not_allowed: 'Access tokens can only read or write patient records.',
  token_purpose_mismatch: 'The access token was issued for a different purpose.',
  token_resource_type: 'The access token does not cover this type of record.',
  token_other_patient: 'The access token is for another patient.',
  token_outside_care_team: 'The patient is not on the care team the access token is for.',
  token_read_only: 'The access token is read-only.',
  token_scope: 'The access token covers this request.',
} as const satisfies Record<string, string>;

export type ReasonCode = keyof typeof REASONS;

const reason = (code: ReasonCode): DecisionReason => ({ code, message: REASONS[code] });
const deny = (...codes: ReasonCode[]): Decision => ({ effect: 'deny', reasons: codes.map(reason), flags: [] });
const allow = (...codes: ReasonCode[]): Decision => ({ effect: 'allow', reasons: codes.map(reason), flags: [] });

/**
 * Decides whether `actor` may perform `action` on `resource` at `now`. The caller (the records
 * repository, a service) must act only on 'allow', and writes the reasons, flags, grant id and
 * token id to the audit entry of the same transaction.
 *
 * @example
 *   const decision = decide(actor, 'record.read', { kind: 'record', organizationId, patientId, resourceType: 'Observation' }, clock.now());
 *   if (decision.effect === 'deny') throw new AppError('forbidden', decision.reasons[0].message);
 */
export function decide(actor: Actor, action: Action, resource: Resource, now: Date): Decision {
  try {
    const invalid = checkInputs(actor, action, resource, now);
    if (invalid) return deny(invalid);
    if (resource.organizationId !== actor.organizationId) return withToken(actor.token, deny('organization_mismatch'));
    if (actor.token) return decideWithToken(actor, actor.token, action, resource, now);
    return decideForUser(actor, action, resource, now, false);
  } catch {
    // A throwing CareTeamView or a malformed object from storage must never turn into an allow.
    return deny('policy_error');
  }
}

function checkInputs(actor: Actor, action: Action, resource: Resource, now: Date): ReasonCode | undefined {
  if (!isAction(action)) return 'unknown_action';
  if (!actor || !isRole(actor.role)) return 'unknown_role';
  if (!isPurpose(actor.purpose)) return 'unknown_purpose';
  if (!resource || ACTION_RESOURCE_KIND[action] !== resource.kind) return 'action_resource_mismatch';
  if (resource.kind === 'record' && !isResourceType(resource.resourceType)) return 'unknown_resource_type';
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return 'invalid_time';
  if (!nonEmpty(actor.userId) || !nonEmpty(actor.organizationId) || !nonEmpty(resource.organizationId)) {
    return 'incomplete_request';
  }
  if ((resource.kind === 'record' || resource.kind === 'patient') && !nonEmpty(resource.patientId)) {
    return 'incomplete_request';
  }
  if (resource.kind === 'access_token' && !nonEmpty(resource.ownerUserId)) return 'incomplete_request';
  return undefined;
}

function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function withToken(token: ActorToken | null | undefined, decision: Decision): Decision {
  if (!token) return decision;
  return { ...decision, flags: [...decision.flags, 'access_token'], tokenId: token.tokenId };
}

/** A token request is allowed only if the token's scope AND its issuer's own rights allow it. */
function decideWithToken(actor: Actor, token: ActorToken, action: Action, resource: Resource, now: Date): Decision {
  const problems = tokenProblems(actor, token, action, resource, now);
  if (problems.length > 0) return withToken(token, deny(...problems));
  const user = decideForUser(actor, action, resource, now, true);
  return withToken(token, { ...user, reasons: [reason('token_scope'), ...user.reasons] });
}

function tokenProblems(actor: Actor, token: ActorToken, action: Action, resource: Resource, now: Date): ReasonCode[] {
  const problems: ReasonCode[] = [];
  if (token.organizationId !== actor.organizationId) problems.push('token_organization_mismatch');
  if (token.userId !== actor.userId) problems.push('token_user_mismatch');
  if (token.revokedAt !== null) problems.push('token_revoked');
  if (!(now.getTime() < token.expiresAt.getTime())) problems.push('token_expired');
  if (resource.kind !== 'record') return [...problems, 'token_action_not_allowed'];
  const { scope } = token;
  if (scope.purpose !== actor.purpose) problems.push('token_purpose_mismatch');
  if (!scope.resourceTypes.includes(resource.resourceType)) problems.push('token_resource_type');
  if (scope.subject.kind === 'patient' && scope.subject.patientId !== resource.patientId) {
    problems.push('token_other_patient');
  } else if (
    scope.subject.kind === 'care_team' &&
    !actor.careTeam.includes(resource.patientId, scope.subject.careTeamId)
  ) {
    problems.push('token_outside_care_team');
  } else if (scope.subject.kind !== 'patient' && scope.subject.kind !== 'care_team') {
    problems.push('token_other_patient');
  }
  if (WRITE_ACTIONS.includes(action) && scope.access !== 'read_write') problems.push('token_read_only');
  return problems;
}

function decideForUser(actor: Actor, action: Action, resource: Resource, now: Date, viaToken: boolean): Decision {
  switch (resource.kind) {
    case 'record':
      return decideRecord(actor, action, resource, now, viaToken);
    case 'patient':
      return decidePatientAction(actor, action, resource);
    case 'organization':
      return ORGANIZATION_ACTION_ROLES[action]?.includes(actor.role)
        ? allow('role_permits')
        : deny('action_not_permitted_for_role');
    case 'access_token':
      if (resource.ownerUserId === actor.userId) return allow('own_token');
      return actor.role === 'admin' ? allow('admin_manages_tokens') : deny('not_token_owner');
    default:
      return deny('action_resource_mismatch');
  }
}

function decideRecord(
  actor: Actor,
  action: Action,
  resource: Extract<Resource, { kind: 'record' }>,
  now: Date,
  viaToken: boolean,
): Decision {
  const { role, purpose } = actor;
  if (role === 'admin' || (role === 'compliance_officer' && purpose !== 'audit_review')) {
    return deny('no_clinical_access_by_role');
  }
  if (purpose === 'research') return deny('research_not_permitted');
  if (!ROLE_PURPOSES[role].includes(purpose)) return deny('purpose_not_permitted_for_role');
  if (!PURPOSE_RESOURCE_TYPES[purpose].includes(resource.resourceType)) return deny('minimum_necessary');
  const write = WRITE_ACTIONS.includes(action);

  if (role === 'patient') {
    if (!nonEmpty(actor.patientId) || actor.patientId !== resource.patientId) return deny('not_own_record');
    if (action === 'record.read') return allow('own_record');
    if (action === 'record.request_amendment') return allow('amendment_request');
    if (action === 'record.update') return deny('patient_cannot_update');
    return PATIENT_CREATABLE_TYPES.includes(resource.resourceType) ? allow('patient_upload') : deny('patient_write_type');
  }

  if (role === 'clinician') {
    if (action === 'record.request_amendment') return deny('action_not_permitted_for_role');
    if (write && purpose !== 'treatment') return deny('write_requires_treatment');
    if (actor.careTeam.includes(resource.patientId)) return allow('care_team');
    // Break-glass is an emergency-treatment path for a person at the keyboard, never for tokens.
    if (purpose !== 'treatment' || viaToken) return deny('not_on_care_team');
    const { active, lapsed } = findGrant(actor, 'break_glass', resource.patientId, now);
    if (active) return onGrant(active, allow('break_glass'));
    return deny(lapsed ? 'break_glass_expired' : 'not_on_care_team');
  }

  // compliance_officer under audit_review: read-only, one patient at a time, through a grant.
  if (action !== 'record.read') return deny('audit_review_read_only');
  if (viaToken) return deny('no_audit_review');
  const { active, lapsed } = findGrant(actor, 'audit_review', resource.patientId, now);
  if (active) return onGrant(active, allow('audit_review'));
  return deny(lapsed ? 'audit_review_expired' : 'no_audit_review');
}

function onGrant(grant: AccessGrant, decision: Decision): Decision {
  return { ...decision, flags: [...decision.flags, grant.kind], grantId: grant.id };
}

function decidePatientAction(actor: Actor, action: Action, resource: Extract<Resource, { kind: 'patient' }>): Decision {
  const relation = PATIENT_ACTION_RULES[action]?.[actor.role];
  if (!relation) return deny('action_not_permitted_for_role');
  const purpose = PATIENT_ACTION_PURPOSE[action];
  if (purpose && actor.purpose !== purpose) return deny('purpose_mismatch');
  switch (relation) {
    case 'own':
      return nonEmpty(actor.patientId) && actor.patientId === resource.patientId
        ? allow('own_record')
        : deny('not_own_record');
    case 'care_team':
      return actor.careTeam.includes(resource.patientId) ? allow('care_team') : deny('not_on_care_team');
    case 'not_care_team':
      return actor.careTeam.includes(resource.patientId) ? deny('already_on_care_team') : allow('outside_care_team');
    case 'any':
      return allow('organization_patient');
    default:
      return deny('action_not_permitted_for_role');
  }
}
