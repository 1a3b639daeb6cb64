// The canonical bytes of an audit entry: what its digest (and so the chain) commits to.
//
// PostgreSQL computes them (audit.repo.ts, canonicalBytesSql) both when the sequencer chains an
// entry and when verifyAudit re-checks it, so the two can never disagree about formatting and
// verification never has to ship every column to Node. This file is the same encoding in
// TypeScript: the specification a third party can re-implement, pinned to the SQL by a test.
//
//   "CAE1"                              4 bytes, format tag and version
//   seq                                 int8, big-endian
//   id, organization_id                 16 bytes each (uuid)
//   at                                  int8 microseconds since 2000-01-01T00:00:00Z
//   each of ENTRY_TEXT_COLUMNS          int4 byte length + UTF-8 bytes, or int4 -1 for null
//   details                             int4 byte length + bytes, or int4 -1 for null
//
// Length prefixes make the encoding injective: no edit can move bytes from one field to another
// and keep the same bytes.
import { createHash } from 'node:crypto';

export const CANONICAL_TAG = Buffer.from('CAE1', 'ascii');

/** Text columns in canonical order. Never reorder or remove; a new column means a new tag. */
export const ENTRY_TEXT_COLUMNS = [
  'actor_id',
  'actor_role',
  'action',
  'resource_type',
  'resource_id',
  'subject_id',
  'purpose',
  'outcome',
  'reason',
  'request_id',
  'client_ip',
] as const;

export type EntryTextColumn = (typeof ENTRY_TEXT_COLUMNS)[number];

export interface CanonicalEntry extends Record<EntryTextColumn, string | null> {
  seq: number;
  id: string;
  organization_id: string;
  /** Microseconds since the Unix epoch (a Date has only milliseconds; the database keeps microseconds). */
  atMicros: bigint;
  details: Uint8Array | null;
}

const POSTGRES_EPOCH_MICROS = 946_684_800_000_000n;

/**
 * Encodes an entry exactly as PostgreSQL does in canonicalBytesSql.
 *
 * @example
 *   const digest = canonicalDigest({ seq: 1, id, organization_id, atMicros: BigInt(at.getTime()) * 1000n, ... });
 */
export function canonicalEntryBytes(entry: CanonicalEntry): Buffer {
  const parts: Buffer[] = [CANONICAL_TAG];
  const int8 = Buffer.alloc(8);
  int8.writeBigInt64BE(BigInt(entry.seq));
  parts.push(int8, uuidBytes(entry.id), uuidBytes(entry.organization_id));
  const at = Buffer.alloc(8);
  at.writeBigInt64BE(entry.atMicros - POSTGRES_EPOCH_MICROS);
  parts.push(at);
  for (const column of ENTRY_TEXT_COLUMNS) {
    const value = entry[column];
    parts.push(lengthPrefixed(value === null ? null : Buffer.from(value, 'utf8')));
  }
  parts.push(lengthPrefixed(entry.details === null ? null : Buffer.from(entry.details)));
  return Buffer.concat(parts);
}

/** SHA-256 of the canonical bytes: the digest the chain hash takes. */
export function canonicalDigest(entry: CanonicalEntry): Buffer {
  return createHash('sha256').update(canonicalEntryBytes(entry)).digest();
}

function lengthPrefixed(value: Buffer | null): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(value === null ? -1 : value.length);
  return value === null ? length : Buffer.concat([length, value]);
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error('not a uuid');
  return Buffer.from(hex, 'hex');
}
