// The sharing calls of the web app (routes of src/modules/sharing/sharing.routes.ts), built on the
// shared client so they get its CSRF header, error handling and idle tracking.
import type { ApiClient } from '../../api';

export const KIND_LABELS: Record<string, string> = {
  provider: 'Another health care provider',
  payer: 'Health plan or payer',
  public_health: 'Public health authority',
  researcher: 'Researcher',
  legal: 'Attorney or court',
  family_caregiver: 'Family member or caregiver',
  other: 'Other',
};

export const AGREEMENT_LABELS: Record<string, string> = {
  none: 'None on file',
  baa: 'Business associate agreement',
  data_use_agreement: 'Data use agreement',
};

/** Purposes a clinician states for a disclosure, in plain words. */
export const SHARE_PURPOSE_LABELS: Record<string, string> = {
  patient_request: 'At the patient’s request',
  research: 'Research',
  treatment: 'Treatment by another provider',
  payment: 'Payment',
  operations: 'Health care operations',
};

export const LEGAL_BASIS_LABELS: Record<string, string> = {
  authorization: 'The patient’s written permission (authorization)',
  required_by_law: 'Required by law',
  public_health: 'Public health activity',
  health_oversight: 'Health oversight',
  judicial_proceeding: 'Judicial or administrative proceeding',
  law_enforcement: 'Law enforcement',
};

/** Reason codes of a refused disclosure, in words for the person who asked. */
export const REFUSAL_TEXT: Record<string, string> = {
  'consent.none': 'The patient has not given permission to share with this recipient.',
  'consent.revoked': 'The patient revoked their permission.',
  'consent.expired': 'The patient’s permission has ended.',
  'consent.purpose_not_covered': 'The patient’s permission does not cover this purpose.',
  'consent.category_not_covered': 'The patient’s permission does not cover every kind of information chosen.',
  'consent.approval_pending': 'The patient has not answered the request yet.',
  'consent.approval_declined': 'The patient declined this request.',
  'consent.approval_used': 'That approval was used already; ask again.',
  'consent.approval_mismatch': 'The approval was for a different request; ask again.',
  not_on_care_team: 'The patient is not on your care team.',
  no_audit_review: 'Open an audit review of this patient first.',
  'sharing.recipient_archived': 'This recipient was archived.',
  'sharing.basis_compliance_only': 'Only the compliance officer may share without the patient’s permission.',
  'sharing.reason_required': 'Say which law, order or request requires it.',
  'sharing.minimum_necessary': 'None of the chosen information is needed for this purpose.',
};

export type TContact = { email?: string; phone?: string; address?: string };

export interface TThirdParty {
  id: string;
  name: string;
  kind: string;
  agreement: string;
  contact: TContact | null;
  createdAt: string;
  archivedAt: string | null;
}

export interface TThirdPartyName {
  id: string;
  name: string;
  kind: string;
}

export interface TSharedView {
  recipientLabel: string;
  purpose: string;
  legalBasis: string;
  categories: string[];
  omittedCategories: string[];
  recordCount: number;
}

export interface TShareBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  total: number;
  entry: Array<{ fullUrl: string; resource: Record<string, unknown> }>;
}

export type TShareOutcome =
  | { status: 'disclosed'; id: string; disclosure: TSharedView; bundle: TShareBundle }
  | { status: 'approval_required'; approvalId: string; disclosure: TSharedView };

export interface TShareRequest {
  thirdPartyId: string;
  purpose: string;
  categories: string[];
  legalBasis: string;
  reason?: string;
  approvalId?: string;
}

export function sharingApi(api: ApiClient) {
  return {
    listNames: () => api.request<{ thirdParties: TThirdPartyName[] }>('GET', '/api/v1/third-parties').then((b) => b.thirdParties),
    listForAdmin: () => api.request<{ thirdParties: TThirdParty[] }>('GET', '/api/v1/admin/third-parties').then((b) => b.thirdParties),
    create: (body: { name: string; kind: string; agreement: string; contact?: TContact }) => api.request<TThirdParty>('POST', '/api/v1/admin/third-parties', body),
    archive: (id: string) => api.request<TThirdParty>('POST', `/api/v1/admin/third-parties/${id}/archive`),
    /** The compliance officer's read-only audit review of one patient (access module), needed to read for a 164.512 disclosure. */
    openAuditReview: (patientId: string, reason: string) => api.request<unknown>('POST', `/api/v1/patients/${patientId}/audit-review`, { reason }),
    share: (patientId: string, body: TShareRequest) => api.request<TShareOutcome>('POST', `/api/v1/patients/${patientId}/third-party-disclosures`, body),
  };
}
export type SharingApi = ReturnType<typeof sharingApi>;

/** The data categories as staff read them (the patient's form says "your …"). */
export const STAFF_CATEGORY_LABELS: Record<string, string> = {
  demographics: 'Name, birth date and contact details',
  lab_results: 'Lab results',
  vital_signs: 'Vital signs',
  conditions: 'Diagnoses and problems',
  medications: 'Medications',
  allergies: 'Allergies',
  immunizations: 'Immunizations',
  procedures: 'Procedures, imaging and devices',
  encounters: 'Visits and stays',
  clinical_notes: 'Clinical notes and documents',
  billing: 'Insurance and billing',
  healthcare_adjacent: 'Wearable and home-device data',
};
