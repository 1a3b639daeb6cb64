// Resolves the key hierarchy below the KEK: organization keys (versioned), the blind-index key and
// per-subject data keys, unwrapping them through the key provider and caching the results briefly.
// Only keys committed to the database are cached: a key created inside a transaction that later
// rolls back must not be used again.
import { createHmac, createSecretKey, hkdfSync, randomBytes, timingSafeEqual, type KeyObject } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { aesGcmOpen, aesGcmSeal } from './aes-gcm';
import * as repo from './crypto.repo';
import type { Clock, KeyProvider } from './crypto.types';
import { deriveFieldKey, type FieldKey } from './envelope';
import { createKeyCache } from './key-cache';

export interface OrganizationKey {
  version: number;
  field: FieldKey;
  /** Wraps this organization's subject keys (HKDF of the organization key, never the key itself). */
  subjectWrapKey: Buffer;
}

export interface SubjectKey {
  version: number;
  field: FieldKey;
}

export interface OrganizationState {
  current: number;
  min: number;
}

export interface Keyring {
  /** Current and oldest decryptable organization-key versions; creates the organization's keys on first use. */
  organizationState(db: Db, organizationId: string): Promise<OrganizationState>;
  organizationKey(db: Db, organizationId: string, version: number): Promise<OrganizationKey>;
  blindIndexKey(db: Db, organizationId: string): Promise<KeyObject>;
  /** The subject's current (or given) key version if cached: the synchronous hot path of field encryption. */
  cachedSubjectKey(organizationId: string, subjectId: string, version?: number): SubjectKey | undefined;
  /** The subject's current data key, created (race-safe) on first use; refused for a shredded subject. */
  subjectKeyForEncrypt(db: Db, organizationId: string, subjectId: string): Promise<SubjectKey>;
  subjectKeyForDecrypt(db: Db, organizationId: string, subjectId: string, version: number): Promise<SubjectKey>;
  /** Creates a fresh organization key (version, wrapped bytes, check) for the rotation. */
  newOrganizationKeyRow(organizationId: string, purpose: 'data' | 'blind_index', version: number, kekVersion: number): Promise<repo.TOrganizationKeyRow>;
  wrapSubjectKey(org: OrganizationKey, organizationId: string, subjectId: string, version: number, key: Buffer): Buffer;
  unwrapSubjectKey(org: OrganizationKey, organizationId: string, subjectId: string, version: number, wrapped: Buffer): Buffer;
  forgetSubject(organizationId: string, subjectId: string): void;
  forgetOrganization(organizationId: string): void;
  forgetAll(): void;
}

export interface KeyringDeps {
  provider: KeyProvider;
  clock: Clock;
  cacheTtlMs: number;
  cacheMaxEntries: number;
}

const SUBJECT_WRAP_FORMAT = 1;
const HKDF_SALT = Buffer.from('custos/keyring/v1');

/** All versions of a subject's key, and the newest one for encryption. */
interface SubjectKeys {
  latest: SubjectKey;
  byVersion: Map<number, SubjectKey>;
}

type CacheValue = OrganizationState | OrganizationKey | KeyObject | SubjectKeys;

/**
 * @example
 *   const keyring = createKeyring({ provider, clock: Date, cacheTtlMs: 60_000, cacheMaxEntries: 10_000 });
 */
export function createKeyring(deps: KeyringDeps): Keyring {
  const { provider } = deps;
  const cache = createKeyCache<CacheValue>({ clock: deps.clock, ttlMs: deps.cacheTtlMs, maxEntries: deps.cacheMaxEntries });
  // Keys never contain the separator: organization ids are UUIDs and it is a NUL.
  const k = (kind: string, organizationId: string, rest: string | number = ''): string => `${kind}\u0000${organizationId}\u0000${rest}`;

  const keyCheck = (key: Buffer, organizationId: string, purpose: string, version: number): Buffer =>
    createHmac('sha256', key).update(`custos/org-key-check\u0000${organizationId}\u0000${purpose}\u0000${version}`).digest().subarray(0, 16);

  const newOrganizationKeyRow: Keyring['newOrganizationKeyRow'] = async (organizationId, purpose, version, kekVersion) => {
    const key = randomBytes(32);
    return { organizationId, purpose, version, kekVersion, wrappedKey: await provider.wrapKey(kekVersion, key), keyCheck: keyCheck(key, organizationId, purpose, version) };
  };

  const unwrapOrganizationKey = async (db: Db, organizationId: string, purpose: 'data' | 'blind_index', version: number) => {
    const row = await repo.findOrganizationKey(db, organizationId, purpose, version);
    if (!row) return undefined;
    const key = await provider.unwrapKey(row.kekVersion, row.wrappedKey);
    if (!timingSafeEqual(keyCheck(key, organizationId, purpose, version), row.keyCheck)) {
      throw new AppError('key_unavailable', `The ${purpose} key version ${version} of organization ${organizationId} fails its check (copied from another row?)`);
    }
    return { key, uncommitted: row.uncommitted };
  };

  const ensureOrganizationKeys = async (db: Db, organizationId: string): Promise<void> => {
    const kek = await provider.currentKekVersion();
    const data = await newOrganizationKeyRow(organizationId, 'data', 1, kek);
    const bidx = await newOrganizationKeyRow(organizationId, 'blind_index', 1, kek);
    // Each insert yields to a concurrent creator that got there first; the re-read then sees its keys.
    await repo.insertOrganizationStateIfAbsent(db, organizationId);
    await repo.insertOrganizationKeyIfAbsent(db, data);
    await repo.insertOrganizationKeyIfAbsent(db, bidx);
  };

  const organizationState: Keyring['organizationState'] = async (db, organizationId) => {
    const hit = cache.get(k('state', organizationId)) as OrganizationState | undefined;
    if (hit) return hit;
    let row = await repo.findOrganizationState(db, organizationId);
    if (!row) {
      await ensureOrganizationKeys(db, organizationId);
      row = await repo.findOrganizationState(db, organizationId);
      if (!row) throw new AppError('internal', `The keys of organization ${organizationId} vanished after creation`);
    }
    const state = { current: row.current, min: row.min };
    if (!row.uncommitted) cache.set(k('state', organizationId), state);
    return state;
  };

  const organizationKey: Keyring['organizationKey'] = async (db, organizationId, version) => {
    const hit = cache.get(k('org', organizationId, version)) as OrganizationKey | undefined;
    if (hit) return hit;
    const found = await unwrapOrganizationKey(db, organizationId, 'data', version);
    if (!found) {
      const state = await repo.findOrganizationState(db, organizationId);
      const why = state && version < state.min ? `retired (the oldest readable version is ${state.min})` : 'unknown';
      throw new AppError('key_unavailable', `Organization key version ${version} of organization ${organizationId} is ${why}`, { version });
    }
    const orgKey: OrganizationKey = {
      version,
      field: deriveFieldKey(found.key),
      subjectWrapKey: Buffer.from(hkdfSync('sha256', found.key, HKDF_SALT, 'subject-wrap', 32)),
    };
    if (!found.uncommitted) cache.set(k('org', organizationId, version), orgKey);
    return orgKey;
  };

  const blindIndexKey: Keyring['blindIndexKey'] = async (db, organizationId) => {
    const hit = cache.get(k('bidx', organizationId)) as KeyObject | undefined;
    if (hit) return hit;
    await organizationState(db, organizationId); // creates the organization's keys on first use
    const found = await unwrapOrganizationKey(db, organizationId, 'blind_index', 1);
    if (!found) throw new AppError('key_unavailable', `The blind-index key of organization ${organizationId} is missing`);
    const key = createSecretKey(found.key);
    if (!found.uncommitted) cache.set(k('bidx', organizationId), key);
    return key;
  };

  const wrapAad = (organizationId: string, subjectId: string, version: number): Buffer =>
    Buffer.from(`custos/subject-key\u0000${organizationId}\u0000${subjectId}\u0000${version}`);

  const wrapSubjectKey: Keyring['wrapSubjectKey'] = (org, organizationId, subjectId, version, key) =>
    aesGcmSeal(org.subjectWrapKey, key, wrapAad(organizationId, subjectId, version), SUBJECT_WRAP_FORMAT);

  const unwrapSubjectKey: Keyring['unwrapSubjectKey'] = (org, organizationId, subjectId, version, wrapped) => {
    const key = aesGcmOpen(org.subjectWrapKey, wrapped, wrapAad(organizationId, subjectId, version), SUBJECT_WRAP_FORMAT);
    if (!key) throw new AppError('key_unavailable', `The data key of subject ${subjectId} (organization ${organizationId}) does not unwrap: damaged, or copied from another subject`);
    return key;
  };

  const destroyed = (organizationId: string, subjectId: string): AppError =>
    new AppError('key_unavailable', `subject key destroyed: subject ${subjectId} of organization ${organizationId} was crypto-shredded`, { shredded: true });

  /** Reads and unwraps every version of the subject's key; caches them if all are committed. */
  const loadSubjectKeys = async (db: Db, organizationId: string, subjectId: string): Promise<SubjectKeys | undefined> => {
    // The shred record is authoritative: a key row that survived (restore, race) is never used.
    if (await repo.isSubjectShredded(db, organizationId, subjectId)) throw destroyed(organizationId, subjectId);
    const rows = await repo.findSubjectKeys(db, organizationId, subjectId);
    if (rows.length === 0) return undefined;
    const byVersion = new Map<number, SubjectKey>();
    for (const row of rows) {
      const org = await organizationKey(db, organizationId, row.orgKeyVersion);
      byVersion.set(row.version, { version: row.version, field: deriveFieldKey(unwrapSubjectKey(org, organizationId, subjectId, row.version, row.wrappedKey)) });
    }
    const keys = { latest: byVersion.get(Math.max(...byVersion.keys()))!, byVersion };
    if (!rows.some((r) => r.uncommitted)) cache.set(k('subject', organizationId, subjectId), keys);
    return keys;
  };

  const cachedSubjectKey: Keyring['cachedSubjectKey'] = (organizationId, subjectId, version) => {
    const keys = cache.get(k('subject', organizationId, subjectId)) as SubjectKeys | undefined;
    return version === undefined ? keys?.latest : keys?.byVersion.get(version);
  };

  return {
    organizationState,
    organizationKey,
    blindIndexKey,
    newOrganizationKeyRow,
    wrapSubjectKey,
    unwrapSubjectKey,
    cachedSubjectKey,
    async subjectKeyForEncrypt(db, organizationId, subjectId) {
      const hit = cachedSubjectKey(organizationId, subjectId);
      if (hit) return hit;
      const existing = await loadSubjectKeys(db, organizationId, subjectId);
      if (existing) return existing.latest;
      const state = await organizationState(db, organizationId);
      const org = await organizationKey(db, organizationId, state.current);
      const wrappedKey = wrapSubjectKey(org, organizationId, subjectId, 1, randomBytes(32));
      await repo.insertSubjectKeyIfAbsent(db, { organizationId, subjectId, version: 1, orgKeyVersion: org.version, wrappedKey });
      // Re-read: a concurrent transaction may have created the key first, and then we must use theirs.
      const created = await loadSubjectKeys(db, organizationId, subjectId);
      if (!created) throw new AppError('internal', `The data key of subject ${subjectId} vanished after creation`);
      return created.latest;
    },
    async subjectKeyForDecrypt(db, organizationId, subjectId, version) {
      const hit = cache.get(k('subject', organizationId, subjectId)) as SubjectKeys | undefined;
      // A version we have not cached may have been added by another instance since: read again.
      const keys = hit?.byVersion.has(version) ? hit : await loadSubjectKeys(db, organizationId, subjectId);
      const key = keys?.byVersion.get(version);
      if (!key) throw new AppError('key_unavailable', `Subject ${subjectId} of organization ${organizationId} has no data key version ${version}`, { version });
      return key;
    },
    forgetSubject(organizationId, subjectId) {
      cache.delete(k('subject', organizationId, subjectId));
    },
    forgetOrganization(organizationId) {
      for (const kind of ['state', 'org', 'bidx', 'subject']) cache.deletePrefix(`${kind}\u0000${organizationId}\u0000`);
    },
    forgetAll() {
      cache.clear();
    },
  };
}
