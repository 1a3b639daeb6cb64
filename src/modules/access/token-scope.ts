// Rules for issuing an access token's scope. At issue time a scope must be something the issuing
// user could use themselves right now (without break-glass); at use time `decide` intersects the
// scope with the issuer's rights again, so a token loses what its issuer loses (a patient leaving
// the care team, a role change).
import {
  isPurpose,
  isResourceType,
  RESOURCE_TYPES,
  type Actor,
  type DecisionReason,
  type ResourceType,
  type TokenScope,
} from './access.types';
import { PURPOSE_RESOURCE_TYPES, ROLE_TOKEN_PURPOSES } from './access-rules';
import { decide } from './policy';

const DAY = 24 * 60 * 60 * 1000;
/** Tokens must expire; a year is the longest an integration may go without re-issuing one. */
export const TOKEN_MAX_LIFETIME_MS = 365 * DAY;
export const TOKEN_DEFAULT_LIFETIME_MS = 90 * DAY;

export type TokenScopeResult =
  | { ok: true; scope: TokenScope; expiresAt: Date }
  | { ok: false; reasons: DecisionReason[] };

const MESSAGES = {
  token_cannot_issue_token: 'An access token cannot be used to issue another access token.',
  purpose_not_permitted_for_tokens: 'Your role cannot issue access tokens for this purpose.',
  resource_types_required: 'Choose at least one known record type.',
  minimum_necessary: 'Some chosen record types are not needed for the chosen purpose (minimum necessary).',
  invalid_access: "Access must be 'read' or 'read_write'.",
  invalid_subject: 'Choose one patient or one care team.',
  not_care_team_member: 'You are not a member of that care team.',
  expiry_out_of_range: 'The expiry must be in the future and at most one year away.',
} as const;

/**
 * Validates a requested scope for a token the actor wants to issue. Denials from `decide` (for
 * example a patient outside the care team) are returned as they are.
 *
 * @example
 *   const result = validateTokenScope({ issuer: actor, scope: body.scope, expiresAt: body.expiresAt, now });
 *   if (!result.ok) throw new AppError('forbidden', result.reasons.map((r) => r.message).join(' '));
 *   const { token, hash } = generateSecretToken('access_token'); // store hash + result.scope, show token once
 */
export function validateTokenScope(input: {
  issuer: Actor;
  scope: TokenScope;
  expiresAt?: Date;
  now: Date;
}): TokenScopeResult {
  const { issuer, scope, now } = input;
  const fail = (code: keyof typeof MESSAGES, extra: DecisionReason[] = []): TokenScopeResult => ({
    ok: false,
    reasons: [{ code, message: MESSAGES[code] }, ...extra],
  });
  if (issuer.token) return fail('token_cannot_issue_token');
  if (!isPurpose(scope?.purpose) || !(ROLE_TOKEN_PURPOSES[issuer.role] ?? []).includes(scope.purpose)) {
    return fail('purpose_not_permitted_for_tokens');
  }
  const types = Array.isArray(scope.resourceTypes) ? scope.resourceTypes : [];
  if (types.length === 0 || !types.every(isResourceType)) return fail('resource_types_required');
  if (!types.every((t) => PURPOSE_RESOURCE_TYPES[scope.purpose].includes(t))) return fail('minimum_necessary');
  if (scope.access !== 'read' && scope.access !== 'read_write') return fail('invalid_access');

  const expiresAt = input.expiresAt ?? new Date(now.getTime() + TOKEN_DEFAULT_LIFETIME_MS);
  const lifetime = expiresAt instanceof Date ? expiresAt.getTime() - now.getTime() : Number.NaN;
  if (!(lifetime > 0 && lifetime <= TOKEN_MAX_LIFETIME_MS)) return fail('expiry_out_of_range');

  // The issuer as a plain user: no token, and no grants, since break-glass never extends to tokens.
  const asUser: Actor = { ...issuer, purpose: scope.purpose, grants: [], token: null };
  const subject = scope.subject;
  if (subject?.kind === 'patient' && typeof subject.patientId === 'string' && subject.patientId) {
    for (const resourceType of types) {
      const resource = { kind: 'record', organizationId: issuer.organizationId, patientId: subject.patientId, resourceType } as const;
      const decision = decide(asUser, 'record.read', resource, now);
      if (decision.effect === 'deny') return { ok: false, reasons: decision.reasons };
    }
  } else if (subject?.kind === 'care_team' && typeof subject.careTeamId === 'string' && subject.careTeamId) {
    if (issuer.role !== 'clinician' || !issuer.careTeam.memberOf(subject.careTeamId)) return fail('not_care_team_member');
  } else {
    return fail('invalid_subject');
  }

  // Keep the canonical order of types, without duplicates, so equal scopes are stored alike.
  const resourceTypes: ResourceType[] = RESOURCE_TYPES.filter((t) => types.includes(t));
  const canonical: TokenScope = {
    resourceTypes,
    subject: subject.kind === 'patient' ? { kind: 'patient', patientId: subject.patientId } : { kind: 'care_team', careTeamId: subject.careTeamId },
    access: scope.access,
    purpose: scope.purpose,
  };
  return { ok: true, scope: canonical, expiresAt: new Date(expiresAt.getTime()) };
}
