// When a break-glass or audit-review grant counts. Shared by the policy and the grant rules.
import type { AccessGrant, Actor } from './access.types';

/**
 * True while a grant is in force: granted, not yet expired, not revoked.
 *
 * @example
 *   grantIsActive(grant, clock.now());
 */
export function grantIsActive(grant: AccessGrant, now: Date): boolean {
  const t = now.getTime();
  return grant.revokedAt === null && grant.grantedAt.getTime() <= t && t < grant.expiresAt.getTime();
}

/**
 * The actor's grants of a kind for one patient: the one in force (if any), and whether a matching
 * grant existed but lapsed (so the decision can say "expired" rather than "none").
 * A grant only counts for the user and organization it was issued to.
 *
 * @example
 *   const { active } = findGrant(actor, 'break_glass', patientId, now);
 */
export function findGrant(
  actor: Actor,
  kind: AccessGrant['kind'],
  patientId: string,
  now: Date,
): { active: AccessGrant | undefined; lapsed: boolean } {
  const matching = (actor.grants ?? []).filter(
    (g) =>
      g.kind === kind &&
      g.patientId === patientId &&
      g.userId === actor.userId &&
      g.organizationId === actor.organizationId,
  );
  const active = matching.find((g) => grantIsActive(g, now));
  return { active, lapsed: !active && matching.length > 0 };
}
