import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { findOrganizationBySlug, insertOrganizationIfAbsent, type TOrganization } from './organizations.repo';

export const DEFAULT_ORGANIZATION_SLUG = 'default';

/**
 * Every PHI and audit row belongs to an organization (tenant). The first start creates one so a
 * single clinic never has to think about tenants; `created` tells the caller to explain next steps.
 *
 * @example
 *   const { organization, created } = await ensureDefaultOrganization(db);
 */
export async function ensureDefaultOrganization(db: Db): Promise<{ organization: TOrganization; created: boolean }> {
  const existing = await findOrganizationBySlug(db, DEFAULT_ORGANIZATION_SLUG);
  if (existing) return { organization: existing, created: false };
  const created = await insertOrganizationIfAbsent(db, { id: randomUUID(), slug: DEFAULT_ORGANIZATION_SLUG, name: 'Default organization' });
  const organization = await findOrganizationBySlug(db, DEFAULT_ORGANIZATION_SLUG);
  if (!organization) throw new Error('default organization vanished after insert');
  return { organization, created };
}
