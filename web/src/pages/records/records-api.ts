// The API calls of the records pages (patient rights, chart), over the app's client (api.ts), so
// they share its CSRF header, error handling and idle tracking. Shapes follow
// src/modules/records/records.routes.ts and src/modules/records/rights/rights.routes.ts.
import type { ApiClient } from '../../api';
import type { TFhir } from './record-summary';

export interface TAccessLogEntry {
  id: string;
  at: string;
  action: string;
  resourceType: string;
  outcome: 'allow' | 'deny' | 'error' | string;
  purpose: string;
  actorRole: string;
  actorName: string | null;
  self: boolean;
  breakGlass: boolean;
}

export interface TDisclosure {
  id: string;
  at: string;
  recipientKind: 'ai_provider' | 'third_party';
  recipient: string | null;
  purpose: string;
  categories: string[];
  identifiable: boolean | null;
  task: string | null;
  recordCount: number | null;
  outcome: string;
}

export interface TAmendment {
  id: string;
  recordId: string;
  resourceType: string;
  text: string;
  status: 'pending' | 'accepted' | 'denied';
  requestedAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
}

export interface TDeletionBlock {
  kind: 'legal_hold' | 'retention';
  earliestAt: string | null;
  explanation: string;
}

export interface TDeletionReceipt {
  requestId: string;
  patientId: string;
  requestedAt: string;
  completedAt: string;
  auditEntryId: string;
  done: {
    subjectKeysDestroyed: number;
    identifierIndexRowsRemoved: number;
    careTeamLinksRemoved: number;
    accountDisabled: boolean;
    sessionsEnded: number;
    accessTokensRevoked: number;
  };
}

export interface TDeletionStatus {
  retentionYears: number;
  block: TDeletionBlock | null;
  latest: { id: string; status: 'pending' | 'completed'; requestedAt: string; receipt: TDeletionReceipt | null } | null;
}

export type TDeletionOutcome = { status: 'completed' | 'pending'; requestId: string; block: TDeletionBlock | null; receipt: TDeletionReceipt | null };

export interface TLegalHold {
  id: string;
  reason: string | null;
  placedBy: string;
  placedAt: string;
  releasedAt: string | null;
}

/** The record types the chart pages show (the rest stay reachable through the API and the export). */
export const CHART_TYPES = ['Observation', 'Condition', 'MedicationStatement', 'MedicationRequest', 'AllergyIntolerance', 'Immunization', 'Procedure', 'DocumentReference'] as const;

const p = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
const page = (before: number | undefined) => (before ? `?before=${before}` : '');

/**
 * @example
 *   const records = recordsApi(useApi());
 *   const log = await records.accessLog(patientId);
 */
export function recordsApi(api: ApiClient) {
  return {
    search: (patientId: string, type: string) => api.request<{ entry: Array<{ resource: TFhir }> }>('GET', `${p(patientId)}/${type}`).then((b) => b.entry.map((e) => e.resource)),
    exportBundle: (patientId: string) => api.request<{ total: number; entry: unknown[] }>('GET', `${p(patientId)}/export`),
    accessLog: (patientId: string, before?: number) => api.request<{ entries: TAccessLogEntry[]; nextBefore: number | null }>('GET', `${p(patientId)}/access-log${page(before)}`),
    disclosures: (patientId: string, before?: number) => api.request<{ entries: TDisclosure[]; nextBefore: number | null }>('GET', `${p(patientId)}/disclosures${page(before)}`),
    amendments: (patientId: string) => api.request<{ amendments: TAmendment[] }>('GET', `${p(patientId)}/amendments`).then((b) => b.amendments),
    requestAmendment: (patientId: string, body: { resourceType: string; recordId: string; text: string }) => api.request<TAmendment>('POST', `${p(patientId)}/amendments`, body),
    decideAmendment: (patientId: string, amendmentId: string, body: { decision: 'accepted' | 'denied'; reason: string }) =>
      api.request<TAmendment>('POST', `${p(patientId)}/amendments/${encodeURIComponent(amendmentId)}/decision`, body),
    deletionStatus: (patientId: string) => api.request<TDeletionStatus>('GET', `${p(patientId)}/deletion-request`),
    requestDeletion: (patientId: string) => api.request<TDeletionOutcome>('POST', `${p(patientId)}/deletion-request`, { confirm: 'DELETE' }),
    amendmentQueue: (status?: 'pending' | 'accepted' | 'denied') =>
      api
        .request<{ amendments: Array<{ id: string; patientId: string; recordId: string; resourceType: string; status: TAmendment['status']; requestedAt: string; decidedAt: string | null }> }>(
          'GET',
          `/api/v1/amendment-requests${status ? `?status=${status}` : ''}`,
        )
        .then((b) => b.amendments),
    legalHolds: (patientId: string) => api.request<{ holds: TLegalHold[] }>('GET', `${p(patientId)}/legal-holds`).then((b) => b.holds),
    placeLegalHold: (patientId: string, reason: string) => api.request<TLegalHold>('POST', `${p(patientId)}/legal-holds`, { reason }),
    liftLegalHold: (patientId: string, holdId: string) => api.request<void>('DELETE', `${p(patientId)}/legal-holds/${encodeURIComponent(holdId)}`),
    retention: () => api.request<{ keepYearsAfterLastUpdate: number }>('GET', '/api/v1/retention-rule'),
    setRetention: (keepYearsAfterLastUpdate: number) => api.request<{ keepYearsAfterLastUpdate: number }>('PUT', '/api/v1/retention-rule', { keepYearsAfterLastUpdate }),
    careTeamPatients: () => api.request<{ patients: Array<{ patientId: string; careTeamIds: string[] }> }>('GET', '/api/v1/care-team-patients').then((b) => b.patients),
  };
}
export type RecordsApi = ReturnType<typeof recordsApi>;
