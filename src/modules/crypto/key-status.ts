// What `custos keys status` shows: versions and counts only, never key material.
import type { Db } from '../../db/client';
import * as repo from './crypto.repo';
import type { KeyProvider } from './crypto.types';

export interface TKeyStatus {
  provider: KeyProvider['kind'];
  kekVersions: number[];
  currentKekVersion: number;
  organizations: {
    organizationId: string;
    currentKeyVersion: number;
    minKeyVersion: number;
    keys: { purpose: 'data' | 'blind_index'; version: number; kekVersion: number }[];
    subjectKeysByOrgVersion: Record<number, number>;
  }[];
  secretsByKekVersion: Record<number, number>;
  shreddedSubjects: number;
  lastRotation: { id: number; kekVersion: number; status: 'sweeping' | 'done'; startedAt: string; finishedAt: string | null } | undefined;
}

/**
 * Gathers the state of the key hierarchy for operators.
 *
 * @example
 *   const status = await readKeyStatus(db, provider);
 */
export async function readKeyStatus(db: Db, provider: KeyProvider): Promise<TKeyStatus> {
  const [kekVersions, currentKekVersion, states, keys, subjects, secrets, shreddedSubjects, last] = await Promise.all([
    provider.listKekVersions(),
    provider.currentKekVersion(),
    repo.listOrganizationStates(db),
    repo.listOrganizationKeys(db),
    repo.countSubjectKeysByOrgVersion(db),
    repo.listSecretWraps(db),
    repo.countShreddedSubjects(db),
    repo.findLastRotation(db),
  ]);
  const secretsByKekVersion: Record<number, number> = {};
  for (const s of secrets) secretsByKekVersion[s.kekVersion] = (secretsByKekVersion[s.kekVersion] ?? 0) + 1;
  return {
    provider: provider.kind,
    kekVersions,
    currentKekVersion,
    organizations: states.map((st) => ({
      organizationId: st.organization_id,
      currentKeyVersion: st.current_key_version,
      minKeyVersion: st.min_key_version,
      keys: keys.filter((k) => k.organizationId === st.organization_id).map((k) => ({ purpose: k.purpose, version: k.version, kekVersion: k.kekVersion })),
      subjectKeysByOrgVersion: Object.fromEntries(subjects.filter((s) => s.organizationId === st.organization_id).map((s) => [s.orgKeyVersion, s.count])),
    })),
    secretsByKekVersion,
    shreddedSubjects,
    lastRotation: last && {
      id: last.id,
      kekVersion: last.kek_version,
      status: last.status,
      startedAt: new Date(last.started_at).toISOString(),
      finishedAt: last.finished_at ? new Date(last.finished_at).toISOString() : null,
    },
  };
}
