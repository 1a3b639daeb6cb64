// The sharing module's decisions, pure (no I/O, no clock): who may disclose on which legal basis,
// what minimum necessary leaves of the requested categories for the purpose, which records and
// fields go out, and the PHI-free words the patient's accounting shows. Deny by default: anything
// not named here is refused with a stable reason code.
import { PURPOSE_RESOURCE_TYPES } from '../access/access-rules';
import { RESOURCE_TYPES, type Purpose, type ResourceType, type Role } from '../access/access.types';
import { dataCategoryOf, type DataCategory } from '../consent/consent.contract';
import { recordCategory } from '../ai/disclosure';
import { minimumNecessaryView } from '../records/minimum-necessary';
import type { TFhirResource } from '../records/records.types';
import { THIRD_PARTY_KIND_LABELS, type TDisclosurePurpose, type TDisclosureBundle, type TLegalBasis, type TThirdPartyKind } from './sharing.types';

/** Stable reason codes of a sharing refusal (never PHI); they go to the audit log and the 403 body. */
export type TSharingReason =
  | 'sharing.person_required'
  | 'sharing.role_not_permitted'
  | 'sharing.authorization_by_clinician'
  | 'sharing.basis_compliance_only'
  | 'sharing.reason_required'
  | 'sharing.recipient_unknown'
  | 'sharing.recipient_archived'
  | 'sharing.minimum_necessary';

export const SHARING_REASON_TEXT: Record<TSharingReason, string> = {
  'sharing.person_required': 'A disclosure is decided by a signed-in person, not by an access token.',
  'sharing.role_not_permitted': 'Your role may not disclose patient records to third parties.',
  'sharing.authorization_by_clinician': "Disclosures under the patient's authorization are made by clinicians.",
  'sharing.basis_compliance_only': 'Disclosures without the patient\'s authorization (45 CFR 164.512) are made by the compliance officer only.',
  'sharing.reason_required': 'Say which law, order or request requires this disclosure (at least 20 characters and two words).',
  'sharing.recipient_unknown': 'The recipient is not in the organization\'s registry of third parties.',
  'sharing.recipient_archived': 'The recipient has been archived and no longer receives data.',
  'sharing.minimum_necessary': 'None of the chosen kinds of information is needed for this purpose (minimum necessary).',
};

export const REASON_MIN_LENGTH = 20;

export type TBasisDecision = { effect: 'allow'; readPurpose: Purpose } | { effect: 'deny'; reasons: TSharingReason[] };

/**
 * Who may disclose, on which basis. Under `authorization` a clinician discloses (the records door
 * then requires the care team or break-glass, and the consent gate the patient's grant). Under a
 * 164.512 basis only a compliance officer, with a written reason; the records are read under
 * audit review (the door then requires an open audit review of the patient).
 *
 * @example
 *   decideBasis({ authKind: 'session', role: 'clinician', legalBasis: 'required_by_law', recipient: { archived: false } });
 *   // { effect: 'deny', reasons: ['sharing.basis_compliance_only'] }
 */
export function decideBasis(input: {
  authKind: 'session' | 'token';
  role: Role;
  legalBasis: TLegalBasis;
  purpose: TDisclosurePurpose;
  reason?: string | undefined;
  recipient: { archived: boolean } | null;
}): TBasisDecision {
  const reasons: TSharingReason[] = [];
  if (input.authKind !== 'session') reasons.push('sharing.person_required');
  if (input.role !== 'clinician' && input.role !== 'compliance_officer') reasons.push('sharing.role_not_permitted');
  else if (input.legalBasis === 'authorization' && input.role !== 'clinician') reasons.push('sharing.authorization_by_clinician');
  else if (input.legalBasis !== 'authorization' && input.role !== 'compliance_officer') reasons.push('sharing.basis_compliance_only');
  if (input.legalBasis !== 'authorization' && !meaningfulReason(input.reason)) reasons.push('sharing.reason_required');
  if (!input.recipient) reasons.push('sharing.recipient_unknown');
  else if (input.recipient.archived) reasons.push('sharing.recipient_archived');
  if (reasons.length > 0) return { effect: 'deny', reasons };
  return { effect: 'allow', readPurpose: readPurposeFor(input.legalBasis, input.purpose) };
}

/** A reason a reviewer can act on: long enough, more than one word, not one character repeated. */
export function meaningfulReason(reason: string | undefined): boolean {
  const text = (reason ?? '').trim().replace(/\s+/g, ' ');
  return text.length >= REASON_MIN_LENGTH && text.split(' ').length >= 2 && new Set(text.replace(/ /g, '')).size > 2;
}

/**
 * The purpose the records are read under through the door. A clinician reads for the stated
 * purpose when it is one of theirs (treatment, payment, operations: the door then trims), and
 * otherwise under treatment, their relationship with the patient; the patient's authorization is
 * what allows the disclosure itself. A 164.512 disclosure is read under audit review.
 */
export function readPurposeFor(legalBasis: TLegalBasis, purpose: TDisclosurePurpose): Purpose {
  if (legalBasis !== 'authorization') return 'audit_review';
  return purpose === 'treatment' || purpose === 'payment' || purpose === 'operations' ? purpose : 'treatment';
}

/** The record types whose records may fall in each category. */
export const CATEGORY_TYPES: Record<DataCategory, readonly ResourceType[]> = (() => {
  const map = {} as Record<DataCategory, ResourceType[]>;
  for (const type of RESOURCE_TYPES) (map[dataCategoryOf(type, 'clinical')] ??= []).push(type);
  map.vital_signs = ['Observation'];
  // Wearable and home-device data is stored as readings and documents.
  map.healthcare_adjacent = ['Observation', 'DocumentReference', 'Device'];
  return map;
})();

/** The record types a disclosure purpose may reach (minimum necessary by type). */
export function reachableTypes(purpose: TDisclosurePurpose): readonly ResourceType[] {
  // With the patient's authorization, research and the patient's own requests reach what the
  // patient chose: the consent grant names the categories.
  if (purpose === 'research' || purpose === 'patient_request') return RESOURCE_TYPES;
  return PURPOSE_RESOURCE_TYPES[purpose];
}

export interface TDisclosurePlan {
  kept: DataCategory[];
  omitted: DataCategory[];
  resourceTypes: ResourceType[];
}

/**
 * Minimum necessary for a disclosure: the requested categories the purpose may reach (kept), the
 * others (omitted, shown to the discloser), and the record types to read.
 *
 * @example
 *   planDisclosure('payment', ['billing', 'clinical_notes']);
 *   // { kept: ['billing'], omitted: ['clinical_notes'], resourceTypes: ['Coverage', 'Claim', 'ExplanationOfBenefit'] }
 */
export function planDisclosure(purpose: TDisclosurePurpose, categories: readonly DataCategory[]): TDisclosurePlan {
  const reachable = reachableTypes(purpose);
  const kept: DataCategory[] = [];
  const omitted: DataCategory[] = [];
  const types = new Set<ResourceType>();
  for (const category of [...new Set(categories)]) {
    const reached = CATEGORY_TYPES[category].filter((t) => reachable.includes(t));
    if (reached.length === 0) omitted.push(category);
    else {
      kept.push(category);
      for (const t of reached) types.add(t);
    }
  }
  return { kept: kept.sort(), omitted: omitted.sort(), resourceTypes: RESOURCE_TYPES.filter((t) => types.has(t)) };
}

/** The records of the kept categories, each trimmed to the fields the purpose needs. */
export function selectForDisclosure(records: readonly TFhirResource[], plan: TDisclosurePlan, purpose: TDisclosurePurpose): TFhirResource[] {
  return records
    .filter((r) => plan.kept.includes(recordCategory(r)) && plan.resourceTypes.includes(r.resourceType as ResourceType))
    .map((r) => trimForPurpose(r, purpose));
}

/** Payment and operations see only the fields their work needs; the other purposes whole resources. */
export function trimForPurpose(resource: TFhirResource, purpose: TDisclosurePurpose): TFhirResource {
  if (purpose !== 'payment' && purpose !== 'operations') return resource;
  return minimumNecessaryView(resource as TFhirResource & { resourceType: ResourceType }, purpose);
}

/** What the patient's accounting shows as the basis (PHI-free). */
export const LEGAL_BASIS_TEXT: Record<TLegalBasis, string> = {
  authorization: 'Shared with your written permission (authorization)',
  required_by_law: 'Required by law (45 CFR 164.512(a))',
  public_health: 'Public health activity (45 CFR 164.512(b))',
  health_oversight: 'Health oversight (45 CFR 164.512(d))',
  judicial_proceeding: 'Judicial or administrative proceeding (45 CFR 164.512(e))',
  law_enforcement: 'Law enforcement (45 CFR 164.512(f))',
};

/** Who receives it, as the patient and the accounting see it: the registry name and its kind. */
export function recipientLabelOf(thirdParty: { name: string; kind: TThirdPartyKind }): string {
  return `${thirdParty.name} (${THIRD_PARTY_KIND_LABELS[thirdParty.kind]})`;
}

/** The FHIR R4 collection bundle the discloser downloads. */
export function disclosureBundle(resources: readonly TFhirResource[], at: Date): TDisclosureBundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: at.toISOString(),
    total: resources.length,
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
