// The contract of the crypto module: what other modules may call. Implementations live beside it.
import type { Db } from '../../db/client';

/** Where a ciphertext lives. Bound into the AAD, so a blob copied elsewhere fails to decrypt. */
export interface FieldBinding {
  organizationId: string;
  table: string;
  column: string;
  rowId: string;
}

/**
 * The key-encryption key holder: a local key file, a PKCS#11 token, later a cloud KMS. It never
 * hands out the KEK itself, only wraps and unwraps 32-byte keys under a KEK version.
 */
export interface KeyProvider {
  readonly kind: 'local' | 'pkcs11';
  /** Versions the provider holds, ascending. */
  listKekVersions(): Promise<number[]>;
  currentKekVersion(): Promise<number>;
  /** Creates KEK version n+1 and makes it current. */
  createKekVersion(): Promise<number>;
  wrapKey(kekVersion: number, key: Buffer): Promise<Buffer>;
  unwrapKey(kekVersion: number, wrapped: Buffer): Promise<Buffer>;
  close(): Promise<void>;
}

/** Small installation-wide secrets (e.g. the audit signing key) stored wrapped by the KEK. */
export interface SecretStore {
  getSecret(db: Db, name: string): Promise<Buffer | undefined>;
  /** Stores once; if the name exists already, returns the stored value instead (race-safe). */
  putSecret(db: Db, name: string, value: Buffer): Promise<Buffer>;
}

/** Where a subject's (patient's or user's) ciphertext lives, and whose data key encrypts it. */
export interface SubjectBinding extends FieldBinding {
  subjectId: string;
}

/** Wall-clock milliseconds; injected so tests control cache expiry and rotation grace periods. */
export interface Clock {
  now(): number;
}

/**
 * A column holding organization-level envelopes (encryptForOrganization). Modules register theirs
 * so the rotation sweep can re-encrypt them under the new organization-key version.
 */
export interface EncryptedColumn {
  table: string;
  /** A unique column (usually the primary key) whose text form is the rowId bound into the AAD. */
  idColumn: string;
  column: string;
  organizationColumn: string;
  /**
   * Rows never change (the hash-chained audit log): the sweep leaves them alone and the
   * organization-key versions they use are kept, rewrapped under the new KEK, instead of retired.
   */
  immutable?: boolean;
}

/** How a value is normalized before its blind index is computed (see blind-index.ts). */
export type BlindIndexNormalization = 'text' | 'email' | 'digits' | 'exact';
