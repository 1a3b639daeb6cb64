// The ai module's vocabulary and its HTTP shapes (the "agreed gateway HTTP API" of issue 5).
import { z } from 'zod';
import { PURPOSES } from '../access/access.types';

export const ADAPTERS = ['openai', 'azure_openai', 'anthropic', 'local'] as const;
export type TAdapter = (typeof ADAPTERS)[number];

export const AI_TASKS = ['explain_lab_results', 'summarize', 'question'] as const;
export type TAiTask = (typeof AI_TASKS)[number];

/** The name that selects the organization's default configuration on /v1/chat/completions. */
export const DEFAULT_MODEL_NAME = 'custos-default';
export const LOCAL_CONFIG_NAME = 'custos-local';

export interface TProviderConfig {
  id: string;
  organizationId: string;
  name: string;
  adapter: TAdapter;
  endpoint: string | null;
  model: string;
  hasApiKey: boolean;
  terms: { zeroDataRetention: boolean; region: string | null };
  isDefault: boolean;
  builtin: boolean;
  updatedAt: Date;
}

export interface TBaa {
  id: string;
  providerConfigId: string;
  status: 'active' | 'terminated';
  signedOn: string;
  effectiveOn: string;
  expiresOn: string;
  coveredServices: string[];
  coveredModels: string[];
  documentRef: string;
}

const ZIsoDate = z.iso.date().describe('YYYY-MM-DD');
// Labels, model names and references are shown to patients and written to the audit log: plain tokens only.
const ZLabel = z.string().trim().min(1).max(80).regex(/^[\p{L}\p{N} ._:()/@+-]+$/u, 'letters, digits, spaces and . _ : ( ) / @ + - only');

export const ZProviderTerms = z.strictObject({
  zeroDataRetention: z.boolean().describe('The account has zero data retention with the provider'),
  region: z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9 ._-]+$/).nullable().default(null).describe('Where the provider processes data, e.g. us-east'),
});

export const ZCreateProvider = z.strictObject({
  name: ZLabel.describe('Unique in the organization; the `model` of /v1/chat/completions selects a configuration by it'),
  adapter: z.enum(['openai', 'azure_openai', 'anthropic']),
  endpoint: z.url().max(500).optional().describe('Base URL, e.g. https://api.openai.com/v1; Azure: the deployment URL with ?api-version=…'),
  model: ZLabel,
  apiKey: z.string().min(1).max(500).optional().describe('Stored encrypted; never returned'),
  terms: ZProviderTerms,
  isDefault: z.boolean().optional(),
});
export type TCreateProvider = z.infer<typeof ZCreateProvider>;

export const ZPutBaa = z.strictObject({
  status: z.enum(['active', 'terminated']),
  signedOn: ZIsoDate,
  effectiveOn: ZIsoDate,
  expiresOn: ZIsoDate,
  coveredServices: z.array(ZLabel).max(50).optional(),
  coveredModels: z.array(ZLabel).max(50).describe('Exact model names this BAA covers'),
  documentRef: z.string().trim().min(1).max(200).describe('Where the signed agreement is kept (a document id, not the document)'),
});
export type TPutBaa = z.infer<typeof ZPutBaa>;

export const ZBaaView = z.object({
  status: z.enum(['active', 'terminated']),
  signedOn: z.string(),
  effectiveOn: z.string(),
  expiresOn: z.string(),
  coveredServices: z.array(z.string()),
  coveredModels: z.array(z.string()),
  documentRef: z.string(),
});

export const ZProviderView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    adapter: z.enum(ADAPTERS),
    endpoint: z.string().nullable(),
    model: z.string(),
    isDefault: z.boolean(),
    hasApiKey: z.boolean(),
    terms: z.object({ zeroDataRetention: z.boolean(), region: z.string().nullable() }),
    baa: ZBaaView.nullable(),
    phiAllowed: z.boolean().describe('Whether PHI may go to this configuration right now (active BAA covering the model, or the local provider)'),
  })
  .meta({ id: 'AiProvider' });
export type TProviderView = z.infer<typeof ZProviderView>;

export const ZAiRequestBody = z.strictObject({
  patientId: z.uuid(),
  purpose: z.enum(PURPOSES).optional(),
  task: z.enum(AI_TASKS),
  question: z.string().trim().min(1).max(4000).optional(),
  recordIds: z.array(z.uuid()).min(1).max(100).optional(),
  providerConfigId: z.uuid().optional(),
  approvalId: z.uuid().optional(),
});
export type TAiRequestBody = z.infer<typeof ZAiRequestBody>;

export const ZDisclosureView = z.object({
  recipientLabel: z.string(),
  identifiable: z.boolean().describe('true: PHI leaves (BAA); false: only de-identified data'),
  categories: z.array(z.string()),
  recordCount: z.number().int(),
});
export type TDisclosureView = z.infer<typeof ZDisclosureView>;

export const ZAiCompleted = z.object({ id: z.uuid(), status: z.literal('completed'), answer: z.string(), disclosure: ZDisclosureView });
export const ZAiApprovalRequired = z.object({ status: z.literal('approval_required'), approvalId: z.string(), disclosure: ZDisclosureView });
