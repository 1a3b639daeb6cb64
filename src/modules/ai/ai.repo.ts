// The only SQL over the ai module's tables. Every query names the organization.
import type { Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { AiBaasTable, AiProviderConfigsTable, AiRequestsTable } from './ai.tables';
import type { TBaa, TProviderConfig } from './ai.types';

export type TProviderConfigRow = Selectable<AiProviderConfigsTable>;
export type TAiRequestRow = Selectable<AiRequestsTable>;

export function toProviderConfig(row: TProviderConfigRow): TProviderConfig {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    adapter: row.adapter,
    endpoint: row.endpoint,
    model: row.model,
    hasApiKey: row.api_key_ct !== null,
    terms: { zeroDataRetention: row.zero_data_retention, region: row.region },
    isDefault: row.is_default,
    builtin: row.builtin,
    updatedAt: new Date(row.updated_at),
  };
}

function toBaa(row: Selectable<AiBaasTable>): TBaa {
  return {
    id: row.id,
    providerConfigId: row.provider_config_id,
    status: row.status,
    signedOn: row.signed_on,
    effectiveOn: row.effective_on,
    expiresOn: row.expires_on,
    coveredServices: JSON.parse(row.covered_services) as string[],
    coveredModels: JSON.parse(row.covered_models) as string[],
    documentRef: row.document_ref,
  };
}

export async function listProviderConfigRows(db: Db, organizationId: string): Promise<TProviderConfigRow[]> {
  return db.selectFrom('ai_provider_configs').selectAll().where('organization_id', '=', organizationId).orderBy('created_at').orderBy('name').execute();
}

export async function findProviderConfigRow(db: Db, organizationId: string, by: { id: string } | { name: string } | { isDefault: true }): Promise<TProviderConfigRow | undefined> {
  let query = db.selectFrom('ai_provider_configs').selectAll().where('organization_id', '=', organizationId);
  if ('id' in by) query = query.where('id', '=', by.id);
  else if ('name' in by) query = query.where('name', '=', by.name);
  else query = query.where('is_default', '=', true);
  return query.executeTakeFirst();
}

export async function insertProviderConfig(db: Db, row: TProviderConfigRow): Promise<void> {
  await db.insertInto('ai_provider_configs').values(row).execute();
}

/** Takes the default flag off every configuration of the organization (before setting a new one). */
/** The same, doing nothing when the name (or the default flag) is taken: another instance got there first. */
export async function insertProviderConfigIfAbsent(db: Db, row: TProviderConfigRow): Promise<void> {
  await db.insertInto('ai_provider_configs').values(row).onConflict((oc) => oc.doNothing()).execute();
}

export async function clearDefaultProvider(db: Db, organizationId: string, now: Date): Promise<void> {
  await db.updateTable('ai_provider_configs').set({ is_default: false, updated_at: now }).where('organization_id', '=', organizationId).where('is_default', '=', true).execute();
}

export async function findBaa(db: Db, organizationId: string, providerConfigId: string): Promise<TBaa | null> {
  const row = await db.selectFrom('ai_baas').selectAll().where('organization_id', '=', organizationId).where('provider_config_id', '=', providerConfigId).executeTakeFirst();
  return row ? toBaa(row) : null;
}

export async function listBaas(db: Db, organizationId: string): Promise<Array<TBaa & { expiryAlertedAt: Date | null; organizationId: string }>> {
  const rows = await db.selectFrom('ai_baas').selectAll().where('organization_id', '=', organizationId).execute();
  return rows.map((r) => ({ ...toBaa(r), organizationId: r.organization_id, expiryAlertedAt: r.expiry_alerted_at ? new Date(r.expiry_alerted_at) : null }));
}

/** Every organization with at least one BAA (the expiry check walks them). */
export async function listOrganizationsWithBaas(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('ai_baas').select('organization_id').distinct().execute();
  return rows.map((r) => r.organization_id);
}

/** Replaces the configuration's BAA; a new version may need a new expiry alert. */
export async function upsertBaa(db: Db, organizationId: string, baa: TBaa, now: Date): Promise<void> {
  const values = {
    status: baa.status,
    signed_on: baa.signedOn,
    effective_on: baa.effectiveOn,
    expires_on: baa.expiresOn,
    covered_services: JSON.stringify(baa.coveredServices),
    covered_models: JSON.stringify(baa.coveredModels),
    document_ref: baa.documentRef,
    expiry_alerted_at: null,
    updated_at: now,
  };
  await db
    .insertInto('ai_baas')
    .values({ id: baa.id, organization_id: organizationId, provider_config_id: baa.providerConfigId, ...values })
    .onConflict((oc) => oc.column('provider_config_id').doUpdateSet(values))
    .execute();
}

/** Marks the expiry alert raised; false when another instance did it first. */
export async function markBaaExpiryAlerted(db: Db, organizationId: string, baaId: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('ai_baas')
    .set({ expiry_alerted_at: now })
    .where('organization_id', '=', organizationId)
    .where('id', '=', baaId)
    .where('expiry_alerted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAiRequest(db: Db, row: TAiRequestRow): Promise<void> {
  await db.insertInto('ai_requests').values(row).execute();
}

export async function finishAiRequest(db: Db, q: { organizationId: string; id: string; status: 'completed' | 'failed'; answerCt: Uint8Array | null; at: Date }): Promise<void> {
  await db
    .updateTable('ai_requests')
    .set({ status: q.status, answer_ct: q.answerCt ? Buffer.from(q.answerCt) : null, completed_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.id)
    .execute();
}

export async function findAiRequest(db: Db, organizationId: string, id: string): Promise<TAiRequestRow | undefined> {
  return db.selectFrom('ai_requests').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}
