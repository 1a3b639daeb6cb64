// Pure consent decisions (DESIGN invariant 2): which of a patient's grants for one recipient cover
// a disclosure, and whether an answered approval request may be used for it. No I/O, no clock.
import type { Purpose } from '../access/access.types';
import type { DataCategory, TConsentReason } from './consent.contract';
import type { TApprovalRequest } from './consent.types';
import type { TApprovalStatus, TGrantMode } from './consent.tables';

export interface TGrantFacts {
  id: string;
  mode: TGrantMode;
  expiresAt: Date;
  revokedAt: Date | null;
  purposes: readonly Purpose[];
  categories: readonly DataCategory[];
}

export type TCoverage = { kind: 'covered'; grant: TGrantFacts } | { kind: 'denied'; reasons: TConsentReason[] };

export function grantStatus(grant: Pick<TGrantFacts, 'expiresAt' | 'revokedAt'>, now: Date): 'active' | 'revoked' | 'expired' {
  if (grant.revokedAt !== null) return 'revoked';
  return now.getTime() < grant.expiresAt.getTime() ? 'active' : 'expired';
}

/**
 * The grant covering `purpose` and every one of `categories`, if any. A standing grant wins over
 * a per-instance one (it needs no approval). Without one, the reason names the nearest miss.
 *
 * @example
 *   findCoveringGrant(grants, { purpose: 'patient_request', categories: ['lab_results'] }, now)
 */
export function findCoveringGrant(grants: readonly TGrantFacts[], want: { purpose: Purpose; categories: readonly DataCategory[] }, now: Date): TCoverage {
  if (grants.length === 0) return { kind: 'denied', reasons: ['consent.none'] };
  if (want.categories.length === 0) return { kind: 'denied', reasons: ['consent.category_not_covered'] };
  const active = grants.filter((g) => grantStatus(g, now) === 'active');
  if (active.length === 0) {
    return { kind: 'denied', reasons: [grants.some((g) => grantStatus(g, now) === 'revoked') ? 'consent.revoked' : 'consent.expired'] };
  }
  const forPurpose = active.filter((g) => g.purposes.includes(want.purpose));
  if (forPurpose.length === 0) return { kind: 'denied', reasons: ['consent.purpose_not_covered'] };
  const covering = forPurpose.filter((g) => want.categories.every((c) => g.categories.includes(c)));
  if (covering.length === 0) return { kind: 'denied', reasons: ['consent.category_not_covered'] };
  const grant = covering.find((g) => g.mode === 'standing') ?? covering[0]!;
  return { kind: 'covered', grant };
}

export interface TApprovalFacts {
  grantId: string;
  status: TApprovalStatus;
  expiresAt: Date;
  request: Omit<TApprovalRequest, 'requestedBy'>;
}

/**
 * May this approval be used for exactly this disclosure under `grant`? It must be approved, not
 * expired, unused, given under that grant, and match recipient, purpose, categories, record ids,
 * task and identifiability exactly (as sets where order carries no meaning).
 */
export function checkApproval(approval: TApprovalFacts, grant: Pick<TGrantFacts, 'id'>, want: Omit<TApprovalRequest, 'requestedBy'>, now: Date): TConsentReason | null {
  if (approval.status === 'used') return 'consent.approval_used';
  if (approval.status === 'declined') return 'consent.approval_declined';
  // An expired approval, answered or not, is consent that lapsed.
  if (!(now.getTime() < approval.expiresAt.getTime())) return 'consent.expired';
  if (approval.status === 'pending') return 'consent.approval_pending';
  if (approval.grantId !== grant.id || !sameDisclosure(approval.request, want)) return 'consent.approval_mismatch';
  return null;
}

export function sameDisclosure(a: Omit<TApprovalRequest, 'requestedBy'>, b: Omit<TApprovalRequest, 'requestedBy'>): boolean {
  return (
    sameRecipient(a.recipient, b.recipient) &&
    a.purpose === b.purpose &&
    a.task === b.task &&
    a.identifiable === b.identifiable &&
    a.recipientLabel === b.recipientLabel &&
    sameSet(a.categories, b.categories) &&
    sameSet(a.recordIds, b.recordIds)
  );
}

function sameRecipient(a: TApprovalRequest['recipient'], b: TApprovalRequest['recipient']): boolean {
  if (a.kind === 'ai_provider' && b.kind === 'ai_provider') return a.providerConfigId === b.providerConfigId;
  if (a.kind === 'third_party' && b.kind === 'third_party') return a.thirdPartyId === b.thirdPartyId;
  return false;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
