// Field encryption for the rest of Custos: per-subject (patient/user) and organization-level
// envelopes, blind indexes, and crypto-shredding. Every method takes the db or the caller's
// transaction, so keys created on first use commit or roll back with the caller's data.
import { randomFillSync } from 'node:crypto';
import { AppError, isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { computeBlindIndex, normalizeForBlindIndex } from './blind-index';
import type { BlindIndexNormalization, Clock, FieldBinding, KeyProvider, SubjectBinding } from './crypto.types';
import { describeBinding, openEnvelope, readKeyId, sealEnvelope, type FieldKey, type KeyKind } from './envelope';
import { createKeyring, type Keyring } from './keyring';
import { destroySubjectKey, reapplyShreds, type DestroySubjectKeyResult, type ReapplyShredsResult } from './shredding';

/** How long unwrapped keys stay in memory; also bounds how long another instance may use a key after a shred or rotation. */
export const DEFAULT_CACHE_TTL_MS = 60_000;
export const DEFAULT_CACHE_MAX_ENTRIES = 10_000;

/** A record of one subject: each field gets its own envelope bound to its column. */
export interface SubjectRecord {
  organizationId: string;
  subjectId: string;
  table: string;
  rowId: string;
}

export interface CryptoServiceDeps {
  provider: KeyProvider;
  /** The shred list outside the database (config.shredListFile). */
  shredListFile: string;
  clock?: Clock;
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
}

export interface CryptoService {
  /** For the rotation sweep and status; other modules use the methods below. */
  readonly keyring: Keyring;
  readonly provider: KeyProvider;
  readonly shredListFile: string;
  /** Creates the organization's keys if missing (otherwise done on first use). */
  ensureOrganizationKeys(db: Db, organizationId: string): Promise<void>;
  encryptForSubject(db: Db, binding: SubjectBinding, plaintext: Buffer): Promise<Buffer>;
  decryptForSubject(db: Db, binding: SubjectBinding, envelope: Uint8Array): Promise<Buffer>;
  /** Encrypts several columns of one row with one key lookup. Null and undefined fields stay null. */
  encryptFieldsForSubject<K extends string>(db: Db, record: SubjectRecord, fields: Record<K, Buffer | null | undefined>): Promise<Record<K, Buffer | null>>;
  decryptFieldsForSubject<K extends string>(db: Db, record: SubjectRecord, fields: Record<K, Uint8Array | null | undefined>): Promise<Record<K, Buffer | null>>;
  encryptForOrganization(db: Db, binding: FieldBinding, plaintext: Buffer): Promise<Buffer>;
  decryptForOrganization(db: Db, binding: FieldBinding, envelope: Uint8Array): Promise<Buffer>;
  encryptJsonForSubject(db: Db, binding: SubjectBinding, value: unknown): Promise<Buffer>;
  /** Returns the parsed JSON; validate it (zod) at the caller. */
  decryptJsonForSubject(db: Db, binding: SubjectBinding, envelope: Uint8Array): Promise<unknown>;
  encryptJsonForOrganization(db: Db, binding: FieldBinding, value: unknown): Promise<Buffer>;
  decryptJsonForOrganization(db: Db, binding: FieldBinding, envelope: Uint8Array): Promise<unknown>;
  /** HMAC-SHA256 under the organization's blind-index key; see normalizeForBlindIndex for `normalization`. */
  blindIndex(db: Db, q: { organizationId: string; scope: string; value: string; normalization?: BlindIndexNormalization }): Promise<Buffer>;
  destroySubjectKey(db: Db, q: { organizationId: string; subjectId: string; reason: string }): Promise<DestroySubjectKeyResult>;
  /** Destroys again every subject key that a restore brought back (run at start and by `custos keys reapply-shreds`). */
  reapplyShreds(db: Db, file?: string): Promise<ReapplyShredsResult>;
}

const NONCE_BYTES = 12;
const NONCE_POOL = NONCE_BYTES * 512;

/**
 * @example
 *   const crypto = createCryptoService({ provider, shredListFile: config.shredListFile });
 *   const ct = await crypto.encryptForSubject(trx, { organizationId, subjectId, table: 'patients', column: 'name_ct', rowId }, Buffer.from(name));
 */
export function createCryptoService(deps: CryptoServiceDeps): CryptoService {
  const clock = deps.clock ?? { now: () => Date.now() };
  const keyring = createKeyring({
    provider: deps.provider,
    clock,
    cacheTtlMs: deps.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS,
    cacheMaxEntries: deps.cacheMaxEntries ?? DEFAULT_CACHE_MAX_ENTRIES,
  });

  // One randomFillSync per 512 nonces: a call per record would cost about as much as the AES work.
  const pool = Buffer.allocUnsafe(NONCE_POOL);
  let poolOffset = NONCE_POOL;
  const nextNonce = (): Buffer => {
    if (poolOffset === NONCE_POOL) {
      randomFillSync(pool);
      poolOffset = 0;
    }
    poolOffset += NONCE_BYTES;
    // sealEnvelope copies the nonce before the pool is refilled.
    return pool.subarray(poolOffset - NONCE_BYTES, poolOffset);
  };

  // Reused for every AAD: sealing and opening are synchronous, and setAAD copies it.
  const scratch = Buffer.allocUnsafe(4096);
  const seal = (key: FieldKey, kind: KeyKind, version: number, binding: FieldBinding, plaintext: Buffer): Buffer =>
    sealEnvelope({ key, kind, version, binding, plaintext, nonce: nextNonce(), scratch });
  const open = (key: FieldKey, binding: FieldBinding, envelope: Uint8Array): Buffer => openEnvelope({ key, binding, envelope: toBuffer(envelope), scratch });

  /** Adds where the failure happened to a key error, keeping its code. */
  const located = (action: 'encrypt' | 'decrypt', binding: FieldBinding, error: unknown): unknown => {
    if (!isAppError(error) || error.code !== 'key_unavailable') return error;
    return new AppError('key_unavailable', `Cannot ${action} ${describeBinding(binding)}: ${error.message}`, { ...error.details, table: binding.table, column: binding.column, rowId: binding.rowId }, { cause: error });
  };

  const expectKind = (envelope: Uint8Array, binding: FieldBinding, kind: KeyKind): number => {
    const id = readKeyId(envelope, binding);
    if (id.kind !== kind) {
      throw new AppError('decryption_failed', `Cannot decrypt ${describeBinding(binding)}: it holds ${id.kind}-key ciphertext where ${kind}-key ciphertext was expected`);
    }
    return id.version;
  };

  const encryptForSubject: CryptoService['encryptForSubject'] = async (db, b, plaintext) => {
    // Steady state: the key is cached and nothing here waits.
    const cached = keyring.cachedSubjectKey(b.organizationId, b.subjectId);
    if (cached) return seal(cached.field, 'subject', cached.version, b, plaintext);
    try {
      const key = await keyring.subjectKeyForEncrypt(db, b.organizationId, b.subjectId);
      return seal(key.field, 'subject', key.version, b, plaintext);
    } catch (error) {
      throw located('encrypt', b, error);
    }
  };

  const decryptForSubject: CryptoService['decryptForSubject'] = async (db, b, envelope) => {
    const version = expectKind(envelope, b, 'subject');
    const cached = keyring.cachedSubjectKey(b.organizationId, b.subjectId, version);
    if (cached) return open(cached.field, b, envelope);
    try {
      const key = await keyring.subjectKeyForDecrypt(db, b.organizationId, b.subjectId, version);
      return open(key.field, b, envelope);
    } catch (error) {
      throw located('decrypt', b, error);
    }
  };

  const encryptForOrganization: CryptoService['encryptForOrganization'] = async (db, b, plaintext) => {
    try {
      const state = await keyring.organizationState(db, b.organizationId);
      const key = await keyring.organizationKey(db, b.organizationId, state.current);
      return seal(key.field, 'organization', key.version, b, plaintext);
    } catch (error) {
      throw located('encrypt', b, error);
    }
  };

  const decryptForOrganization: CryptoService['decryptForOrganization'] = async (db, b, envelope) => {
    const version = expectKind(envelope, b, 'organization');
    try {
      const state = await keyring.organizationState(db, b.organizationId);
      if (version < state.min) {
        throw new AppError('key_unavailable', `organization key version ${version} is retired (the oldest readable version is ${state.min})`, { version });
      }
      const key = await keyring.organizationKey(db, b.organizationId, version);
      return open(key.field, b, envelope);
    } catch (error) {
      throw located('decrypt', b, error);
    }
  };

  const parseJson = (plaintext: Buffer, b: FieldBinding): unknown => {
    try {
      return JSON.parse(plaintext.toString('utf8'));
    } catch {
      throw new AppError('decryption_failed', `Cannot decrypt ${describeBinding(b)}: the plaintext is not JSON`);
    }
  };

  return {
    keyring,
    provider: deps.provider,
    shredListFile: deps.shredListFile,
    async ensureOrganizationKeys(db, organizationId) {
      await keyring.organizationState(db, organizationId);
    },
    encryptForSubject,
    decryptForSubject,
    async encryptFieldsForSubject(db, r, fields) {
      const key = await keyring.subjectKeyForEncrypt(db, r.organizationId, r.subjectId).catch((error: unknown) => {
        throw located('encrypt', { ...r, column: Object.keys(fields).join(',') }, error);
      });
      const out = {} as Record<keyof typeof fields, Buffer | null>;
      for (const column of Object.keys(fields) as (keyof typeof fields)[]) {
        const value = fields[column];
        out[column] = value == null ? null : seal(key.field, 'subject', key.version, { ...r, column }, value);
      }
      return out;
    },
    async decryptFieldsForSubject(db, r, fields) {
      const out = {} as Record<keyof typeof fields, Buffer | null>;
      for (const column of Object.keys(fields) as (keyof typeof fields)[]) {
        const value = fields[column];
        // After the first field the subject key is cached, so this costs no further lookups.
        out[column] = value == null ? null : await decryptForSubject(db, { ...r, column }, value);
      }
      return out;
    },
    encryptForOrganization,
    decryptForOrganization,
    encryptJsonForSubject: (db, b, value) => encryptForSubject(db, b, Buffer.from(JSON.stringify(value), 'utf8')),
    decryptJsonForSubject: async (db, b, envelope) => parseJson(await decryptForSubject(db, b, envelope), b),
    encryptJsonForOrganization: (db, b, value) => encryptForOrganization(db, b, Buffer.from(JSON.stringify(value), 'utf8')),
    decryptJsonForOrganization: async (db, b, envelope) => parseJson(await decryptForOrganization(db, b, envelope), b),
    async blindIndex(db, q) {
      const key = await keyring.blindIndexKey(db, q.organizationId);
      return computeBlindIndex(key, q.scope, normalizeForBlindIndex(q.value, q.normalization));
    },
    destroySubjectKey: (db, q) => destroySubjectKey({ keyring, shredListFile: deps.shredListFile, clock }, db, q),
    reapplyShreds: (db, file) => reapplyShreds({ keyring, shredListFile: file ?? deps.shredListFile, clock }, db),
  };
}

function toBuffer(value: Uint8Array): Buffer {
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}
