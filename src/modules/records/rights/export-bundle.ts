// Pure: the right-of-access export as one FHIR R4 Bundle of type "collection" (every entry with
// a urn:uuid fullUrl, so the bundle stands on its own and can be imported elsewhere).
import type { TFhirResource } from '../records.types';

export interface TExportBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  total: number;
  entry: Array<{ fullUrl: string; resource: TFhirResource }>;
}

/**
 * @example
 *   const bundle = toExportBundle(resources, clock.now());
 */
export function toExportBundle(resources: readonly TFhirResource[], at: Date): TExportBundle {
  // The Patient first, then by type and id, so two exports of the same chart are identical.
  const ordered = [...resources].sort((a, b) => rank(a) - rank(b) || a.resourceType.localeCompare(b.resourceType) || a.id.localeCompare(b.id));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: at.toISOString(),
    total: ordered.length,
    entry: ordered.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

const rank = (r: TFhirResource) => (r.resourceType === 'Patient' ? 0 : 1);
