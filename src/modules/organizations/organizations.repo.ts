import type { Db } from '../../db/client';

export interface TOrganization {
  id: string;
  slug: string;
  name: string;
}

/** Inserts unless the slug exists already; safe when several instances start at once. True if inserted. */
export async function insertOrganizationIfAbsent(db: Db, org: TOrganization): Promise<boolean> {
  const row = await db.insertInto('organizations').values(org).onConflict((oc) => oc.column('slug').doNothing()).returning('id').executeTakeFirst();
  return row !== undefined;
}

export async function findOrganizationBySlug(db: Db, slug: string): Promise<TOrganization | undefined> {
  return db.selectFrom('organizations').select(['id', 'slug', 'name']).where('slug', '=', slug).executeTakeFirst();
}

export async function listOrganizations(db: Db): Promise<TOrganization[]> {
  return db.selectFrom('organizations').select(['id', 'slug', 'name']).orderBy('created_at').execute();
}
