// Builders shared by the crypto module's integration tests (not loaded by production code).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import { createSoftHsmToken } from '../../../test/helpers/softhsm';
import type { KeyProvider } from './crypto.types';
import { createLocalKeyProvider } from './local-key-provider';
import { createPkcs11KeyProvider } from './pkcs11-key-provider';

export interface ProviderSetup {
  name: 'local' | 'pkcs11';
  provider: KeyProvider;
  dir: string;
  shredListFile: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh key provider of the given kind in a temp folder, plus a shred list path there.
 *
 * @example
 *   const setup = await createProviderSetup('pkcs11');
 *   after(() => setup.cleanup());
 */
export async function createProviderSetup(name: 'local' | 'pkcs11'): Promise<ProviderSetup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-crypto-test-'));
  const shredListFile = path.join(dir, 'shred-list.jsonl');
  if (name === 'local') {
    const provider = await createLocalKeyProvider({ keyFile: path.join(dir, 'custos-kek.json') });
    return { name, provider, dir, shredListFile, cleanup: async () => void (await provider.close(), fs.rmSync(dir, { recursive: true, force: true })) };
  }
  const token = createSoftHsmToken();
  const provider = await createPkcs11KeyProvider(token);
  return {
    name,
    provider,
    dir,
    shredListFile,
    cleanup: async () => {
      await provider.close();
      token.cleanup();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts an organization (tenant) row with a synthetic name; returns its id. */
export async function insertOrganization(db: Db): Promise<string> {
  const id = randomUUID();
  await db.insertInto('organizations').values({ id, slug: `org-${id}`, name: faker.company.name() }).execute();
  return id;
}

/** A table of organization-level ciphertext with a numeric id, like the audit log's details. */
export async function createNotesTable(db: Db, table = 'crypto_test_notes'): Promise<void> {
  await sql`create table ${sql.table(table)} (id bigserial primary key, organization_id uuid not null, body_ct bytea)`.execute(db);
}

export const failsWith = (code: string, pattern?: RegExp) => (error: unknown) => {
  assert.ok(isAppError(error), `expected an AppError, got ${String(error)}`);
  assert.equal(error.code, code, error.message);
  if (pattern) assert.match(error.message, pattern);
  return true;
};
