// The sharing module's vocabulary and HTTP shapes: the third-party registry, the legal bases a
// disclosure may rest on, and what a disclosure request and its answer look like.
import { z } from 'zod';
import { DATA_CATEGORIES } from '../consent/consent.contract';
import { ZFhirResource } from '../records/records.types';

export const THIRD_PARTY_KINDS = ['provider', 'payer', 'public_health', 'researcher', 'legal', 'family_caregiver', 'other'] as const;
export type TThirdPartyKind = (typeof THIRD_PARTY_KINDS)[number];

/** Plain-language kinds, for forms, the patient's consent form and the accounting of disclosures. */
export const THIRD_PARTY_KIND_LABELS: Record<TThirdPartyKind, string> = {
  provider: 'another health care provider',
  payer: 'a health plan or payer',
  public_health: 'a public health authority',
  researcher: 'a researcher',
  legal: 'an attorney or court',
  family_caregiver: 'a family member or caregiver',
  other: 'other',
};

export const AGREEMENTS = ['none', 'baa', 'data_use_agreement'] as const;
export type TAgreement = (typeof AGREEMENTS)[number];

/**
 * What a disclosure rests on. `authorization`: the patient's consent grant (45 CFR 164.508).
 * The others are 164.512 bases that need no authorization but must be accounted (164.528):
 * required by law (a), public health (b), health oversight (d), judicial proceeding (e),
 * law enforcement (f).
 */
export const LEGAL_BASES = ['authorization', 'required_by_law', 'public_health', 'health_oversight', 'judicial_proceeding', 'law_enforcement'] as const;
export type TLegalBasis = (typeof LEGAL_BASES)[number];

/** Purposes a disclosure may state (audit review is the compliance office's own use, not a disclosure purpose). */
export const DISCLOSURE_PURPOSES = ['treatment', 'payment', 'operations', 'patient_request', 'research'] as const;
export type TDisclosurePurpose = (typeof DISCLOSURE_PURPOSES)[number];

const ZContact = z.strictObject({
  email: z.email().max(200).optional(),
  phone: z.string().trim().min(3).max(40).optional(),
  address: z.string().trim().min(3).max(500).optional(),
});
export type TContact = z.infer<typeof ZContact>;

export const ZThirdPartyInput = z.strictObject({
  name: z.string().trim().min(2).max(200).describe('Shown to patients and in the accounting of disclosures; not PHI'),
  kind: z.enum(THIRD_PARTY_KINDS),
  agreement: z.enum(AGREEMENTS).describe('The agreement on file: a BAA, a data use agreement, or none'),
  contact: ZContact.optional().describe('Stored encrypted under the organization key; shown to administrators only'),
});
export type TThirdPartyInput = z.infer<typeof ZThirdPartyInput>;

/** The administrator's view of a registry entry. */
export const ZThirdParty = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(THIRD_PARTY_KINDS),
  agreement: z.enum(AGREEMENTS),
  contact: ZContact.nullable(),
  createdAt: z.iso.datetime(),
  archivedAt: z.iso.datetime().nullable(),
});
export type TThirdParty = z.infer<typeof ZThirdParty>;

/** What anyone in the organization (patients too) sees: names and kinds of active entries only. */
export const ZThirdPartyName = z.object({ id: z.uuid(), name: z.string(), kind: z.enum(THIRD_PARTY_KINDS) });
export type TThirdPartyName = z.infer<typeof ZThirdPartyName>;

export const ZDisclosureBody = z.strictObject({
  thirdPartyId: z.uuid(),
  purpose: z.enum(DISCLOSURE_PURPOSES),
  categories: z.array(z.enum(DATA_CATEGORIES)).min(1).max(DATA_CATEGORIES.length),
  legalBasis: z.enum(LEGAL_BASES),
  reason: z.string().trim().max(2000).optional().describe('Required for the 164.512 bases: the law, order or request the disclosure answers (kept encrypted under the patient key)'),
  approvalId: z.uuid().optional().describe("The patient's approval of exactly this disclosure, for a per-instance consent"),
});
export type TDisclosureBody = z.infer<typeof ZDisclosureBody>;

export const ZSharedView = z.object({
  recipientLabel: z.string(),
  purpose: z.enum(DISCLOSURE_PURPOSES),
  legalBasis: z.enum(LEGAL_BASES),
  categories: z.array(z.enum(DATA_CATEGORIES)).describe('The categories the shared records hold'),
  omittedCategories: z.array(z.enum(DATA_CATEGORIES)).describe('Asked for but left out: not needed for the purpose (minimum necessary)'),
  recordCount: z.number().int(),
});
export type TSharedView = z.infer<typeof ZSharedView>;

export const ZDisclosureBundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: z.iso.datetime(),
  total: z.number().int(),
  entry: z.array(z.object({ fullUrl: z.string(), resource: ZFhirResource })),
});
export type TDisclosureBundle = z.infer<typeof ZDisclosureBundle>;

export const ZDisclosed = z.object({ status: z.literal('disclosed'), id: z.uuid(), disclosure: ZSharedView, bundle: ZDisclosureBundle });
export const ZApprovalRequired = z.object({ status: z.literal('approval_required'), approvalId: z.uuid(), disclosure: ZSharedView });
