// Minimum necessary inside a resource (45 CFR 164.502(b), 164.514(d)). The access policy already
// limits which resource types a purpose reaches (access-rules.ts PURPOSE_RESOURCE_TYPES); this
// file limits which fields of those resources leave the door. Treatment, the patient's own
// requests and audit review are exempt from minimum necessary under HIPAA and see whole
// resources. Payment and operations see the fields their work needs and nothing that names,
// locates or describes the patient in free text. Pure; no I/O.
import type { Purpose, ResourceType } from '../access/access.types';
import { zip3 } from '../deid/zip3';

/** The fields a view keeps: 'all', or the top-level keys kept (nested rules below). */
type FieldSet = 'all' | readonly string[];

/** Fields every trimmed view keeps: what FHIR needs to make sense of a resource. */
const ALWAYS = ['resourceType', 'id', 'meta', 'status'] as const;

/**
 * Per purpose and type: the top-level fields kept. A type missing here under a trimmed purpose
 * keeps only ALWAYS (the type-level rule then usually denies it anyway). Free text ('text',
 * 'note', 'description' narratives) and contact details are never in a trimmed view.
 */
const TRIMMED_VIEWS: Partial<Record<Purpose, Partial<Record<ResourceType, readonly string[]>>>> = {
  payment: {
    // Billing needs the whole financial record, but not the patient's narrative.
    Coverage: ['type', 'subscriberId', 'beneficiary', 'relationship', 'period', 'payor', 'class', 'order', 'network', 'costToBeneficiary'],
    Claim: ['identifier', 'type', 'subType', 'use', 'patient', 'billablePeriod', 'created', 'insurer', 'provider', 'priority', 'diagnosis', 'procedure', 'insurance', 'item', 'total'],
    ExplanationOfBenefit: ['identifier', 'type', 'subType', 'use', 'patient', 'billablePeriod', 'created', 'insurer', 'provider', 'outcome', 'claim', 'insurance', 'item', 'adjudication', 'total', 'payment'],
  },
  operations: {
    // Quality review and case management: who (by id), what was done, when. No name, contact
    // details, street address or free text.
    Patient: ['gender', 'birthDate', 'address', 'generalPractitioner', 'managingOrganization', 'deceasedBoolean', 'deceasedDateTime'],
    Encounter: ['class', 'type', 'serviceType', 'priority', 'subject', 'period', 'length', 'reasonCode', 'hospitalization', 'serviceProvider'],
    Condition: ['clinicalStatus', 'verificationStatus', 'category', 'severity', 'code', 'subject', 'encounter', 'onsetDateTime', 'abatementDateTime', 'recordedDate'],
    Procedure: ['category', 'code', 'subject', 'encounter', 'performedDateTime', 'performedPeriod', 'outcome'],
    Coverage: ['type', 'beneficiary', 'period', 'payor', 'class'],
    Claim: ['type', 'use', 'patient', 'billablePeriod', 'created', 'insurer', 'provider', 'diagnosis', 'procedure', 'item', 'total'],
    ExplanationOfBenefit: ['type', 'use', 'patient', 'billablePeriod', 'created', 'insurer', 'provider', 'outcome', 'item', 'total'],
  },
};

const FULL_VIEW_PURPOSES: readonly Purpose[] = ['treatment', 'patient_request', 'audit_review'];

/** The field set a purpose sees of a type. */
export function fieldSetFor(purpose: Purpose, resourceType: ResourceType): FieldSet {
  if (FULL_VIEW_PURPOSES.includes(purpose)) return 'all';
  return [...ALWAYS, ...(TRIMMED_VIEWS[purpose]?.[resourceType] ?? [])];
}

/** Whether a purpose sees whole resources of a type (only then may it replace one: a trimmed read written back would erase fields). */
export function seesWholeResource(purpose: Purpose, resourceType: ResourceType): boolean {
  return fieldSetFor(purpose, resourceType) === 'all';
}

/**
 * The resource as the purpose may see it: whole, or only its kept fields. A Patient's address
 * keeps state, country and the Safe Harbor ZIP3 of the postal code, nothing finer.
 * meta.tag and versionId stay (they carry no PHI); everything else in meta is dropped.
 *
 * @example
 *   minimumNecessaryView(patient, 'operations') // { resourceType, id, meta, gender, birthDate, address: [{ state, postalCode: '021' }] }
 */
export function minimumNecessaryView<T extends { resourceType: ResourceType }>(resource: T, purpose: Purpose): T {
  const fields = fieldSetFor(purpose, resource.resourceType);
  if (fields === 'all') return resource;
  const source = resource as Record<string, unknown>;
  const view: Record<string, unknown> = {};
  for (const key of fields) {
    if (source[key] === undefined) continue;
    view[key] = key === 'address' ? coarseAddresses(source[key]) : key === 'meta' ? coarseMeta(source[key]) : source[key];
  }
  return view as T;
}

function coarseAddresses(value: unknown): unknown {
  if (!Array.isArray(value)) return undefined;
  return value.map((entry: unknown) => {
    const address = (entry ?? {}) as { state?: unknown; postalCode?: unknown; country?: unknown };
    const coarse: Record<string, unknown> = {};
    if (typeof address.state === 'string') coarse.state = address.state;
    if (typeof address.country === 'string') coarse.country = address.country;
    // Safe Harbor's ZIP3: the first three digits, or 000 where that area holds 20,000 people or fewer.
    if (typeof address.postalCode === 'string' && /^\d{5}/.test(address.postalCode)) coarse.postalCode = zip3(address.postalCode);
    return coarse;
  });
}

function coarseMeta(value: unknown): unknown {
  const meta = (value ?? {}) as { versionId?: unknown; lastUpdated?: unknown; tag?: unknown };
  return { versionId: meta.versionId, lastUpdated: meta.lastUpdated, ...(meta.tag !== undefined ? { tag: meta.tag } : {}) };
}
