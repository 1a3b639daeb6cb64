// Pure rules about the FHIR resources the door stores: which field names the patient, how a
// resource is checked and completed before it is encrypted, which identifiers get blind indexes,
// and its category. No I/O.
import { AppError } from '../../core/errors';
import type { ResourceType } from '../access/access.types';
import { CATEGORY_TAG_SYSTEM, ZFhirResourceInput, type TIdentifierKind, type TRecordCategory } from './records.types';

/** The field of each type that references the patient (FHIR R4). Patient itself is the patient. */
export const PATIENT_REFERENCE_FIELD: Record<Exclude<ResourceType, 'Patient'>, 'subject' | 'patient' | 'beneficiary'> = {
  Encounter: 'subject',
  Observation: 'subject',
  Condition: 'subject',
  Procedure: 'subject',
  MedicationRequest: 'subject',
  MedicationStatement: 'subject',
  MedicationAdministration: 'subject',
  AllergyIntolerance: 'patient',
  Immunization: 'patient',
  DiagnosticReport: 'subject',
  DocumentReference: 'subject',
  CarePlan: 'subject',
  CareTeam: 'subject',
  ImagingStudy: 'subject',
  Device: 'patient',
  SupplyDelivery: 'patient',
  Coverage: 'beneficiary',
  Claim: 'patient',
  ExplanationOfBenefit: 'patient',
};

export interface TPreparedResource {
  resource: Record<string, unknown> & { resourceType: ResourceType };
  category: TRecordCategory;
}

/**
 * Checks a resource against the URL it was sent to and completes it: the type must match the
 * path, the patient reference must name this patient (it is filled in when absent), and for
 * Patient resources the id is the patient id. `id` and `meta` are set by the door.
 *
 * @example
 *   const { resource, category } = prepareResource(body, { resourceType: 'Observation', patientId, id, versionId: '1', lastUpdated });
 */
export function prepareResource(
  input: unknown,
  target: { resourceType: ResourceType; patientId: string; id: string; versionId: number; lastUpdated: Date },
): TPreparedResource {
  const parsed = ZFhirResourceInput.safeParse(input);
  if (!parsed.success) {
    // Field paths only: the values may be PHI.
    const fields = parsed.error.issues.map((i) => ({ location: 'body', path: i.path.join('.'), problem: i.code }));
    const paths = [...new Set(fields.map((f) => f.path || '(root)'))];
    throw new AppError('validation_failed', `The resource is not valid FHIR for this endpoint (check: ${paths.join(', ')})`, { fields });
  }
  const body = parsed.data;
  if (body.resourceType !== target.resourceType) {
    throw new AppError('validation_failed', `The resource type does not match the URL (expected ${target.resourceType})`);
  }
  const resource: Record<string, unknown> & { resourceType: ResourceType } = { ...body, resourceType: target.resourceType };
  const expected = `Patient/${target.patientId}`;
  if (target.resourceType !== 'Patient') {
    const field = PATIENT_REFERENCE_FIELD[target.resourceType];
    const value = resource[field];
    if (value === undefined) {
      resource[field] = { reference: expected };
    } else if (!isReferenceTo(value, expected)) {
      throw new AppError('validation_failed', `The resource's ${field} must reference the patient in the URL`, {
        fields: [{ location: 'body', path: `${field}.reference`, problem: 'patient_mismatch' }],
      });
    }
  }
  const category = categoryOf(body.meta?.tag);
  const meta = { ...(body.meta ?? {}), versionId: String(target.versionId), lastUpdated: target.lastUpdated.toISOString() };
  return { resource: { ...resource, id: target.id, meta }, category };
}

function isReferenceTo(value: unknown, expected: string): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const reference = (value as { reference?: unknown }).reference;
  return reference === expected;
}

function categoryOf(tags: ReadonlyArray<{ system?: string | undefined; code?: string | undefined }> | undefined): TRecordCategory {
  return tags?.some((t) => t.system === CATEGORY_TAG_SYSTEM && t.code === 'healthcare_adjacent') ? 'healthcare_adjacent' : 'clinical';
}

/** Identifier systems and type codes (HL7 v2 table 0203) that name each lookup kind. */
const SSN_SYSTEM = 'http://hl7.org/fhir/sid/us-ssn';
const TYPE_CODE_KIND: Record<string, TIdentifierKind> = { MR: 'mrn', SS: 'ssn', MB: 'member_id' };

export interface TExtractedIdentifier {
  kind: TIdentifierKind;
  value: string;
}

/**
 * The identifiers of a resource that get blind indexes: a Patient's MRN and SSN (identifier type
 * MR/SS or the US SSN system) and e-mail (telecom), a Coverage's member id (type MB or
 * subscriberId). Duplicates are dropped; values stay in memory only.
 *
 * @example
 *   extractIdentifiers({ resourceType: 'Patient', identifier: [{ system: 'http://hl7.org/fhir/sid/us-ssn', value: '123-45-6789' }] });
 *   // [{ kind: 'ssn', value: '123-45-6789' }]
 */
export function extractIdentifiers(resource: Record<string, unknown>): TExtractedIdentifier[] {
  const out: TExtractedIdentifier[] = [];
  const add = (kind: TIdentifierKind, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    if (!out.some((o) => o.kind === kind && o.value === value)) out.push({ kind, value });
  };
  const type = resource.resourceType;
  if (type !== 'Patient' && type !== 'Coverage') return out;
  for (const identifier of arrayOf(resource.identifier)) {
    const system = identifier.system;
    const codes = arrayOf((identifier.type as { coding?: unknown } | undefined)?.coding).map((c) => c.code);
    const kind = system === SSN_SYSTEM ? 'ssn' : codes.map((c) => (typeof c === 'string' ? TYPE_CODE_KIND[c] : undefined)).find(Boolean);
    if (!kind) continue;
    if (type === 'Patient' && (kind === 'mrn' || kind === 'ssn')) add(kind, identifier.value);
    if (type === 'Coverage' && kind === 'member_id') add(kind, identifier.value);
  }
  if (type === 'Patient') {
    for (const telecom of arrayOf(resource.telecom)) if (telecom.system === 'email') add('email', telecom.value);
  } else {
    add('member_id', resource.subscriberId);
  }
  return out;
}

function arrayOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : [];
}

/** How each kind is normalized before it is indexed (see normalizeForBlindIndex). */
export const IDENTIFIER_NORMALIZATION: Record<TIdentifierKind, 'text' | 'digits' | 'email'> = {
  mrn: 'text',
  ssn: 'digits',
  email: 'email',
  member_id: 'text',
};
