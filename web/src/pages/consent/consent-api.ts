// The consent calls of the web app (routes of src/modules/consent/consent.routes.ts), built on the
// shared client so they get its CSRF header, error handling and idle tracking.
import type { ApiClient } from '../../api';

export { CATEGORY_LABELS } from './category-labels';

export const PURPOSE_LABELS: Record<string, string> = {
  patient_request: 'Because I ask for it (for example, to explain my results)',
  treatment: 'For my treatment by my care team',
  payment: 'For payment',
  operations: 'For running the practice',
  audit_review: 'For a compliance review',
  research: 'For research',
};

export interface TTemplateContent {
  title: string;
  summary: string;
  information: string;
  categories: string[];
  discloser: string;
  recipient: string;
  purposeText: string;
  purposes: string[];
  expiry: string;
  maxDays: number;
  signature: string;
  revocation: string;
  conditioning: string;
  redisclosure: string;
  modes: string;
}

export interface TConsentTemplate {
  id: string;
  key: string;
  version: number;
  recipientKind: 'ai_provider' | 'third_party';
  content: TTemplateContent;
}

export type TRecipient = { kind: 'ai_provider'; providerConfigId: string } | { kind: 'third_party'; thirdPartyId: string };

export interface TConsentGrant {
  id: string;
  templateVersion: number;
  recipient: TRecipient;
  recipientLabel: string;
  mode: 'standing' | 'per_instance';
  purposes: string[];
  categories: string[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  status: 'active' | 'revoked' | 'expired';
}

export interface TConsentApproval {
  id: string;
  status: 'pending' | 'approved' | 'declined' | 'used' | 'expired';
  recipientLabel: string;
  purpose: string;
  categories: string[];
  recordCount: number;
  task: string;
  identifiable: boolean;
  createdAt: string;
  expiresAt: string;
}

export interface TReceiptSummary {
  id: string;
  grantId: string;
  decision: 'grant' | 'revoke' | 'approve' | 'decline';
  createdAt: string;
}

export interface TNewGrant {
  templateId: string;
  recipient: TRecipient;
  recipientLabel: string;
  purposes: string[];
  categories: string[];
  mode: 'standing' | 'per_instance';
  expiresAt?: string;
  signedName: string;
}

/** An AI provider as GET /api/v1/ai/providers lists it (the fields these pages use). */
export interface TAiProviderSummary {
  id: string;
  name: string;
  adapter: string;
  model: string;
  isDefault: boolean;
  phiAllowed: boolean;
  baa: null | { status: string; signedOn: string; effectiveOn: string; expiresOn: string; coveredModels: string[]; documentRef: string };
  terms: { zeroDataRetention: boolean; region: string };
  endpoint?: string | null;
  hasApiKey?: boolean;
}

/**
 * @example
 *   const consent = consentApi(useApi());
 *   const { grants } = await consent.listGrants(patientId);
 */
export function consentApi(api: ApiClient) {
  const p = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}/consent`;
  return {
    listTemplates: () => api.request<{ templates: TConsentTemplate[] }>('GET', '/api/v1/consent/templates'),
    listGrants: (patientId: string) => api.request<{ grants: TConsentGrant[] }>('GET', `${p(patientId)}/grants`),
    createGrant: (patientId: string, body: TNewGrant) => api.request<{ grant: TConsentGrant; receiptId: string }>('POST', `${p(patientId)}/grants`, body),
    revokeGrant: (patientId: string, grantId: string) => api.request<{ grant: TConsentGrant; receiptId: string }>('POST', `${p(patientId)}/grants/${encodeURIComponent(grantId)}/revoke`),
    listApprovals: (patientId: string) => api.request<{ approvals: TConsentApproval[] }>('GET', `${p(patientId)}/approvals`),
    decideApproval: (approvalId: string, decision: 'approve' | 'decline') =>
      api.request<{ approval: TConsentApproval; receiptId: string }>('POST', `/api/v1/consent/approvals/${encodeURIComponent(approvalId)}/decision`, { decision }),
    listReceipts: (patientId: string) => api.request<{ receipts: TReceiptSummary[] }>('GET', `${p(patientId)}/receipts`),
    getReceipt: (receiptId: string) => api.request<unknown>('GET', `/api/v1/consent/receipts/${encodeURIComponent(receiptId)}`),
    listAiProviders: () => api.request<{ providers: TAiProviderSummary[] }>('GET', '/api/v1/ai/providers'),
  };
}

export type ConsentApi = ReturnType<typeof consentApi>;

/** Saves a JSON value as a file the browser downloads (no server round trip, nothing in the URL). */
export function downloadJson(value: unknown, filename: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
