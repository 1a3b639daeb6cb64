// Break-glass (emergency access outside the care team) and audit-review grants: the rules for
// opening one. The service stores the returned draft, writes the audit entry flagged
// 'break_glass' (or 'audit_review'), raises the alert and queues the grant for review; `decide`
// then honours the grant until it expires.
import type { AccessGrant, Actor, DecisionReason } from './access.types';
import { decide } from './policy';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export const GRANT_RULES = {
  break_glass: { defaultDurationMs: 4 * HOUR, minDurationMs: 15 * MINUTE, maxDurationMs: 8 * HOUR },
  audit_review: { defaultDurationMs: 4 * HOUR, minDurationMs: 15 * MINUTE, maxDurationMs: 24 * HOUR },
} as const satisfies Record<AccessGrant['kind'], { defaultDurationMs: number; minDurationMs: number; maxDurationMs: number }>;

/** Long enough to say what happened ("unconscious patient in the ED, no care team on shift"). */
export const GRANT_REASON_MIN_LENGTH = 20;
export const GRANT_REASON_MAX_LENGTH = 1000;

/** What the service stores; it adds the id and `revokedAt: null`. */
export type AccessGrantDraft = Omit<AccessGrant, 'id' | 'revokedAt'>;

export type GrantRequestResult = { ok: true; grant: AccessGrantDraft } | { ok: false; reasons: DecisionReason[] };

export interface GrantRequest {
  actor: Actor;
  /** The patient as stored: its organization is checked against the actor's. */
  patient: { organizationId: string; patientId: string };
  reason: string;
  now: Date;
  durationMs?: number;
}

const REASON_MESSAGES = {
  reason_required: 'Give the reason for this access.',
  reason_too_short: `Describe the reason in at least ${GRANT_REASON_MIN_LENGTH} characters.`,
  reason_too_long: `Keep the reason under ${GRANT_REASON_MAX_LENGTH} characters.`,
  reason_not_meaningful: 'Describe the reason in words (at least two).',
  duration_out_of_range: 'The requested duration is outside the allowed range.',
} as const;

/**
 * Opens break-glass access for a clinician to a patient outside their care team. Allowed only
 * where `decide(actor, 'patient.break_glass', …)` allows (a clinician, purpose treatment, same
 * organization, patient not on the care team), with a meaningful reason and a bounded duration.
 *
 * @example
 *   const result = requestBreakGlass({ actor, patient: { organizationId, patientId }, reason, now: clock.now() });
 *   if (!result.ok) throw new AppError('validation_failed', result.reasons.map((r) => r.message).join(' '));
 *   const grant = await repo.insertGrant(tx, result.grant); // then audit (flag break_glass) and alert
 */
export function requestBreakGlass(request: GrantRequest): GrantRequestResult {
  return requestGrant('break_glass', 'patient.break_glass', request);
}

/**
 * Opens read-only access for a compliance officer to one patient's chart in an audit review (for
 * example reviewing a break-glass event or a privacy complaint). The reason should name the case.
 *
 * @example
 *   requestAuditReview({ actor, patient, reason: 'Review of break-glass event, case 2025-014', now });
 */
export function requestAuditReview(request: GrantRequest): GrantRequestResult {
  return requestGrant('audit_review', 'patient.open_audit_review', request);
}

/**
 * Normalizes a free-text reason: control characters removed, white space collapsed, trimmed.
 *
 * @example
 *   normalizeGrantReason('  Chest pain,\n\tcare team off shift ') === 'Chest pain, care team off shift';
 */
export function normalizeGrantReason(reason: string): string {
  return reason.normalize('NFC').replace(/\p{Cc}/gu, ' ').replace(/\s+/gu, ' ').trim();
}

function requestGrant(
  kind: AccessGrant['kind'],
  action: 'patient.break_glass' | 'patient.open_audit_review',
  request: GrantRequest,
): GrantRequestResult {
  const { actor, patient, now } = request;
  const decision = decide(actor, action, { kind: 'patient', ...patient }, now);
  if (decision.effect === 'deny') return { ok: false, reasons: decision.reasons };

  const problems: (keyof typeof REASON_MESSAGES)[] = [];
  const reason = normalizeGrantReason(typeof request.reason === 'string' ? request.reason : '');
  const length = [...reason].length;
  if (length === 0) problems.push('reason_required');
  else if (length < GRANT_REASON_MIN_LENGTH) problems.push('reason_too_short');
  else if (length > GRANT_REASON_MAX_LENGTH) problems.push('reason_too_long');
  else if (!isMeaningful(reason)) problems.push('reason_not_meaningful');

  const rules = GRANT_RULES[kind];
  const durationMs = request.durationMs ?? rules.defaultDurationMs;
  if (!Number.isInteger(durationMs) || durationMs < rules.minDurationMs || durationMs > rules.maxDurationMs) {
    problems.push('duration_out_of_range');
  }
  if (problems.length > 0) {
    return { ok: false, reasons: problems.map((code) => ({ code, message: REASON_MESSAGES[code] })) };
  }
  return {
    ok: true,
    grant: {
      kind,
      organizationId: actor.organizationId,
      userId: actor.userId,
      patientId: patient.patientId,
      reason,
      grantedAt: new Date(now.getTime()),
      expiresAt: new Date(now.getTime() + durationMs),
    },
  };
}

/** At least two words with letters, and not one character hammered ('xxxxxxxxxxxxxxxxxxxxxx'). */
function isMeaningful(reason: string): boolean {
  const words = reason.split(' ').filter((w) => /\p{L}/u.test(w));
  const distinct = new Set([...reason.toLowerCase()].filter((c) => /\p{L}/u.test(c)));
  return words.length >= 2 && distinct.size >= 5;
}
