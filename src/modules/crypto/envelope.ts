// The field-ciphertext envelope: pure code, no I/O. Layout (big-endian):
//
//   offset  size  field
//   0       1     format version (1)
//   1       1     key kind (1 = organization key, 2 = subject key)
//   2       4     key version (uint32)
//   6       32    key commitment: HKDF(data key, "commit"), checked before decrypting
//   38      12    random nonce
//   50      n     AES-256-GCM ciphertext
//   50+n    16    GCM tag
//
// AAD = bytes 0..37 || length-prefixed (organization, table, column, row id), so a blob moved to
// another row, column, table or organization fails authentication. The commitment makes the
// envelope open under one key only (GCM alone is not key-committing).
import { createCipheriv, createDecipheriv, hkdfSync, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import { AppError } from '../../core/errors';
import type { FieldBinding } from './crypto.types';

export const ENVELOPE_FORMAT = 1;
export const KEY_KIND = { organization: 1, subject: 2 } as const;
export type KeyKind = keyof typeof KEY_KIND;

const COMMITMENT_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/** Bytes 0..37: format, kind, version, commitment. The AAD starts with them. */
export const KEY_ID_BYTES = 6;
const COMMITTED_HEADER_BYTES = KEY_ID_BYTES + COMMITMENT_BYTES;
const HEADER_BYTES = COMMITTED_HEADER_BYTES + NONCE_BYTES;
export const ENVELOPE_OVERHEAD = HEADER_BYTES + TAG_BYTES;

const HKDF_SALT = Buffer.from('custos/field-envelope/v1');
const INFO_ENC = Buffer.from('enc');
const INFO_COMMIT = Buffer.from('commit');

/**
 * Encryption key and commitment derived once from a 32-byte data key. Printing or serializing it
 * shows nothing, so a stray log line cannot leak it.
 */
export interface FieldKey {
  readonly encKey: Buffer;
  readonly commitment: Buffer;
}

/**
 * Derives the field key (HKDF-SHA256) from a data key. Do it once per key and cache the result:
 * HKDF on every record would cost more than the AES work.
 *
 * @example
 *   const fieldKey = deriveFieldKey(randomBytes(32));
 */
export function deriveFieldKey(dataKey: Buffer): FieldKey {
  if (dataKey.length !== 32) throw new AppError('internal', 'data keys are 32 bytes');
  const encKey = Buffer.from(hkdfSync('sha256', dataKey, HKDF_SALT, INFO_ENC, 32));
  const commitment = Buffer.from(hkdfSync('sha256', dataKey, HKDF_SALT, INFO_COMMIT, COMMITMENT_BYTES));
  const hidden = (): string => '[FieldKey]';
  return Object.freeze({
    encKey,
    commitment,
    toJSON: hidden,
    toString: hidden,
    [inspect.custom]: hidden,
  });
}

/** A short, PHI-free description of where a blob lives, for error messages. */
export function describeBinding(b: FieldBinding): string {
  return `${b.table}.${b.column} row ${b.rowId} (organization ${b.organizationId})`;
}

/**
 * Writes the AAD into `scratch` when it fits (the caller owns it; setAAD copies, so it can be
 * reused at once), else into a new buffer. ASCII parts (UUIDs, table and column names) are copied
 * in JavaScript: a native call per part cost a fifth of the AES work on 1 KiB records.
 */
function bindingAad(header: Buffer, b: FieldBinding, scratch: Buffer | undefined): Buffer {
  const o = b.organizationId;
  const t = b.table;
  const c = b.column;
  const r = b.rowId;
  const max = COMMITTED_HEADER_BYTES + 16 + 3 * (o.length + t.length + c.length + r.length);
  const aad = scratch && scratch.length >= max ? scratch : Buffer.allocUnsafe(max);
  header.copy(aad, 0, 0, COMMITTED_HEADER_BYTES);
  let offset = COMMITTED_HEADER_BYTES;
  offset = writePart(aad, offset, o);
  offset = writePart(aad, offset, t);
  offset = writePart(aad, offset, c);
  offset = writePart(aad, offset, r);
  return aad.subarray(0, offset);
}

/** uint32 byte length, then the UTF-8 bytes: length prefixes keep ("ab","c") and ("a","bc") apart. */
function writePart(aad: Buffer, offset: number, part: string): number {
  const start = offset + 4;
  let end = start;
  for (let i = 0; i < part.length; i++) {
    const ch = part.charCodeAt(i);
    if (ch > 0x7f) {
      end = start + aad.write(part, start, 'utf8');
      break;
    }
    aad[end++] = ch;
  }
  aad.writeUInt32BE(end - start, offset);
  return end;
}

export interface SealOptions {
  key: FieldKey;
  kind: KeyKind;
  version: number;
  binding: FieldBinding;
  plaintext: Buffer;
  /** 12 fresh random bytes. */
  nonce: Buffer;
  /** A reusable buffer for the AAD (optional; saves an allocation per call). */
  scratch?: Buffer;
}

/**
 * Encrypts one field into an envelope.
 *
 * @example
 *   const blob = sealEnvelope({ key, kind: 'subject', version: 1, binding, plaintext, nonce: randomBytes(12) });
 */
export function sealEnvelope(o: SealOptions): Buffer {
  const out = Buffer.allocUnsafe(HEADER_BYTES + o.plaintext.length + TAG_BYTES);
  out[0] = ENVELOPE_FORMAT;
  out[1] = KEY_KIND[o.kind];
  out.writeUInt32BE(o.version, 2);
  o.key.commitment.copy(out, KEY_ID_BYTES);
  o.nonce.copy(out, COMMITTED_HEADER_BYTES, 0, NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', o.key.encKey, o.nonce);
  cipher.setAAD(bindingAad(out, o.binding, o.scratch));
  let offset = HEADER_BYTES + cipher.update(o.plaintext).copy(out, HEADER_BYTES);
  offset += cipher.final().copy(out, offset);
  cipher.getAuthTag().copy(out, offset);
  return out;
}

export interface EnvelopeKeyId {
  kind: KeyKind;
  version: number;
}

/**
 * Reads which key an envelope needs. Throws AppError('decryption_failed') for anything that is
 * not an envelope of a known format.
 *
 * @example
 *   const { kind, version } = readKeyId(blob, binding);
 */
export function readKeyId(envelope: Uint8Array, binding: FieldBinding): EnvelopeKeyId {
  if (envelope.length < ENVELOPE_OVERHEAD) throw failure(binding, 'too short to be an envelope');
  if (envelope[0] !== ENVELOPE_FORMAT) throw failure(binding, `unknown envelope format ${envelope[0]}`);
  const kind = envelope[1] === KEY_KIND.organization ? 'organization' : envelope[1] === KEY_KIND.subject ? 'subject' : undefined;
  if (!kind) throw failure(binding, `unknown key kind ${envelope[1]}`);
  const version = Buffer.from(envelope.buffer, envelope.byteOffset, envelope.byteLength).readUInt32BE(2);
  return { kind, version };
}

/**
 * Checks the key commitment (constant time), then authenticates and decrypts.
 *
 * @example
 *   const plaintext = openEnvelope({ key, binding, envelope: blob });
 */
export function openEnvelope(o: { key: FieldKey; binding: FieldBinding; envelope: Buffer; scratch?: Buffer }): Buffer {
  const env = o.envelope;
  if (env.length < ENVELOPE_OVERHEAD) throw failure(o.binding, 'too short to be an envelope');
  if (!timingSafeEqual(env.subarray(KEY_ID_BYTES, COMMITTED_HEADER_BYTES), o.key.commitment)) {
    throw failure(o.binding, 'key commitment mismatch (the blob was encrypted under another key, or altered)');
  }
  const decipher = createDecipheriv('aes-256-gcm', o.key.encKey, env.subarray(COMMITTED_HEADER_BYTES, HEADER_BYTES));
  decipher.setAAD(bindingAad(env, o.binding, o.scratch));
  decipher.setAuthTag(env.subarray(env.length - TAG_BYTES));
  const body = env.subarray(HEADER_BYTES, env.length - TAG_BYTES);
  try {
    const first = decipher.update(body);
    const last = decipher.final();
    return last.length === 0 ? first : Buffer.concat([first, last]);
  } catch {
    throw failure(o.binding, 'authentication failed (altered, or copied from another row, column or organization)');
  }
}

function failure(binding: FieldBinding, what: string): AppError {
  return new AppError('decryption_failed', `Cannot decrypt ${describeBinding(binding)}: ${what}`, {
    table: binding.table,
    column: binding.column,
    rowId: binding.rowId,
  });
}

/** The envelope prefix (format + kind) the rotation sweep matches in SQL. */
export function keyIdPrefix(kind: KeyKind): Buffer {
  return Buffer.from([ENVELOPE_FORMAT, KEY_KIND[kind]]);
}

/** Big-endian uint32: byte order equals numeric order, so SQL can compare versions as bytea. */
export function versionBytes(version: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(version);
  return b;
}
