// The only SQL over the sharing module's table. Every query names the organization.
import { sql, type Insertable, type Selectable } from 'kysely';
import type { Db } from '../../db/client';
import type { ThirdPartiesTable } from './sharing.tables';

export type TThirdPartyRow = Selectable<ThirdPartiesTable>;

export async function listThirdParties(db: Db, organizationId: string, options: { includeArchived: boolean }): Promise<TThirdPartyRow[]> {
  let query = db.selectFrom('third_parties').selectAll().where('organization_id', '=', organizationId);
  if (!options.includeArchived) query = query.where('archived_at', 'is', null);
  return query.orderBy('name').orderBy('id').execute();
}

export async function findThirdParty(db: Db, organizationId: string, id: string): Promise<TThirdPartyRow | undefined> {
  return db.selectFrom('third_parties').selectAll().where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
}

/** An active entry with this name (case-insensitive), other than `exceptId`. */
export async function findActiveByName(db: Db, organizationId: string, name: string, exceptId?: string): Promise<TThirdPartyRow | undefined> {
  let query = db
    .selectFrom('third_parties')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('archived_at', 'is', null)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return query.executeTakeFirst();
}

export async function insertThirdParty(db: Db, row: Insertable<ThirdPartiesTable>): Promise<void> {
  await db.insertInto('third_parties').values(row).execute();
}

export async function updateThirdParty(
  db: Db,
  q: { organizationId: string; id: string },
  change: Pick<Insertable<ThirdPartiesTable>, 'name' | 'kind' | 'agreement' | 'contact_ct' | 'updated_at'>,
): Promise<boolean> {
  const result = await db.updateTable('third_parties').set(change).where('organization_id', '=', q.organizationId).where('id', '=', q.id).where('archived_at', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Archives an active entry; false when it is unknown or archived already. */
export async function archiveThirdParty(db: Db, q: { organizationId: string; id: string; at: Date }): Promise<boolean> {
  const result = await db
    .updateTable('third_parties')
    .set({ archived_at: q.at, updated_at: q.at })
    .where('organization_id', '=', q.organizationId)
    .where('id', '=', q.id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
