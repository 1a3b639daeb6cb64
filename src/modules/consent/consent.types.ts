// The consent module's own shapes (the gateway's side is consent.contract.ts): zod schemas for
// what is stored encrypted and what the HTTP API returns. `Z*` schemas, `T*` types.
import { z } from 'zod';
import { PURPOSES } from '../access/access.types';
import { DATA_CATEGORIES } from './consent.contract';

export const ZPurpose = z.enum(PURPOSES);
export const ZDataCategory = z.enum(DATA_CATEGORIES);
export const ZRecipientKind = z.enum(['ai_provider', 'third_party']);
export const ZGrantMode = z.enum(['standing', 'per_instance']);

/** The recipient of a grant: an AI provider configuration or a third party, by opaque id. */
export const ZRecipient = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ai_provider'), providerConfigId: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('third_party'), thirdPartyId: z.string().min(1).max(200) }),
]);

/** Every element 45 CFR 164.508(c) requires, in plain language (no PHI; per organization). */
export const ZTemplateContent = z.strictObject({
  title: z.string(),
  summary: z.string(),
  /** (c)(1)(i) the information to be disclosed: the categories the patient may choose from. */
  information: z.string(),
  categories: z.array(ZDataCategory).min(1),
  /** (c)(1)(ii) who discloses. */
  discloser: z.string(),
  /** (c)(1)(iii) who receives. */
  recipient: z.string(),
  /** (c)(1)(iv) each purpose, with the purposes the patient may choose from. */
  purposeText: z.string(),
  purposes: z.array(ZPurpose).min(1),
  /** (c)(1)(v) an expiration date or event. */
  expiry: z.string(),
  maxDays: z.number().int().min(1).max(3660),
  /** (c)(1)(vi) signature and date. */
  signature: z.string(),
  /** (c)(2)(i) the right to revoke and how. */
  revocation: z.string(),
  /** (c)(2)(ii) treatment, payment, enrollment or eligibility do not depend on signing. */
  conditioning: z.string(),
  /** (c)(2)(iii) the recipient may re-disclose; then HIPAA may no longer protect it. */
  redisclosure: z.string(),
  /** Per-instance vs standing, explained. */
  modes: z.string(),
});
export type TTemplateContent = z.infer<typeof ZTemplateContent>;

export const ZTemplate = z.object({
  id: z.uuid(),
  key: z.string(),
  version: z.number().int(),
  recipientKind: ZRecipientKind,
  content: ZTemplateContent,
  contentHash: z.string(),
  publishedAt: z.iso.datetime(),
  supersededAt: z.iso.datetime().nullable(),
});
export type TTemplate = z.infer<typeof ZTemplate>;

/** What the patient agreed to; stored under the patient's key (the typed name is PHI). */
export const ZGrantTerms = z.strictObject({
  purposes: z.array(ZPurpose).min(1),
  categories: z.array(ZDataCategory).min(1),
  recipientLabel: z.string().max(200),
  signedName: z.string().min(1).max(200),
  signedAt: z.iso.datetime(),
});
export type TGrantTerms = z.infer<typeof ZGrantTerms>;

export const ZGrant = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  templateId: z.uuid(),
  templateVersion: z.number().int(),
  recipient: ZRecipient,
  recipientLabel: z.string(),
  mode: ZGrantMode,
  purposes: z.array(ZPurpose),
  categories: z.array(ZDataCategory),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
  status: z.enum(['active', 'revoked', 'expired']),
  signedName: z.string(),
});
export type TGrant = z.infer<typeof ZGrant>;

/** A pending/decided approval request: exactly what, with whom, why (under the patient's key). */
export const ZApprovalRequest = z.strictObject({
  recipient: ZRecipient,
  recipientLabel: z.string(),
  purpose: ZPurpose,
  categories: z.array(ZDataCategory),
  recordIds: z.array(z.string()),
  task: z.string(),
  identifiable: z.boolean(),
  requestedBy: z.object({ userId: z.string().nullable(), role: z.string() }),
});
export type TApprovalRequest = z.infer<typeof ZApprovalRequest>;

export const ZApproval = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  grantId: z.uuid(),
  status: z.enum(['pending', 'approved', 'declined', 'used', 'expired']),
  recipientLabel: z.string(),
  purpose: ZPurpose,
  categories: z.array(ZDataCategory),
  recordCount: z.number().int(),
  task: z.string(),
  identifiable: z.boolean(),
  requestedByRole: z.string(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
});
export type TApproval = z.infer<typeof ZApproval>;

export const ZReceiptSummary = z.object({
  id: z.uuid(),
  grantId: z.uuid(),
  decision: z.enum(['grant', 'revoke', 'approve', 'decline']),
  createdAt: z.iso.datetime(),
});
export type TReceiptSummary = z.infer<typeof ZReceiptSummary>;
