// Tables of the ai module (migration 0009-ai). Only ai.repo.ts queries them.
import type { Timestamp } from '../../db/schema';

/** A provider configuration: adapter + endpoint + model + account terms. No PHI. */
export interface AiProviderConfigsTable {
  id: string;
  organization_id: string;
  name: string;
  adapter: 'openai' | 'azure_openai' | 'anthropic' | 'local';
  endpoint: string | null;
  model: string;
  /** The provider's API key under the organization key (ai_provider_configs/api_key_ct/<id>); never returned. */
  api_key_ct: Uint8Array | null;
  zero_data_retention: boolean;
  region: string | null;
  is_default: boolean;
  /** The built-in local configuration every organization has from the first start. */
  builtin: boolean;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** The Business Associate Agreement covering one provider configuration (latest version; history in the audit log). */
export interface AiBaasTable {
  id: string;
  organization_id: string;
  provider_config_id: string;
  status: 'active' | 'terminated';
  /** Calendar dates, YYYY-MM-DD. */
  signed_on: string;
  effective_on: string;
  expires_on: string;
  /** JSON arrays of strings. */
  covered_services: string;
  covered_models: string;
  document_ref: string;
  /** When the 30-day expiry alert was raised for this version (so it is raised once). */
  expiry_alerted_at: Timestamp | null;
  updated_at: Timestamp;
}

/** One gateway request; the answer is ciphertext under the patient's subject key. */
export interface AiRequestsTable {
  id: string;
  organization_id: string;
  patient_id: string;
  actor_user_id: string;
  provider_config_id: string;
  task: string;
  purpose: string;
  status: 'sending' | 'completed' | 'failed';
  identifiable: boolean;
  /** JSON: { recipientLabel, categories, recordCount } (PHI-free). */
  disclosure: string;
  /** The scanned, re-identified answer (ai_requests/answer_ct/<id>, subject key). */
  answer_ct: Uint8Array | null;
  created_at: Timestamp;
  completed_at: Timestamp | null;
}

export interface AiTables {
  ai_provider_configs: AiProviderConfigsTable;
  ai_baas: AiBaasTable;
  ai_requests: AiRequestsTable;
}
