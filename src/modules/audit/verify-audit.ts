// verifyAudit: the integrity check behind `custos audit verify`. It needs no secret: only the
// database, the checkpoint file and the public keys.
import type { KeyObject } from 'node:crypto';
import type { Db } from '../../db/client';
import { checkpointSignatureValid, createChainHasher, GENESIS_HASH, HASH_BYTES, keyIdOf, merkleRoot, sameCheckpoint, type SignedCheckpoint } from './audit-hash';
import { countPending, listCheckpointsAfter, readHead, PACKED, pinSearchPath, selectPackedChainBatch } from './audit.repo';
import type { AuditVerification, TamperKind } from './audit.types';
import { classifyAnomaly, type Anomaly } from './classify-anomaly';
import { readCheckpointFile, type FileCheckpoint } from './checkpoint-file';

export interface VerifyAuditOptions {
  db: Db;
  /** The checkpoint file to compare with the database; null skips it (e.g. on another host). */
  checkpointFile: string | null;
  /** Public keys checkpoints may be signed with (the audit-signing-key.pub file). */
  publicKeys: readonly KeyObject[];
  /** Rows per query (default 10,000). */
  batchSize?: number;
}

/**
 * Checks the whole log in one consistent snapshot: seq contiguous from 1, every hash recomputed
 * from the stored columns and its predecessor, every checkpoint's Merkle root, head hash and
 * signature, the checkpoint file against the database, and a tail truncated behind a checkpoint
 * or behind the head. Stops at the first problem and names its sequence number and kind.
 *
 * @example
 *   const result = await verifyAudit({ db, checkpointFile, publicKeys: await readPublicKeys(pubFile) });
 *   if (!result.ok) console.error(`first bad entry: ${result.failure!.seq} (${result.failure!.kind})`);
 */
export async function verifyAudit(options: VerifyAuditOptions): Promise<AuditVerification> {
  const started = performance.now();
  const file = options.checkpointFile ? streamFileCheckpoints(options.checkpointFile) : undefined;
  try {
    return await verifyInSnapshot(options, file, started);
  } finally {
    await file?.close();
  }
}

async function verifyInSnapshot(
  options: VerifyAuditOptions,
  file: ReturnType<typeof streamFileCheckpoints> | undefined,
  started: number,
): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 10_000;
  const keys = new Map(options.publicKeys.map((k) => [keyIdOf(k), k]));
  // Repeatable read: the head, the rows and the checkpoints all come from one instant, however
  // long the check takes and whatever the sequencers do meanwhile.
  return options.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      await pinSearchPath(trx);
      const head = await readHead(trx, { forUpdate: false });
      const result: AuditVerification = {
        ok: true,
        entriesChecked: 0,
        checkpointsChecked: 0,
        fileCheckpointsChecked: 0,
        lastSeq: 0,
        sealedThrough: 0,
        pendingEntries: await countPending(trx),
        checkpointsNotInFile: 0,
        elapsedMs: 0,
      };
      const done = (failure?: Anomaly): AuditVerification => {
        if (failure) {
          result.ok = false;
          result.failure = failure;
        }
        result.elapsedMs = performance.now() - started;
        return result;
      };
      const fail = (kind: TamperKind, seq: number, message: string): AuditVerification => done({ kind, seq, message });

      const dbCheckpoints = streamDbCheckpoints(trx);
      let nextDb = await dbCheckpoints.next();
      let nextFile = file ? await file.next() : undefined;
      // A damaged file is reported when the entries reach the seq it concerns, so that an earlier
      // bad entry is still the one named.
      let fileFailure: Anomaly | undefined;
      const takeFileFailure = (): void => {
        if (nextFile && 'error' in nextFile) {
          fileFailure = { kind: 'checkpoint_mismatch', seq: nextFile.seq, message: `checkpoint file, from seq ${nextFile.seq}: ${nextFile.error}` };
          nextFile = undefined;
        }
      };
      if (file && !nextFile && nextDb) fileFailure = { kind: 'checkpoint_mismatch', seq: 1, message: 'the checkpoint file is missing or empty, but the database has checkpoints from seq 1 on' };
      takeFileFailure();
      const fileCheckpoint = (): SignedCheckpoint | undefined => (nextFile && 'checkpoint' in nextFile ? nextFile.checkpoint : undefined);

      const chain = createChainHasher();
      let prev: Buffer = GENESIS_HASH;
      let expected = 1;
      let sealedThrough = 0;
      let leaves: Buffer[] = [];

      /** Checks the checkpoint(s) ending at `seq`, whose hash is `hash`. */
      const closeCheckpoint = async (seq: number, hash: Buffer): Promise<Anomaly | undefined> => {
        const dbCp = nextDb?.to === seq ? nextDb : undefined;
        const fileCp = fileCheckpoint()?.to === seq ? fileCheckpoint() : undefined;
        if (!dbCp) {
          return { kind: 'checkpoint_mismatch', seq: fileCp!.from + 1, message: `the checkpoint over ${fileCp!.from + 1}..${seq} is in the checkpoint file but not in the database` };
        }
        const range = `${dbCp.from + 1}..${dbCp.to}`;
        if (dbCp.from !== sealedThrough) {
          return { kind: 'checkpoint_mismatch', seq: sealedThrough + 1, message: `the checkpoint over ${range} does not continue the previous one, which ended at ${sealedThrough}` };
        }
        const key = keys.get(dbCp.keyId);
        if (!key) return { kind: 'bad_signature', seq: dbCp.from + 1, message: `the checkpoint over ${range} is signed by unknown key ${dbCp.keyId}` };
        if (!checkpointSignatureValid(key, dbCp)) return { kind: 'bad_signature', seq: dbCp.from + 1, message: `the checkpoint over ${range} has an invalid signature` };
        if (!dbCp.headHash.equals(hash) || !merkleRoot(leaves).equals(dbCp.merkleRoot)) {
          return { kind: 'checkpoint_mismatch', seq: dbCp.from + 1, message: `entries ${range} differ from their signed checkpoint (the chain was recomputed after a change)` };
        }
        result.checkpointsChecked++;
        if (fileCp) {
          if (!sameCheckpoint(dbCp, fileCp)) return { kind: 'checkpoint_mismatch', seq: dbCp.from + 1, message: `the checkpoint file and the database disagree about the checkpoint over ${range}` };
          result.fileCheckpointsChecked++;
          nextFile = await file!.next();
          takeFileFailure();
        } else if (fileCheckpoint()) {
          return { kind: 'checkpoint_mismatch', seq: dbCp.from + 1, message: `the checkpoint over ${range} is in the database but missing from the checkpoint file` };
        } else if (file) {
          result.checkpointsNotInFile++;
        }
        nextDb = await dbCheckpoints.next();
        sealedThrough = seq;
        leaves = [];
        return undefined;
      };

      let batch: Promise<Buffer[]> = selectPackedChainBatch(trx, 0, batchSize);
      for (;;) {
        const rows = await batch;
        if (rows.length === 0) break;
        // Fetch the next batch while this one is hashed: the database encodes and digests rows
        // on its own core meanwhile.
        const lastInBatch = rows[rows.length - 1]!;
        batch = rows.length === batchSize ? selectPackedChainBatch(trx, readSeq(lastInBatch), batchSize) : Promise.resolve([]);
        for (const packed of rows) {
          const seq = readSeq(packed);
          if (fileFailure && seq >= fileFailure.seq) return done(fileFailure);
          let anomaly: Anomaly | undefined;
          if (seq !== expected) {
            anomaly =
              expected > head.seq
                ? { kind: 'inserted', seq: expected, message: `entries from ${expected} were inserted: the sequencer's head ends at ${head.seq}` }
                : { kind: 'deleted', seq: expected, message: `entry ${expected} was deleted (the next entry is ${seq})` };
          } else if (
            packed.compare(prev, 0, HASH_BYTES, PACKED.prevHash, PACKED.hash) !== 0 ||
            chain(prev, packed.subarray(PACKED.digest, PACKED.length)).compare(packed, PACKED.hash, PACKED.digest) !== 0
          ) {
            await batch.catch(() => undefined);
            anomaly = await classifyAnomaly(trx, { seq: expected, prev, headSeq: head.seq });
          } else if (seq > head.seq) {
            anomaly = { kind: 'inserted', seq, message: `entry ${seq} was inserted after the sequencer's head (${head.seq}), with a valid-looking hash` };
          }
          if (anomaly) {
            await batch.catch(() => undefined);
            return done(anomaly);
          }
          const hash = packed.subarray(PACKED.hash, PACKED.digest);
          prev = hash;
          expected++;
          result.entriesChecked++;
          leaves.push(hash);
          if (nextDb?.to === seq || fileCheckpoint()?.to === seq) {
            const bad = await closeCheckpoint(seq, hash);
            if (bad) {
              await batch.catch(() => undefined);
              return done(bad);
            }
          }
        }
      }

      const lastSeq = expected - 1;
      result.lastSeq = lastSeq;
      result.sealedThrough = sealedThrough;
      if (fileFailure) return done(fileFailure);
      for (const [where, cp] of [
        ['database', nextDb],
        ['checkpoint file', fileCheckpoint()],
      ] as const) {
        if (!cp) continue;
        const key = keys.get(cp.keyId);
        if (!key || !checkpointSignatureValid(key, cp)) return fail('bad_signature', cp.from + 1, `the ${where} holds a checkpoint over ${cp.from + 1}..${cp.to} with an invalid signature`);
        return fail('truncated', lastSeq + 1, `entries from ${lastSeq + 1} on were removed: the log ends at ${lastSeq} but a signed checkpoint in the ${where} covers entries up to ${cp.to}`);
      }
      if (head.seq > lastSeq) return fail('truncated', lastSeq + 1, `entries from ${lastSeq + 1} on were removed: the log ends at ${lastSeq} but the sequencer's head records ${head.seq}`);
      if (lastSeq > 0 && !head.hash.equals(prev)) return fail('edited', lastSeq, `entry ${lastSeq} differs from the hash the sequencer's head records`);
      if (head.checkpointSeq > sealedThrough) {
        return fail('checkpoint_mismatch', sealedThrough + 1, `the sequencer's head records a checkpoint through ${head.checkpointSeq} but checkpoints end at ${sealedThrough}`);
      }
      return done();
    });
}

/** seq from the first 8 bytes of a packed row (well below 2^53). */
function readSeq(packed: Buffer): number {
  return packed.readUInt32BE(0) * 0x1_0000_0000 + packed.readUInt32BE(4);
}

/** Database checkpoints in seq order, fetched in pages. */
function streamDbCheckpoints(db: Db): { next(): Promise<SignedCheckpoint | undefined> } {
  let page: SignedCheckpoint[] = [];
  let index = 0;
  let after = 0;
  let exhausted = false;
  return {
    async next() {
      if (index >= page.length && !exhausted) {
        page = await listCheckpointsAfter(db, after, 1000);
        index = 0;
        exhausted = page.length < 1000;
      }
      const cp = page[index++];
      if (cp) after = cp.to;
      return cp;
    },
  };
}

type FileItem = { checkpoint: SignedCheckpoint } | { error: string; seq: number };

/** File checkpoints in order; a missing file reads as empty, damage as an error item. */
function streamFileCheckpoints(file: string): { next(): Promise<FileItem | undefined>; close(): Promise<void> } {
  const lines = readCheckpointFile(file);
  let lastTo = 0;
  let finished = false;
  return {
    async next() {
      if (finished) return undefined;
      let item: IteratorResult<FileCheckpoint>;
      try {
        item = await lines.next();
      } catch (error) {
        finished = true;
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      if (item.done) {
        finished = true;
        return undefined;
      }
      if ('error' in item.value) {
        finished = true;
        return { error: item.value.error, seq: lastTo + 1 };
      }
      lastTo = item.value.checkpoint.to;
      return { checkpoint: item.value.checkpoint };
    },
    /** Releases the file when verification stops before its end. */
    async close() {
      finished = true;
      await lines.return(undefined).catch(() => undefined);
    },
  };
}
