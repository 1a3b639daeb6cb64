// Key rotation without downtime (`custos keys rotate`):
//  1. startKeyRotation: a new KEK version in the provider; per organization a new organization-key
//     version wrapped under it (new data is written under it at once); every other organization key
//     and every installation secret rewrapped under the new KEK. Idempotent, so a crash resumes.
//  2. runRotationSweep: in batches, subject keys still wrapped by an old organization-key version
//     are rewrapped (cheap), and organization-level envelopes in the registered columns are
//     re-encrypted (optimistic: UPDATE ... WHERE column = old value, so a concurrent write wins).
//     Progress is saved after every batch; a second run resumes.
//  3. After a grace period (other instances' key caches expire) and a final pass that finds nothing
//     stale, the old versions retire: the minimum decryption version rises, their wrapped keys go.
//     Versions still used by immutable columns (the hash-chained audit log, which must not be
//     rewritten) are kept: their keys stay, rewrapped under the new KEK, so the old KEK can go.
import { randomBytes } from 'node:crypto';
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import * as repo from './crypto.repo';
import type { Clock, EncryptedColumn, KeyProvider } from './crypto.types';
import { describeBinding, keyIdPrefix, openEnvelope, readKeyId, sealEnvelope, versionBytes } from './envelope';
import type { Keyring } from './keyring';

export interface RotationDeps {
  provider: KeyProvider;
  keyring: Keyring;
  clock: Clock;
  sleep?: (ms: number) => Promise<void>;
}

type OrgPhase = 'subject-keys' | 'columns' | 'final' | 'retired';

/** Stored as JSON in crypto_rotations.progress. */
export interface TRotationProgress {
  organizations: Record<string, { target: number; phase: OrgPhase; subjectCursor?: string; columnIndex: number; columnCursor?: string | number }>;
  counts: { subjectKeysRewrapped: number; envelopesReencrypted: number; concurrentWrites: number; failures: number };
}

export interface SweepProgressEvent {
  organizationId: string;
  phase: OrgPhase;
  table?: string;
  column?: string;
  done: number;
  total: number;
}

export interface SweepOptions {
  columns: EncryptedColumn[];
  batchSize?: number;
  /** Wait this long after the rotation started before retiring (>= every instance's cache TTL). */
  graceMs: number;
  onProgress?: (event: SweepProgressEvent) => void;
}

export interface SweepResult {
  rotationId: number | undefined;
  counts: TRotationProgress['counts'];
  retiredOrganizations: number;
}

const emptyCounts = (): TRotationProgress['counts'] => ({ subjectKeysRewrapped: 0, envelopesReencrypted: 0, concurrentWrites: 0, failures: 0 });

/**
 * Starts a rotation, or returns the unfinished one (re-running its idempotent rewrap step).
 * Pass the root db: it runs one transaction per organization.
 *
 * @example
 *   const { kekVersion } = await startKeyRotation({ provider, keyring: crypto.keyring, clock: Date }, db);
 */
export async function startKeyRotation(deps: RotationDeps, db: Db): Promise<{ rotationId: number; kekVersion: number; resumed: boolean }> {
  const active = await repo.findActiveRotation(db);
  let rotationId: number;
  let kekVersion: number;
  let progress: TRotationProgress;
  if (active) {
    rotationId = active.id;
    kekVersion = active.kek_version;
    progress = active.progress as TRotationProgress;
  } else {
    kekVersion = await deps.provider.createKekVersion();
    progress = { organizations: {}, counts: emptyCounts() };
    try {
      rotationId = await repo.insertRotation(db, kekVersion, progress);
    } catch (error) {
      // The unique index allows one sweeping rotation: another process started one just now.
      throw new AppError('conflict', 'Another key rotation started at the same time; run `custos keys rotate` again to resume it', undefined, { cause: error });
    }
  }

  for (const organizationId of await repo.listOrganizationIds(db)) {
    const target = await db.transaction().execute(async (trx) => {
      const state = await repo.lockOrganizationState(trx, organizationId);
      let current = state.current;
      const currentKey = await repo.findOrganizationKey(trx, organizationId, 'data', current);
      if (currentKey?.kekVersion !== kekVersion) {
        current += 1;
        await repo.insertOrganizationKeyIfAbsent(trx, await deps.keyring.newOrganizationKeyRow(organizationId, 'data', current, kekVersion));
        await repo.setCurrentOrganizationKeyVersion(trx, organizationId, current);
      }
      for (const k of await repo.listOrganizationKeys(trx, organizationId)) {
        if (k.kekVersion === kekVersion) continue;
        const key = await deps.provider.unwrapKey(k.kekVersion, k.wrappedKey);
        await repo.rewrapOrganizationKey(trx, { ...k, fromKek: k.kekVersion, toKek: kekVersion, wrappedKey: await deps.provider.wrapKey(kekVersion, key) });
      }
      return current;
    });
    deps.keyring.forgetOrganization(organizationId);
    progress.organizations[organizationId] ??= { target, phase: 'subject-keys', columnIndex: 0 };
  }

  for (const s of await repo.listSecretWraps(db)) {
    if (s.kekVersion === kekVersion) continue;
    const key = await deps.provider.unwrapKey(s.kekVersion, s.wrappedKey);
    await repo.rewrapSecret(db, { name: s.name, fromKek: s.kekVersion, toKek: kekVersion, wrappedKey: await deps.provider.wrapKey(kekVersion, key) });
  }
  await repo.updateRotationProgress(db, rotationId, progress);
  return { rotationId, kekVersion, resumed: active !== undefined };
}

/**
 * Rewraps subject keys and re-encrypts registered columns of the unfinished rotation, then retires
 * the old organization-key versions. Resumable; does nothing when no rotation is unfinished.
 *
 * @example
 *   await runRotationSweep(deps, db, { columns: registry.list(), graceMs: 120_000, onProgress: (e) => bar.update(e.done, e.total) });
 */
export async function runRotationSweep(deps: RotationDeps, db: Db, options: SweepOptions): Promise<SweepResult> {
  const o = { ...options, columns: options.columns.filter((c) => !c.immutable) };
  const immutable = options.columns.filter((c) => c.immutable);
  const active = await repo.findActiveRotation(db);
  if (!active) return { rotationId: undefined, counts: emptyCounts(), retiredOrganizations: 0 };
  const progress = active.progress as TRotationProgress;
  const batch = o.batchSize ?? 200;
  const startedAt = new Date(active.started_at).getTime();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  // Organizations created after the rotation started have only current keys: nothing to sweep.
  for (const organizationId of await repo.listOrganizationIds(db)) {
    if (!progress.organizations[organizationId]) {
      const state = await repo.findOrganizationState(db, organizationId);
      progress.organizations[organizationId] = { target: state!.current, phase: 'subject-keys', columnIndex: 0 };
    }
  }

  let total = 0;
  for (const [organizationId, p] of Object.entries(progress.organizations)) {
    if (p.phase === 'retired') continue;
    total += await repo.countSubjectKeysBelow(db, organizationId, p.target);
    for (const col of o.columns) total += await repo.countStaleEnvelopes(db, col, staleQuery(organizationId, p.target));
  }
  let done = 0;
  const report = (organizationId: string, phase: OrgPhase, n: number, col?: EncryptedColumn): void => {
    done += n;
    total = Math.max(total, done);
    o.onProgress?.({ organizationId, phase, done, total, ...(col ? { table: col.table, column: col.column } : {}) });
  };
  const save = () => repo.updateRotationProgress(db, active.id, progress);

  let retiredOrganizations = 0;
  for (const [organizationId, p] of Object.entries(progress.organizations)) {
    if (p.phase === 'retired') continue;
    const ctx = { deps, db, organizationId, target: p.target, batch, counts: progress.counts };
    if (p.phase === 'subject-keys') {
      for (;;) {
        const r = await rewrapSubjectKeys(ctx, p.subjectCursor);
        if (r.seen === 0) break;
        p.subjectCursor = r.cursor;
        await save();
        report(organizationId, 'subject-keys', r.seen);
      }
      Object.assign(p, { phase: 'columns', subjectCursor: undefined });
      await save();
    }
    if (p.phase === 'columns') {
      for (; p.columnIndex < o.columns.length; p.columnIndex++, p.columnCursor = undefined) {
        const col = o.columns[p.columnIndex]!;
        for (;;) {
          const r = await reencryptColumn(ctx, col, p.columnCursor);
          if (r.seen === 0) break;
          p.columnCursor = r.cursor;
          await save();
          report(organizationId, 'columns', r.seen, col);
        }
      }
      p.phase = 'final';
      await save();
    }
    // p.phase === 'final'
    const wait = startedAt + o.graceMs - deps.clock.now();
    if (wait > 0) await sleep(wait);
    // Final pass from the start: catches rows written under the old version by an instance whose cache was stale.
    const before = ctx.counts.failures;
    for (let r = await rewrapSubjectKeys(ctx, undefined); r.seen > 0; r = await rewrapSubjectKeys(ctx, r.cursor)) report(organizationId, 'final', r.seen);
    for (const col of o.columns) {
      for (let r = await reencryptColumn(ctx, col, undefined); r.seen > 0; r = await reencryptColumn(ctx, col, r.cursor)) report(organizationId, 'final', r.seen, col);
    }
    const left = await countStale(db, organizationId, p.target, o.columns);
    if (left.total > 0) {
      await save();
      throw new AppError(
        'integrity_violation',
        `Key rotation cannot retire the old keys of organization ${organizationId}: ${left.total} value(s) are still under an old version ` +
          `(${ctx.counts.failures - before} failed to re-encrypt; first: ${left.first}). Repair or delete them, then run \`custos keys sweep\` again.`,
      );
    }
    let keep = p.target;
    for (const col of immutable) {
      const used = await repo.minEnvelopeVersion(db, col, { organizationId, prefix: keyIdPrefix('organization') });
      if (used !== undefined && used < keep) keep = used;
    }
    await db.transaction().execute((trx) => repo.retireOrganizationKeysBelow(trx, organizationId, keep));
    deps.keyring.forgetOrganization(organizationId);
    p.phase = 'retired';
    retiredOrganizations++;
    await save();
    report(organizationId, 'retired', 0);
  }
  await repo.finishRotation(db, active.id, progress);
  return { rotationId: active.id, counts: progress.counts, retiredOrganizations };
}

interface SweepContext {
  deps: RotationDeps;
  db: Db;
  organizationId: string;
  target: number;
  batch: number;
  counts: TRotationProgress['counts'];
}

const staleQuery = (organizationId: string, target: number) => ({ organizationId, prefix: keyIdPrefix('organization'), currentBytes: versionBytes(target) });

async function rewrapSubjectKeys(c: SweepContext, after: string | undefined): Promise<{ seen: number; cursor: string | undefined }> {
  const rows = await repo.listSubjectKeysBelow(c.db, { organizationId: c.organizationId, current: c.target, afterSubjectId: after, limit: c.batch });
  const { keyring } = c.deps;
  for (const row of rows) {
    try {
      const from = await keyring.organizationKey(c.db, c.organizationId, row.orgKeyVersion);
      const to = await keyring.organizationKey(c.db, c.organizationId, c.target);
      const key = keyring.unwrapSubjectKey(from, c.organizationId, row.subjectId, row.version, row.wrappedKey);
      const wrappedKey = keyring.wrapSubjectKey(to, c.organizationId, row.subjectId, row.version, key);
      const ok = await repo.rewrapSubjectKey(c.db, { organizationId: c.organizationId, subjectId: row.subjectId, version: row.version, fromOrgVersion: row.orgKeyVersion, toOrgVersion: c.target, wrappedKey });
      if (ok) c.counts.subjectKeysRewrapped++;
      else c.counts.concurrentWrites++;
    } catch {
      c.counts.failures++;
    }
  }
  return { seen: rows.length, cursor: rows.at(-1)?.subjectId };
}

async function reencryptColumn(c: SweepContext, col: EncryptedColumn, after: string | number | undefined): Promise<{ seen: number; cursor: string | number | undefined }> {
  const rows = await repo.listStaleEnvelopes(c.db, col, { ...staleQuery(c.organizationId, c.target), afterId: after, limit: c.batch });
  const { keyring } = c.deps;
  const to = rows.length ? await keyring.organizationKey(c.db, c.organizationId, c.target) : undefined;
  for (const row of rows) {
    const binding = { organizationId: c.organizationId, table: col.table, column: col.column, rowId: String(row.id) };
    try {
      const from = await keyring.organizationKey(c.db, c.organizationId, readKeyId(row.envelope, binding).version);
      const plaintext = openEnvelope({ key: from.field, binding, envelope: row.envelope });
      const next = sealEnvelope({ key: to!.field, kind: 'organization', version: c.target, binding, plaintext, nonce: randomBytes(12) });
      // A writer that changed the row since we read it has the newer value: keep theirs.
      if (await repo.replaceEnvelopeIfUnchanged(c.db, col, { id: row.id, previous: row.envelope, next })) c.counts.envelopesReencrypted++;
      else c.counts.concurrentWrites++;
    } catch {
      c.counts.failures++;
    }
  }
  return { seen: rows.length, cursor: rows.at(-1)?.id };
}

async function countStale(db: Db, organizationId: string, target: number, columns: EncryptedColumn[]): Promise<{ total: number; first: string }> {
  let total = await repo.countSubjectKeysBelow(db, organizationId, target);
  let first = total > 0 ? 'a subject key' : '';
  for (const col of columns) {
    const n = await repo.countStaleEnvelopes(db, col, staleQuery(organizationId, target));
    if (n > 0 && !first) {
      const [row] = await repo.listStaleEnvelopes(db, col, { ...staleQuery(organizationId, target), afterId: undefined, limit: 1 });
      first = describeBinding({ organizationId, table: col.table, column: col.column, rowId: String(row?.id) });
    }
    total += n;
  }
  return { total, first };
}

/**
 * Start and sweep in one call: what `custos keys rotate` does.
 *
 * @example
 *   await rotateKeys(deps, db, { columns: registry.list(), graceMs: 0 });
 */
export async function rotateKeys(deps: RotationDeps, db: Db, o: SweepOptions): Promise<SweepResult & { kekVersion: number; resumed: boolean }> {
  const started = await startKeyRotation(deps, db);
  const swept = await runRotationSweep(deps, db, o);
  return { ...swept, kekVersion: started.kekVersion, resumed: started.resumed };
}
