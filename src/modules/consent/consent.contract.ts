// What the AI gateway (and any other discloser) asks of the consent module, and what it gets back.
// The gateway depends on this file only; the consent module implements ConsentGate.
//
// Policy (DESIGN invariant 4, issue 5): every disclosure of a patient's data to a recipient outside
// treatment (an AI provider configuration or a third party) needs an opt-in grant from the patient
// that covers that recipient, purpose and every data category. A grant is either standing or
// per-instance; a per-instance grant needs one approval per disclosure, shown to the patient with
// exactly what would be shared, with whom and why. Whether PHI or only de-identified data leaves is
// then the BAA's decision (the gateway's), not consent's.
import type { Db } from '../../db/client';
import type { Purpose, ResourceType } from '../access/access.types';

/** What kind of data a disclosure holds; grants are given per category. */
export const DATA_CATEGORIES = [
  'demographics',
  'lab_results',
  'vital_signs',
  'conditions',
  'medications',
  'allergies',
  'immunizations',
  'procedures',
  'encounters',
  'clinical_notes',
  'billing',
  'healthcare_adjacent',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** Plain-language names, for forms, receipts and the approval pop-up. */
export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = {
  demographics: 'Your name, birth date and contact details',
  lab_results: 'Lab results',
  vital_signs: 'Vital signs (blood pressure, pulse, weight, …)',
  conditions: 'Diagnoses and health problems',
  medications: 'Medications and supplies',
  allergies: 'Allergies',
  immunizations: 'Immunizations',
  procedures: 'Procedures, imaging and medical devices',
  encounters: 'Visits, hospital stays and care teams',
  clinical_notes: 'Clinical notes and uploaded documents',
  billing: 'Insurance and billing',
  healthcare_adjacent: 'Data from wearables and home devices',
};

/**
 * The category of one record. Observations split on their FHIR category code
 * ('vital-signs' vs laboratory and the rest); anything stored as healthcare-adjacent is that first.
 */
export function dataCategoryOf(
  resourceType: ResourceType,
  recordCategory: 'clinical' | 'healthcare_adjacent',
  resource?: { category?: unknown },
): DataCategory {
  if (recordCategory === 'healthcare_adjacent') return 'healthcare_adjacent';
  switch (resourceType) {
    case 'Patient':
      return 'demographics';
    case 'Observation':
      return isVitalSigns(resource) ? 'vital_signs' : 'lab_results';
    case 'DiagnosticReport':
      return 'lab_results';
    case 'Condition':
    case 'CarePlan':
      return 'conditions';
    case 'MedicationRequest':
    case 'MedicationStatement':
    case 'MedicationAdministration':
    case 'SupplyDelivery':
      return 'medications';
    case 'AllergyIntolerance':
      return 'allergies';
    case 'Immunization':
      return 'immunizations';
    case 'Procedure':
    case 'ImagingStudy':
    case 'Device':
      return 'procedures';
    case 'Encounter':
    case 'CareTeam':
      return 'encounters';
    case 'DocumentReference':
      return 'clinical_notes';
    case 'Coverage':
    case 'Claim':
    case 'ExplanationOfBenefit':
      return 'billing';
  }
}

function isVitalSigns(resource: { category?: unknown } | undefined): boolean {
  if (!resource || !Array.isArray(resource.category)) return false;
  return resource.category.some(
    (c: unknown) =>
      typeof c === 'object' && c !== null && Array.isArray((c as { coding?: unknown }).coding) &&
      (c as { coding: Array<{ code?: unknown }> }).coding.some((coding) => coding?.code === 'vital-signs'),
  );
}

/** Who would receive the data. */
export type TRecipient =
  | { kind: 'ai_provider'; providerConfigId: string }
  | { kind: 'third_party'; thirdPartyId: string };

/** One intended disclosure, described without PHI except the record ids. */
export interface TDisclosureRequest {
  organizationId: string;
  patientId: string;
  recipient: TRecipient;
  /** Shown to the patient as who receives it ("OpenAI GPT-4o via Azure, covered by a BAA"). PHI-free. */
  recipientLabel: string;
  purpose: Purpose;
  categories: DataCategory[];
  recordIds: string[];
  /** What the AI is asked to do, PHI-free ("Explain these lab results in plain language"). */
  task: string;
  /** Whether PHI (true) or only de-identified data (false) would leave; shown to the patient. */
  identifiable: boolean;
  requestedBy: { userId: string | null; role: string };
  /** An approval the patient already gave for exactly this disclosure (per-instance grants). */
  approvalId?: string;
}

/** Stable reason codes (never PHI); they go to the audit log and the 403 body. */
export type TConsentReason =
  | 'consent.granted'
  | 'consent.none'
  | 'consent.revoked'
  | 'consent.expired'
  | 'consent.purpose_not_covered'
  | 'consent.category_not_covered'
  | 'consent.approval_required'
  | 'consent.approval_pending'
  | 'consent.approval_declined'
  | 'consent.approval_mismatch'
  | 'consent.approval_used';

export type TConsentDecision =
  | { kind: 'granted'; grantId: string; approvalId: string | null; reasons: TConsentReason[] }
  /** A per-instance grant covers it: the patient must answer this approval request first. */
  | { kind: 'approval_required'; grantId: string; approvalId: string; reasons: TConsentReason[] }
  | { kind: 'denied'; reasons: TConsentReason[] };

export interface ConsentGate {
  /**
   * Decides whether the patient's consent covers the disclosure. With a per-instance grant and no
   * approvalId, records a pending approval request (what, with whom, why) and returns
   * 'approval_required'. With an approvalId, the approval must be approved, match this
   * disclosure exactly (recipient, purpose, categories, record ids) and be unused; it is then
   * marked used, so one approval is one disclosure. Audits the decision. Runs in `db` (a
   * transaction or the root database).
   */
  checkDisclosure(db: Db, request: TDisclosureRequest): Promise<TConsentDecision>;
}

/** Audit action of a disclosure that left (feeds the patient's accounting of disclosures). */
export const DISCLOSURE_AUDIT_ACTION = {
  ai_provider: 'disclosure.ai_provider',
  third_party: 'disclosure.third_party',
} as const;

/**
 * The details of a disclosure audit entry (sealed under the patient's key). The accounting of
 * disclosures reads these; the gateway writes them.
 */
export interface TDisclosureAuditDetails {
  recipientLabel: string;
  providerConfigId?: string;
  model?: string;
  purpose: Purpose;
  categories: DataCategory[];
  recordIds: string[];
  identifiable: boolean;
  consentGrantId: string | null;
  approvalId: string | null;
  baaId: string | null;
  task: string;
}
