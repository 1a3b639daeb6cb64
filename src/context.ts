// The composition root: opens what every entry point (server, CLI) shares and wires the modules
// with their narrow dependencies. Modules never reach for globals; they get what is built here.
import path from 'node:path';
import type { TConfig } from './config';
import { openDatabase, type Db, type DbHandle } from './db/client';
import { migrateToLatest } from './db/migrate';
import { isAppError } from './core/errors';
import { createAuditService, type AuditService } from './modules/audit/audit.service';
import type { AuditLogger, DetailsCipher } from './modules/audit/audit.types';
import { createCryptoService, type CryptoService } from './modules/crypto/crypto.service';
import type { EncryptedColumn, KeyProvider, SecretStore } from './modules/crypto/crypto.types';
import { createEncryptedColumnRegistry, type EncryptedColumnRegistry } from './modules/crypto/encrypted-columns';
import { readKeyId } from './modules/crypto/envelope';
import { openKeyProvider } from './modules/crypto/open-key-provider';
import { createSecretStore } from './modules/crypto/secret-store';
import type { TOrganization } from './modules/organizations/organizations.repo';
import { ensureDefaultOrganization } from './modules/organizations/organizations.service';

/** Wall time for every module: crypto counts milliseconds, audit wants a Date. */
export interface AppClock {
  now(): Date;
}

export interface CustosContext {
  config: TConfig;
  database: DbHandle;
  db: Db;
  clock: AppClock;
  provider: KeyProvider;
  crypto: CryptoService;
  secrets: SecretStore;
  audit: AuditService;
  /** Organization-level ciphertext columns; the key-rotation sweep re-encrypts exactly these. */
  encryptedColumns: EncryptedColumnRegistry;
  /** The organization created on first start; single-tenant installations use only this one. */
  defaultOrganization: TOrganization;
  /** True when this start created the default organization (a fresh installation). */
  createdDefaultOrganization: boolean;
  /** Moves appended audit entries into the chain now (CLI commands call it before they exit). */
  flushAudit(): Promise<void>;
  /** Closes the database and the key provider. Idempotent. */
  close(): Promise<void>;
}

/**
 * Every column holding organization-key envelopes. Subject-key columns need no entry: rotation
 * rewraps subject keys instead of re-encrypting their data. Modules add theirs here.
 */
export const ORGANIZATION_ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: 'users', idColumn: 'id', column: 'email_ct', organizationColumn: 'organization_id' },
  { table: 'users', idColumn: 'id', column: 'totp_secret_ct', organizationColumn: 'organization_id' },
  { table: 'mail_outbox', idColumn: 'id', column: 'recipient_ct', organizationColumn: 'organization_id' },
  { table: 'mail_outbox', idColumn: 'id', column: 'subject_ct', organizationColumn: 'organization_id' },
  { table: 'mail_outbox', idColumn: 'id', column: 'body_ct', organizationColumn: 'organization_id' },
  // Hash-chained and append-only: never rewritten; the versions they use are kept.
  { table: 'audit_log', idColumn: 'id', column: 'details', organizationColumn: 'organization_id', immutable: true },
  { table: 'audit_pending', idColumn: 'id', column: 'details', organizationColumn: 'organization_id', immutable: true },
];

/**
 * Audit details are sealed under the patient's data key when the entry names one (so shredding
 * the patient reaches their audit details too), otherwise under the organization key. Once a
 * patient is shredded, entries about them (a refused attempt, say) are still written: their
 * details go under the organization key, and the envelope's key kind says which key opens it.
 */
export function auditDetailsCipher(crypto: CryptoService): DetailsCipher {
  return {
    async seal(db, { subjectId, ...binding }, plaintext) {
      if (!subjectId) return crypto.encryptForOrganization(db, binding, plaintext);
      try {
        return await crypto.encryptForSubject(db, { ...binding, subjectId }, plaintext);
      } catch (error) {
        if (isAppError(error) && error.code === 'key_unavailable' && error.details?.shredded === true) return crypto.encryptForOrganization(db, binding, plaintext);
        throw error;
      }
    },
    open: (db, { subjectId, ...binding }, envelope) =>
      subjectId && readKeyId(envelope, binding).kind === 'subject'
        ? crypto.decryptForSubject(db, { ...binding, subjectId }, envelope)
        : crypto.decryptForOrganization(db, binding, envelope),
  };
}

export interface OpenCustosOptions {
  logger?: AuditLogger;
  clock?: AppClock;
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

/**
 * Opens the database (PGlite in <dataDir>/db, or PostgreSQL), applies migrations, then wires the
 * context (wireCustos). On failure it closes what it opened.
 *
 * @example
 *   const ctx = await openCustos(loadConfig());
 *   try { ... } finally { await ctx.close(); }
 */
export async function openCustos(config: TConfig, options: OpenCustosOptions = {}): Promise<CustosContext> {
  const database = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl, ...(options.poolSize ? { poolSize: options.poolSize } : {}) }
      : { engine: 'pglite', dataDir: path.join(config.dataDir, 'db') },
  );
  try {
    await migrateToLatest(database.db);
    return await wireCustos(config, database, options);
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * Wires the modules over an open, migrated database: opens the key provider, builds crypto and
 * audit, ensures the default organization and its keys, and re-applies the shred list (a restored
 * backup must not bring a destroyed subject key back). close() closes the key provider and, unless
 * `closeDatabase` says otherwise, the database.
 */
export async function wireCustos(
  config: TConfig,
  database: DbHandle,
  options: Omit<OpenCustosOptions, 'poolSize'> & { closeDatabase?: () => Promise<void> } = {},
): Promise<CustosContext> {
  const clock = options.clock ?? { now: () => new Date() };
  const provider = await openKeyProvider(config);
  try {
    const crypto = createCryptoService({ provider, shredListFile: config.shredListFile, clock: { now: () => clock.now().getTime() } });
    const secrets = createSecretStore({ provider });
    const audit = createAuditService({
      clock,
      detailsCipher: auditDetailsCipher(crypto),
      secrets,
      checkpointFile: config.auditCheckpointFile,
      checkpointEveryEntries: config.auditCheckpointEveryEntries,
      checkpointEveryMs: config.auditCheckpointEveryMs,
      ...(options.logger ? { logger: options.logger } : {}),
    });
    const db = database.db;
    const { organization, created } = await ensureDefaultOrganization(db);
    await crypto.ensureOrganizationKeys(db, organization.id);
    await crypto.reapplyShreds(db);

    const closeDatabase = options.closeDatabase ?? (() => database.close());
    let closing: Promise<void> | undefined;
    return {
      config,
      database,
      db,
      clock,
      provider,
      crypto,
      secrets,
      audit,
      encryptedColumns: createEncryptedColumnRegistry([...ORGANIZATION_ENCRYPTED_COLUMNS]),
      defaultOrganization: organization,
      createdDefaultOrganization: created,
      async flushAudit() {
        // A run moves at most the sequencer's batch size; loop until nothing is left.
        for (;;) {
          const result = await audit.sequencePending(db);
          if (result.sequenced === 0) return;
        }
      },
      close: () => (closing ??= closeDatabase().finally(() => provider.close())),
    };
  } catch (error) {
    await provider.close().catch(() => undefined);
    throw error;
  }
}
