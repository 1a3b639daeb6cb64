// The tables behind `decide()`. Changing a line here changes who sees PHI: each table is covered
// by the table-driven tests in policy.test.ts, and the choices are explained in README.md.
import { RESOURCE_TYPES, type Action, type Purpose, type ResourceType, type Role } from './access.types';

/**
 * Minimum necessary (45 CFR 164.502(b), 164.514(d)): which resource types each purpose may touch.
 * Treatment and the patient's own requests are exempt from minimum necessary under HIPAA
 * (164.502(b)(2)(i)-(ii)), so they reach every type. Payment sees coverage and claims only.
 * Operations (quality review, case management) sees encounters, problems and procedures with
 * the billing data, but no notes, results or medications. Research reaches nothing identified.
 */
export const PURPOSE_RESOURCE_TYPES: Record<Purpose, readonly ResourceType[]> = {
  treatment: RESOURCE_TYPES,
  patient_request: RESOURCE_TYPES,
  audit_review: RESOURCE_TYPES,
  payment: ['Coverage', 'Claim', 'ExplanationOfBenefit'],
  operations: ['Patient', 'Encounter', 'Condition', 'Procedure', 'Coverage', 'Claim', 'ExplanationOfBenefit'],
  research: [],
};

/** Purposes under which each role may act on records. Admins get no clinical PHI by role. */
export const ROLE_PURPOSES: Record<Role, readonly Purpose[]> = {
  patient: ['patient_request'],
  clinician: ['treatment', 'payment', 'operations'],
  compliance_officer: ['audit_review'],
  admin: [],
};

/** Purposes an access token may carry, by the issuing user's role (no tokens for audit review). */
export const ROLE_TOKEN_PURPOSES: Record<Role, readonly Purpose[]> = {
  patient: ['patient_request'],
  clinician: ['treatment', 'payment', 'operations'],
  compliance_officer: [],
  admin: [],
};

/**
 * What a patient may add to their own chart: results and home readings (Observation) and uploaded
 * documents such as a lab report (DocumentReference). Everything else is changed by requesting an
 * amendment (45 CFR 164.526), which a clinician reviews.
 */
export const PATIENT_CREATABLE_TYPES: readonly ResourceType[] = ['Observation', 'DocumentReference'];

/** Record actions that change data: they need write access on a token and treatment for clinicians. */
export const WRITE_ACTIONS: readonly Action[] = ['record.create', 'record.update', 'record.request_amendment'];

/**
 * Patient-level actions: for each role, whose patients it applies to. 'own' = the actor's own
 * patient record; 'care_team' = patients on the actor's care teams; 'not_care_team' = patients
 * outside them (break-glass exists for those only); 'any' = any patient of the organization.
 */
export type PatientRelation = 'own' | 'care_team' | 'not_care_team' | 'any';
export const PATIENT_ACTION_RULES: Partial<Record<Action, Partial<Record<Role, PatientRelation>>>> = {
  // The accounting of disclosures (164.528) is the patient's right and the privacy officer's duty.
  'patient.read_disclosures': { patient: 'own', compliance_officer: 'any' },
  'patient.read_consent': { patient: 'own', clinician: 'care_team', compliance_officer: 'any' },
  'patient.manage_consent': { patient: 'own' },
  'patient.request_deletion': { patient: 'own' },
  'patient.break_glass': { clinician: 'not_care_team' },
  'patient.open_audit_review': { compliance_officer: 'any' },
};

/** Purpose a patient-level action requires, where it matters. */
export const PATIENT_ACTION_PURPOSE: Partial<Record<Action, Purpose>> = {
  'patient.break_glass': 'treatment',
  'patient.open_audit_review': 'audit_review',
};

/**
 * Organization-level actions by role. The compliance officer oversees (audit log, reviews, BAAs,
 * incidents) and the admin operates (users, keys, settings, backups); neither gets clinical PHI
 * from these. Both may check the audit chain's integrity, which reveals no PHI.
 */
export const ORGANIZATION_ACTION_ROLES: Partial<Record<Action, readonly Role[]>> = {
  'audit.read': ['compliance_officer'],
  'audit.verify': ['compliance_officer', 'admin'],
  'compliance.read': ['compliance_officer'],
  'compliance.manage': ['compliance_officer'],
  'break_glass.review': ['compliance_officer'],
  // Access reviews (164.308(a)(4)) need the list of users and their roles.
  'user.read': ['admin', 'compliance_officer'],
  'user.manage': ['admin'],
  'care_team.manage': ['admin'],
  'key.manage': ['admin'],
  'settings.manage': ['admin'],
  'backup.manage': ['admin'],
  // The BAA registry: the compliance officer keeps the agreements, the admin runs the configurations.
  'baa.manage': ['admin', 'compliance_officer'],
};
