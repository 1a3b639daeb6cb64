import { sql, type Kysely } from 'kysely';

// AI: provider configurations (with the API key under the organization key), their BAAs, and
// gateway requests with the answer under the patient's subject key (ai module).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ai_provider_configs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('adapter', 'text', (c) => c.notNull().check(sql`adapter in ('openai', 'azure_openai', 'anthropic', 'local')`))
    .addColumn('endpoint', 'text')
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('api_key_ct', 'bytea')
    .addColumn('zero_data_retention', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('region', 'text')
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('builtin', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .addUniqueConstraint('ai_provider_configs_name', ['organization_id', 'name'])
    .execute();
  // At most one default per organization.
  await sql`create unique index ai_provider_configs_default on ai_provider_configs (organization_id) where is_default`.execute(db);
  await db.schema
    .createTable('ai_baas')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('provider_config_id', 'uuid', (c) => c.notNull().unique().references('ai_provider_configs.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('active', 'terminated')`))
    .addColumn('signed_on', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('covered_services', 'text', (c) => c.notNull())
    .addColumn('covered_models', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text', (c) => c.notNull())
    .addColumn('expiry_alerted_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('ai_requests')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('organization_id', 'uuid', (c) => c.notNull().references('organizations.id'))
    .addColumn('patient_id', 'uuid', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid', (c) => c.notNull())
    .addColumn('provider_config_id', 'uuid', (c) => c.notNull().references('ai_provider_configs.id'))
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('sending', 'completed', 'failed')`))
    .addColumn('identifiable', 'boolean', (c) => c.notNull())
    .addColumn('disclosure', 'text', (c) => c.notNull())
    .addColumn('answer_ct', 'bytea')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('completed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('ai_requests_patient').on('ai_requests').columns(['organization_id', 'patient_id', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ai_requests').execute();
  await db.schema.dropTable('ai_baas').execute();
  await db.schema.dropTable('ai_provider_configs').execute();
}
