// The provider and BAA registry: which AI provider configurations the organization has, which BAA
// covers each, and the keys to call them. Management is authorized by decide() (settings.manage
// for configurations, baa.manage for agreements) and audited in the same transaction as the change.
// API keys are organization-key ciphertext, decrypted only to build an adapter; they never appear
// in an answer, a log line or an audit entry.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { Authorize } from '../access/authorize';
import type { CryptoService } from '../crypto/crypto.service';
import { insertAlert } from '../alerts/alerts.repo';
import { LOCAL_MODEL } from './providers/local-provider';
import { checkedBaseUrl } from './providers/provider-http';
import * as repo from './ai.repo';
import { baaDecision, baaExpiresSoon } from './baa-decision';
import { DEFAULT_MODEL_NAME, LOCAL_CONFIG_NAME, type TBaa, type TCreateProvider, type TProviderConfig, type TProviderView, type TPutBaa } from './ai.types';

export interface ProviderRegistryDeps {
  db: Db;
  crypto: Pick<CryptoService, 'encryptForOrganization' | 'decryptForOrganization'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
  clock: AppClock;
}

interface TCall {
  auth: TAuth;
  requestContext: TRequestContext;
}

/** A configuration ready to call: its BAA and, for HTTP adapters, its decrypted API key. */
export interface TResolvedProvider {
  config: TProviderConfig;
  baa: TBaa | null;
  apiKey: string | undefined;
}

export interface ProviderRegistry {
  /** Creates the built-in local configuration of the organization if it has none (idempotent). */
  ensureLocalProvider(db: Db, organizationId: string): Promise<void>;
  listProviders(input: { auth: TAuth }): Promise<TProviderView[]>;
  createProvider(input: TCall & { body: TCreateProvider }): Promise<TProviderView>;
  putBaa(input: TCall & { providerConfigId: string; body: TPutBaa }): Promise<TProviderView>;
  /** By id, by name, or the default; 404 when the organization has no such configuration. */
  resolveProvider(organizationId: string, by: { id: string } | { name: string } | { isDefault: true }): Promise<TResolvedProvider>;
  /** Raises one alert per BAA that ends within 30 days (once per BAA version). Returns how many it raised. */
  checkBaaExpiry(organizationId?: string): Promise<number>;
}

const CONFIG_TABLE = 'ai_provider_configs';
// Names with a meaning of their own on /v1/chat/completions.
const RESERVED_NAMES = [LOCAL_CONFIG_NAME, DEFAULT_MODEL_NAME];
const KEY_COLUMN = 'api_key_ct';
const DEFAULT_ENDPOINTS: Partial<Record<TCreateProvider['adapter'], string>> = { openai: 'https://api.openai.com/v1', anthropic: 'https://api.anthropic.com' };

export function createProviderRegistry(deps: ProviderRegistryDeps): ProviderRegistry {
  const { db, crypto, audit, clock } = deps;

  async function view(dbOrTrx: Db, config: TProviderConfig): Promise<TProviderView> {
    const baa = await repo.findBaa(dbOrTrx, config.organizationId, config.id);
    const { id, name, adapter, endpoint, model, isDefault, hasApiKey, terms } = config;
    return {
      id, name, adapter, endpoint, model, isDefault, hasApiKey, terms,
      baa: baa ? { status: baa.status, signedOn: baa.signedOn, effectiveOn: baa.effectiveOn, expiresOn: baa.expiresOn, coveredServices: baa.coveredServices, coveredModels: baa.coveredModels, documentRef: baa.documentRef } : null,
      phiAllowed: baaDecision(config, baa, clock.now()).phiAllowed,
    };
  }

  async function ensureLocalProvider(target: Db, organizationId: string): Promise<void> {
    const rows = await repo.listProviderConfigRows(target, organizationId);
    if (rows.some((r) => r.builtin)) return;
    const now = clock.now();
    await repo.insertProviderConfigIfAbsent(target, {
      id: randomUUID(),
      organization_id: organizationId,
      name: LOCAL_CONFIG_NAME,
      adapter: 'local',
      endpoint: null,
      model: LOCAL_MODEL,
      api_key_ct: null,
      zero_data_retention: true,
      region: 'this server',
      // The default only while nothing else is: an organization that set its own default keeps it.
      is_default: !rows.some((r) => r.is_default),
      builtin: true,
      created_at: now,
      updated_at: now,
    });
  }

  return {
    ensureLocalProvider,

    async listProviders({ auth }) {
      await ensureLocalProvider(db, auth.organizationId);
      const rows = await repo.listProviderConfigRows(db, auth.organizationId);
      const views: TProviderView[] = [];
      for (const row of rows) views.push(await view(db, repo.toProviderConfig(row)));
      return views;
    },

    async createProvider({ auth, requestContext, body }) {
      const granted = await deps.authorize(db, { auth, action: 'settings.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext });
      await ensureLocalProvider(db, auth.organizationId);
      const id = randomUUID();
      const now = granted.now;
      const endpoint = body.endpoint ?? DEFAULT_ENDPOINTS[body.adapter];
      if (!endpoint) throw new AppError('validation_failed', 'An Azure OpenAI configuration needs its deployment URL as endpoint', { fields: [{ location: 'body', path: 'endpoint', problem: 'required' }] });
      try {
        // The adapters' own rule (https, or http to this machine; no credentials in the URL), checked now rather than at the first request.
        checkedBaseUrl(endpoint.split('?')[0]!, 'AI provider');
      } catch {
        throw new AppError('validation_failed', 'The endpoint must be an https URL (or http to this machine) without credentials', { fields: [{ location: 'body', path: 'endpoint', problem: 'not allowed' }] });
      }
      if (body.adapter === 'azure_openai' && !new URL(endpoint).searchParams.get('api-version')) {
        throw new AppError('validation_failed', 'An Azure OpenAI endpoint needs ?api-version=… (e.g. 2024-10-21)', { fields: [{ location: 'body', path: 'endpoint', problem: 'api-version missing' }] });
      }
      return db.transaction().execute(async (trx) => {
        if (RESERVED_NAMES.includes(body.name) || (await repo.findProviderConfigRow(trx, auth.organizationId, { name: body.name }))) {
          throw new AppError('conflict', 'A provider configuration with this name exists');
        }
        if (body.isDefault) await repo.clearDefaultProvider(trx, auth.organizationId, now);
        const binding = { organizationId: auth.organizationId, table: CONFIG_TABLE, column: KEY_COLUMN, rowId: id };
        const apiKeyCt = body.apiKey ? await crypto.encryptForOrganization(trx, binding, Buffer.from(body.apiKey, 'utf8')) : null;
        await repo.insertProviderConfig(trx, {
          id,
          organization_id: auth.organizationId,
          name: body.name,
          adapter: body.adapter,
          endpoint,
          model: body.model,
          api_key_ct: apiKeyCt,
          zero_data_retention: body.terms.zeroDataRetention,
          region: body.terms.region,
          is_default: body.isDefault === true,
          builtin: false,
          created_at: now,
          updated_at: now,
        });
        // The key itself is never in the entry: only whether one was given.
        await audit.appendAudit(trx, granted.auditEntry({ action: 'ai_provider.create', resourceType: 'AiProviderConfig', resourceId: id, details: { name: body.name, adapter: body.adapter, model: body.model, hasApiKey: apiKeyCt !== null, isDefault: body.isDefault === true, terms: body.terms } }));
        const row = await repo.findProviderConfigRow(trx, auth.organizationId, { id });
        return view(trx, repo.toProviderConfig(row!));
      });
    },

    async putBaa({ auth, requestContext, providerConfigId, body }) {
      const granted = await deps.authorize(db, { auth, action: 'baa.manage', resource: { kind: 'organization', organizationId: auth.organizationId }, requestContext });
      if (body.effectiveOn > body.expiresOn) throw new AppError('validation_failed', 'The BAA expires before it takes effect', { fields: [{ location: 'body', path: 'expiresOn', problem: 'before effectiveOn' }] });
      return db.transaction().execute(async (trx) => {
        const row = await repo.findProviderConfigRow(trx, auth.organizationId, { id: providerConfigId });
        if (!row) throw new AppError('not_found', 'No such provider configuration');
        if (row.adapter === 'local') throw new AppError('conflict', 'The built-in local provider keeps data on this server and needs no BAA');
        const existing = await repo.findBaa(trx, auth.organizationId, providerConfigId);
        const baa: TBaa = { id: existing?.id ?? randomUUID(), providerConfigId, status: body.status, signedOn: body.signedOn, effectiveOn: body.effectiveOn, expiresOn: body.expiresOn, coveredServices: body.coveredServices ?? [], coveredModels: body.coveredModels, documentRef: body.documentRef };
        await repo.upsertBaa(trx, auth.organizationId, baa, granted.now);
        await audit.appendAudit(trx, granted.auditEntry({ action: 'ai_baa.put', resourceType: 'AiBaa', resourceId: baa.id, details: { providerConfigId, ...body } }));
        return view(trx, repo.toProviderConfig(row));
      });
    },

    async resolveProvider(organizationId, by) {
      await ensureLocalProvider(db, organizationId);
      const row = await repo.findProviderConfigRow(db, organizationId, by);
      if (!row) throw new AppError('not_found', 'No such AI provider configuration');
      const config = repo.toProviderConfig(row);
      const baa = await repo.findBaa(db, organizationId, config.id);
      const binding = { organizationId, table: CONFIG_TABLE, column: KEY_COLUMN, rowId: row.id };
      const apiKey = row.api_key_ct ? (await crypto.decryptForOrganization(db, binding, row.api_key_ct)).toString('utf8') : undefined;
      return { config, baa, apiKey };
    },

    async checkBaaExpiry(organizationId) {
      const now = clock.now();
      const organizations = organizationId ? [organizationId] : await repo.listOrganizationsWithBaas(db);
      let raised = 0;
      for (const org of organizations) {
        for (const baa of await repo.listBaas(db, org)) {
          if (baa.expiryAlertedAt || !baaExpiresSoon(baa, now)) continue;
          await db.transaction().execute(async (trx) => {
            if (!(await repo.markBaaExpiryAlerted(trx, org, baa.id, now))) return;
            // PHI-free: the configuration id and the date only.
            await insertAlert(trx, { organizationId: org, kind: 'baa.expiring', severity: 'warning', summary: `The BAA of AI provider configuration ${baa.providerConfigId} expires on ${baa.expiresOn}; PHI stops going to it after that day.`, at: now });
            raised++;
          });
        }
      }
      return raised;
    },
  };
}
