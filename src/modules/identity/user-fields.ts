// How a user's personal fields are encrypted: one place, so registration, sign-in and the admin
// pages agree on bindings and blind-index scopes.
import type { Db } from '../../db/client';
import type { CryptoService } from '../crypto/crypto.service';
import type { TUserRow } from './users.repo';

/** Blind-index scope of users.email_bidx; emails are matched case-insensitively (normalization 'email'). */
export const EMAIL_INDEX_SCOPE = 'users.email';

export function emailBlindIndex(crypto: CryptoService, db: Db, organizationId: string, email: string): Promise<Buffer> {
  return crypto.blindIndex(db, { organizationId, scope: EMAIL_INDEX_SCOPE, value: email, normalization: 'email' });
}

export function encryptEmail(crypto: CryptoService, db: Db, organizationId: string, userId: string, email: string): Promise<Buffer> {
  return crypto.encryptForOrganization(db, { organizationId, table: 'users', column: 'email_ct', rowId: userId }, Buffer.from(email, 'utf8'));
}

export async function decryptEmail(crypto: CryptoService, db: Db, user: Pick<TUserRow, 'organization_id' | 'id' | 'email_ct'>): Promise<string> {
  const plain = await crypto.decryptForOrganization(db, { organizationId: user.organization_id, table: 'users', column: 'email_ct', rowId: user.id }, user.email_ct);
  return plain.toString('utf8');
}

/** The crypto subject of a user's own fields: the patient for patients (shredded with their records), else the user. */
export function userSubjectId(user: Pick<TUserRow, 'id' | 'patient_id'>): string {
  return user.patient_id ?? user.id;
}

export interface TUserProfile {
  name: string | null;
  dateOfBirth: string | null;
}

export async function encryptProfile(
  crypto: CryptoService,
  db: Db,
  user: Pick<TUserRow, 'organization_id' | 'id' | 'patient_id'>,
  profile: TUserProfile,
): Promise<{ name_ct: Buffer | null; date_of_birth_ct: Buffer | null }> {
  const fields = await crypto.encryptFieldsForSubject(
    db,
    { organizationId: user.organization_id, subjectId: userSubjectId(user), table: 'users', rowId: user.id },
    { name_ct: profile.name === null ? null : Buffer.from(profile.name, 'utf8'), date_of_birth_ct: profile.dateOfBirth === null ? null : Buffer.from(profile.dateOfBirth, 'utf8') },
  );
  return fields;
}

export async function decryptProfile(crypto: CryptoService, db: Db, user: Pick<TUserRow, 'organization_id' | 'id' | 'patient_id' | 'name_ct' | 'date_of_birth_ct'>): Promise<TUserProfile> {
  const fields = await crypto.decryptFieldsForSubject(
    db,
    { organizationId: user.organization_id, subjectId: userSubjectId(user), table: 'users', rowId: user.id },
    { name_ct: user.name_ct, date_of_birth_ct: user.date_of_birth_ct },
  );
  return { name: fields.name_ct?.toString('utf8') ?? null, dateOfBirth: fields.date_of_birth_ct?.toString('utf8') ?? null };
}
