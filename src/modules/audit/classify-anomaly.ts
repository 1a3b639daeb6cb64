// Explains the first entry that breaks the chain: edited, deleted, reordered or inserted, and the
// sequence number where it happened. Runs only on failure, so it may afford a few extra queries.
import { asBuffer, type Db } from '../../db/client';
import { createChainHasher } from './audit-hash';
import { findSeqByHash, selectChainRowAs } from './audit.repo';
import type { TamperKind } from './audit.types';

export interface Anomaly {
  kind: TamperKind;
  seq: number;
  message: string;
}

/** How far a renumbered entry may have moved down before we stop looking for its old position. */
const RENUMBER_SEARCH = 64;

/**
 * Classifies a chain break at `seq`: the row stored there does not hash (or link) correctly
 * after `prev`, the hash of the row at seq - 1. Each row stores prev_hash, the hash its
 * predecessor had when it was sequenced, which is what lets us tell the cases apart:
 *
 * - the next row is the genuine entry for `seq` (links to `prev`, hashes at `seq`): inserted,
 *   or swapped with its neighbour if this row names the next one as its predecessor;
 * - the row still names `prev` as predecessor but hashes differently: edited;
 * - the predecessor it names sits elsewhere: reordered (later) or rows inserted (earlier);
 * - the predecessor it names is gone: the row before was replaced (this row is intact) or rows
 *   were deleted and the rest renumbered (this row hashes at a higher seq).
 *
 * @example
 *   const anomaly = await classifyAnomaly(trx, { seq: 42, prev: hashOf41, headSeq: 100 });
 */
export async function classifyAnomaly(trx: Db, p: { seq: number; prev: Buffer; headSeq: number }): Promise<Anomaly> {
  const { seq, prev } = p;
  if (seq > p.headSeq) {
    return { kind: 'inserted', seq, message: `entry ${seq} was inserted: the sequencer's head ends at ${p.headSeq}` };
  }
  const chain = createChainHasher();
  const row = await selectChainRowAs(trx, seq, seq);
  if (!row) return { kind: 'deleted', seq, message: `entry ${seq} is missing` };
  const rowPrev = asBuffer(row.prev_hash);
  const rowHash = asBuffer(row.hash);

  const next = await selectChainRowAs(trx, seq + 1, seq);
  if (next && asBuffer(next.prev_hash).equals(prev) && chain(prev, next.digest).equals(asBuffer(next.hash))) {
    // The genuine entry for `seq` sits one further on. If this row is its genuine successor, the
    // two were swapped; otherwise this row was pushed in front of it.
    if (rowPrev.equals(asBuffer(next.hash))) {
      return { kind: 'reordered', seq, message: `entries ${seq} and ${seq + 1} were swapped` };
    }
    return { kind: 'inserted', seq, message: `entry ${seq} was inserted: the genuine entry ${seq} now sits at ${seq + 1}` };
  }
  if (rowPrev.equals(prev)) {
    return { kind: 'edited', seq, message: `entry ${seq} was edited: its content no longer matches its hash` };
  }

  const predecessorAt = await findSeqByHash(trx, rowPrev);
  if (predecessorAt !== undefined) {
    if (predecessorAt < seq - 1) {
      return { kind: 'inserted', seq: predecessorAt + 1, message: `entries were inserted at ${predecessorAt + 1}: the entry now at ${seq} directly follows ${predecessorAt}` };
    }
    return { kind: 'reordered', seq, message: `entry ${seq} was reordered: it belongs after the entry now at ${predecessorAt}` };
  }

  if (chain(rowPrev, row.digest).equals(rowHash)) {
    return { kind: 'edited', seq: seq - 1, message: `entry ${seq - 1} was replaced: entry ${seq} is intact but chained to a different predecessor` };
  }
  for (let t = seq + 1; t <= seq + RENUMBER_SEARCH; t++) {
    const asT = await selectChainRowAs(trx, seq, t);
    if (asT && chain(rowPrev, asT.digest).equals(rowHash)) {
      return { kind: 'deleted', seq, message: `${t - seq} entr${t - seq === 1 ? 'y was' : 'ies were'} deleted at ${seq} and later entries renumbered (the entry now at ${seq} was ${t})` };
    }
  }
  return { kind: 'edited', seq, message: `entry ${seq} matches neither its hash nor its predecessor (edited or forged)` };
}
