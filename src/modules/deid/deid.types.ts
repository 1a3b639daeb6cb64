/**
 * The PHI types the engine reports. Each maps to one or more of the 18 HIPAA Safe Harbor identifier
 * kinds (45 CFR 164.514(b)(2)); the README lists the mapping. States and countries are not PHI
 * under Safe Harbor and are never reported; years alone are not reported either.
 */
export const PHI_TYPES = [
  'NAME', // (A) names of patients, relatives, employers, clinicians
  'ADDRESS', // (B) street address, PO box, apartment
  'LOCATION', // (B) city, county, other subdivision smaller than a state
  'ZIP', // (B) ZIP code (may be kept as 3 digits unless restricted)
  'FACILITY', // (B)/(R) hospitals, clinics and practices (they locate the patient)
  'DATE', // (C) every date element except the year, including times attached to a date
  'AGE', // (C) ages over 89
  'PHONE', // (D)
  'FAX', // (E)
  'EMAIL', // (F)
  'SSN', // (G)
  'MRN', // (H) medical record numbers
  'HEALTH_PLAN', // (I) health plan beneficiary numbers
  'ACCOUNT', // (J) account numbers
  'LICENSE', // (K) certificate and license numbers (including DEA, NPI)
  'VEHICLE', // (L) vehicle identifiers, plates, VINs
  'DEVICE', // (M) device identifiers and serial numbers
  'URL', // (N)
  'IP', // (O)
  'BIOMETRIC', // (P) fingerprint, voice, retina identifiers
  'PHOTO', // (Q) full-face photographs and comparable images
  'ID', // (R) any other unique identifying number or code
] as const;

export type PhiType = (typeof PHI_TYPES)[number];

/** A detected identifier: 0-based, end-exclusive character offsets into the text. */
export interface PhiSpan {
  start: number;
  end: number;
  type: PhiType;
}

/** A span with its text, as written by `custos deid detect`. */
export interface PhiSpanWithText extends PhiSpan {
  text: string;
}

/** How detected identifiers are transformed. */
export type DeidMode = 'redact' | 'mask' | 'surrogate' | 'pseudonym';

export const DEID_MODES: readonly DeidMode[] = ['redact', 'mask', 'surrogate', 'pseudonym'];

/**
 * Narrows a string to a PHI type.
 *
 * @example
 *   isPhiType('NAME') // true
 */
export function isPhiType(value: string): value is PhiType {
  return (PHI_TYPES as readonly string[]).includes(value);
}
