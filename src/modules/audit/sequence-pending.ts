// The sequencer: moves committed pending entries into the hash-chained log in one gap-free
// order, seals signed checkpoints, and copies them to the checkpoint file. Any number of
// processes may run it at once; the lock on the single audit_head row serializes them.
import { AppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { checkpointSignatureValid, createChainHasher, merkleRoot, signCheckpoint, type SignedCheckpoint } from './audit-hash';
import {
  insertCheckpoint,
  listCheckpointsAfter,
  readHead,
  movePendingToLog,
  peekHead,
  pinSearchPath,
  selectHashRange,
  selectPendingDigests,
  updateHead,
} from './audit.repo';
import type { AuditServiceDeps } from './audit.types';
import { appendCheckpoints, ensurePublicKeyInFile, lastCheckpointInFile, publicKeyFileFor } from './checkpoint-file';
import { loadOrCreateSigningKey, type AuditSigningKey } from './signing-key';

export interface SequenceResult {
  /** Entries moved from pending into the log. */
  sequenced: number;
  /** Checkpoints sealed. */
  checkpoints: number;
  /** Checkpoint lines appended to the checkpoint file (including ones sealed by other processes). */
  fileLines: number;
}

export interface Sequencer {
  sequencePending(db: Db): Promise<SequenceResult>;
  signingKey(db: Db): Promise<AuditSigningKey>;
}

/**
 * Which checkpoints are due: one per full `everyEntries` block of unsealed entries, then the
 * remainder if `everyMs` has passed since the last checkpoint.
 *
 * @example
 *   planCheckpointRanges({ headSeq: 2500, checkpointSeq: 0, checkpointAt, now, everyEntries: 1000, everyMs: 1000 });
 *   // [{ from: 0, to: 1000 }, { from: 1000, to: 2000 }] (+ { from: 2000, to: 2500 } once a second has passed)
 */
export function planCheckpointRanges(p: {
  headSeq: number;
  checkpointSeq: number;
  checkpointAt: Date;
  now: Date;
  everyEntries: number;
  everyMs: number;
}): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  let from = p.checkpointSeq;
  while (p.headSeq - from >= p.everyEntries) {
    ranges.push({ from, to: from + p.everyEntries });
    from += p.everyEntries;
  }
  if (p.headSeq > from && p.now.getTime() - p.checkpointAt.getTime() >= p.everyMs) ranges.push({ from, to: p.headSeq });
  return ranges;
}

/**
 * Creates the sequencer of one process. It caches the signing key and what it knows of the
 * checkpoint file; everything that must be shared between processes lives in the database.
 *
 * @example
 *   const sequencer = createSequencer(deps);
 *   await sequencer.sequencePending(db); // e.g. before a CLI command exits
 */
export function createSequencer(deps: AuditServiceDeps): Sequencer {
  const batchSize = deps.sequenceBatchSize ?? 1000;
  let keyPromise: Promise<AuditSigningKey> | undefined;
  let fileThrough = -1; // highest seq_to known to be in the checkpoint file; -1: not read yet

  function signingKey(db: Db): Promise<AuditSigningKey> {
    keyPromise ??= (async () => {
      const key = await loadOrCreateSigningKey(db, deps.secrets);
      await ensurePublicKeyInFile(publicKeyFileFor(deps.checkpointFile), key.publicKeyPem);
      return key;
    })();
    // A failure (e.g. the key provider was briefly unreachable) must not stick.
    keyPromise.catch(() => {
      keyPromise = undefined;
    });
    return keyPromise;
  }

  async function sequenceBatch(trx: Db, key: AuditSigningKey): Promise<{ sequenced: number; checkpoints: number; checkpointSeq: number }> {
    await pinSearchPath(trx);
    const head = await readHead(trx, { forUpdate: true });
    const pending = await selectPendingDigests(trx, head.seq, batchSize);
    const chain = createChainHasher();
    let prev = head.hash;
    const moved = pending.map((p) => {
      const row = { queued: p.queued, seq: p.seq, prevHash: prev, hash: chain(prev, p.digest) };
      prev = row.hash;
      return row;
    });
    await movePendingToLog(trx, moved);

    const headSeq = head.seq + moved.length;
    const now = deps.clock.now();
    const ranges = planCheckpointRanges({ ...head, headSeq, now, everyEntries: deps.checkpointEveryEntries, everyMs: deps.checkpointEveryMs });
    let checkpointSeq = head.checkpointSeq;
    let checkpointAt = head.checkpointAt;
    for (const range of ranges) {
      const leaves = await selectHashRange(trx, range.from, range.to);
      if (leaves.length !== range.to - range.from) {
        throw new AppError('integrity_violation', `The audit log has ${leaves.length} entries where seq ${range.from + 1}..${range.to} should be; run custos audit verify`);
      }
      const signed = signCheckpoint(key.privateKey, { ...range, merkleRoot: merkleRoot(leaves), headHash: leaves[leaves.length - 1]!, sealedAt: now, keyId: key.keyId });
      await insertCheckpoint(trx, signed);
      checkpointSeq = range.to;
      checkpointAt = now;
    }
    if (moved.length > 0 || ranges.length > 0) await updateHead(trx, { seq: headSeq, hash: prev, checkpointSeq, checkpointAt });
    return { sequenced: moved.length, checkpoints: ranges.length, checkpointSeq };
  }

  /**
   * Copies checkpoints the file lacks (sealed here or by another process) to the file. Each is
   * checked against the signing key first, so a row forged in the database never reaches it.
   */
  async function syncCheckpointFile(db: Db, key: AuditSigningKey): Promise<number> {
    let through = await lastCheckpointInFile(deps.checkpointFile);
    let written = 0;
    for (;;) {
      const checkpoints = await listCheckpointsAfter(db, through, 500);
      const good: SignedCheckpoint[] = [];
      let expectedFrom = through;
      for (const cp of checkpoints) {
        if (cp.from !== expectedFrom || cp.keyId !== key.keyId || !checkpointSignatureValid(key.publicKey, cp)) break;
        good.push(cp);
        expectedFrom = cp.to;
      }
      await appendCheckpoints(deps.checkpointFile, good);
      written += good.length;
      if (good.length > 0) through = good[good.length - 1]!.to;
      if (good.length < checkpoints.length) {
        deps.logger?.error({ afterSeq: through }, 'audit checkpoint in the database does not continue the checkpoint file or has an invalid signature; not copied (run custos audit verify)');
        break;
      }
      if (checkpoints.length < 500) break;
    }
    fileThrough = through;
    return written;
  }

  async function sequencePending(db: Db): Promise<SequenceResult> {
    const result: SequenceResult = { sequenced: 0, checkpoints: 0, fileLines: 0 };
    const peek = await peekHead(db);
    let latestCheckpoint = peek.checkpointSeq;
    const due =
      peek.hasPending ||
      planCheckpointRanges({ headSeq: peek.seq, checkpointSeq: peek.checkpointSeq, checkpointAt: peek.checkpointAt, now: deps.clock.now(), everyEntries: deps.checkpointEveryEntries, everyMs: deps.checkpointEveryMs })
        .length > 0;
    if (!due && latestCheckpoint <= fileThrough) return result;
    const key = await signingKey(db);
    if (due) {
      for (;;) {
        const batch = await db.transaction().execute((trx) => sequenceBatch(trx, key));
        result.sequenced += batch.sequenced;
        result.checkpoints += batch.checkpoints;
        latestCheckpoint = Math.max(latestCheckpoint, batch.checkpointSeq);
        if (batch.sequenced < batchSize) break;
      }
    }
    if (latestCheckpoint > fileThrough) result.fileLines = await syncCheckpointFile(db, key);
    return result;
  }

  return { sequencePending, signingKey };
}
