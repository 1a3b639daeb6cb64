// The AI gateway calls of the web app (routes of src/modules/ai/ai.routes.ts), on the shared client.
import type { ApiClient } from '../../api';
import type { TAiProviderSummary } from './consent-api';
import type { TDisclosureSummary } from './approval-dialog';

export type TAiTask = 'explain_lab_results' | 'summarize' | 'question';

export interface TAiRequest {
  patientId: string;
  task: TAiTask;
  purpose?: string;
  question?: string;
  recordIds?: string[];
  providerConfigId?: string;
  approvalId?: string;
}

export type TAiOutcome =
  | { status: 'completed'; id: string; answer: string; disclosure: TDisclosureSummary }
  | { status: 'approval_required'; approvalId: string; disclosure: TDisclosureSummary };

export interface TNewProvider {
  name: string;
  adapter: 'openai' | 'azure_openai' | 'anthropic';
  endpoint?: string;
  model: string;
  apiKey?: string;
  terms: { zeroDataRetention: boolean; region: string | null };
  isDefault?: boolean;
}

export interface TBaaInput {
  status: 'active' | 'terminated';
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  coveredModels: string[];
  documentRef: string;
}

/** A FHIR Observation, as much of it as the lab picker shows. */
export interface TObservation {
  id: string;
  code?: { text?: string; coding?: Array<{ display?: string; code?: string }> };
  valueQuantity?: { value?: number; unit?: string };
  valueString?: string;
  effectiveDateTime?: string;
  category?: Array<{ coding?: Array<{ code?: string }> }>;
}

/**
 * @example
 *   const ai = aiApi(useApi());
 *   const outcome = await ai.ask({ patientId, task: 'explain_lab_results', recordIds });
 */
export function aiApi(api: ApiClient) {
  return {
    ask: (body: TAiRequest) => api.request<TAiOutcome>('POST', '/api/v1/ai/requests', body),
    listProviders: () => api.request<{ providers: TAiProviderSummary[] }>('GET', '/api/v1/ai/providers'),
    createProvider: (body: TNewProvider) => api.request<TAiProviderSummary>('POST', '/api/v1/ai/providers', body),
    putBaa: (providerId: string, body: TBaaInput) => api.request<TAiProviderSummary>('PUT', `/api/v1/ai/providers/${encodeURIComponent(providerId)}/baa`, body),
    observations: (patientId: string) =>
      api.request<{ entry?: Array<{ resource: TObservation }> }>('GET', `/api/v1/patients/${encodeURIComponent(patientId)}/Observation`),
  };
}

export type AiApi = ReturnType<typeof aiApi>;

/** A lab result's name for people. */
export function observationName(o: TObservation): string {
  return o.code?.text ?? o.code?.coding?.find((c) => c.display)?.display ?? o.code?.coding?.[0]?.code ?? 'Result';
}

export function observationValue(o: TObservation): string {
  if (o.valueQuantity?.value !== undefined) return `${o.valueQuantity.value}${o.valueQuantity.unit ? ` ${o.valueQuantity.unit}` : ''}`;
  return o.valueString ?? '';
}
