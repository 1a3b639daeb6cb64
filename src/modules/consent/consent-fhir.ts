// Grants as FHIR R4 Consent resources (scope patient-privacy), for the patient's export and for
// other systems. Pure: built from decrypted grants.
import type { Purpose } from '../access/access.types';
import type { TGrant } from './consent.types';

/** v3 ActReason codes for our purposes of use (HL7 PurposeOfUse value set). */
const PURPOSE_CODES: Record<Purpose, { code: string; display: string }> = {
  treatment: { code: 'TREAT', display: 'treatment' },
  payment: { code: 'HPAYMT', display: 'healthcare payment' },
  operations: { code: 'HOPERAT', display: 'healthcare operations' },
  patient_request: { code: 'PATRQT', display: 'patient requested' },
  audit_review: { code: 'HOPERAT', display: 'healthcare operations' },
  research: { code: 'HRESCH', display: 'healthcare research' },
};

export const DATA_CATEGORY_SYSTEM = 'urn:custos:data-category';
export const AI_PROVIDER_SYSTEM = 'urn:custos:ai-provider-config';
export const THIRD_PARTY_SYSTEM = 'urn:custos:third-party';

export interface TFhirConsentBundle {
  resourceType: 'Bundle';
  type: 'collection';
  total: number;
  entry: Array<{ resource: Record<string, unknown> }>;
}

/**
 * @example
 *   consentBundle(grants, { organizationId }) // { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Consent', ... } }] }
 */
export function consentBundle(grants: readonly TGrant[], context: { organizationId: string }): TFhirConsentBundle {
  return { resourceType: 'Bundle', type: 'collection', total: grants.length, entry: grants.map((g) => ({ resource: consentResource(g, context) })) };
}

export function consentResource(grant: TGrant, context: { organizationId: string }): Record<string, unknown> {
  const recipientIdentifier =
    grant.recipient.kind === 'ai_provider'
      ? { system: AI_PROVIDER_SYSTEM, value: grant.recipient.providerConfigId }
      : { system: THIRD_PARTY_SYSTEM, value: grant.recipient.thirdPartyId };
  const end = grant.revokedAt && grant.revokedAt < grant.expiresAt ? grant.revokedAt : grant.expiresAt;
  return {
    resourceType: 'Consent',
    id: grant.id,
    meta: { lastUpdated: grant.revokedAt ?? grant.createdAt },
    // Active while it may be relied on; revoked or expired consent is inactive.
    status: grant.status === 'active' ? 'active' : 'inactive',
    scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${grant.patientId}` },
    dateTime: grant.createdAt,
    organization: [{ reference: `Organization/${context.organizationId}` }],
    sourceReference: { reference: `urn:custos:consent-template:${grant.templateId}`, display: `Authorization form version ${grant.templateVersion}` },
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    extension: [{ url: 'urn:custos:consent-mode', valueCode: grant.mode }],
    provision: {
      type: 'permit',
      period: { start: grant.createdAt, end },
      actor: [
        {
          role: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP', display: 'information recipient' }] },
          reference: { identifier: recipientIdentifier, display: grant.recipientLabel },
        },
      ],
      purpose: grant.purposes.map((p) => ({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', ...PURPOSE_CODES[p] })),
      class: grant.categories.map((c) => ({ system: DATA_CATEGORY_SYSTEM, code: c })),
    },
  };
}
