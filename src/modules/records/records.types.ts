// The records module's vocabulary: categories, identifier kinds, what a stored record looks like
// once decrypted, and the small zod schemas for FHIR input.
import { z } from 'zod';
import { PURPOSES, RESOURCE_TYPES, type Purpose, type ResourceType } from '../access/access.types';

/** Wearable and home-device data can be kept apart from clinical data (policies and UI treat it differently). */
export const RECORD_CATEGORIES = ['clinical', 'healthcare_adjacent'] as const;
export type TRecordCategory = (typeof RECORD_CATEGORIES)[number];

/** Identifiers that get a blind index for equality lookups. */
export const IDENTIFIER_KINDS = ['mrn', 'ssn', 'email', 'member_id'] as const;
export type TIdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** The meta.tag that marks a resource as healthcare-adjacent (wearables, home devices). */
export const CATEGORY_TAG_SYSTEM = 'https://custos.dev/fhir/record-category';

/**
 * A FHIR resource as a caller sends it: the type, an optional id and meta, and whatever else FHIR
 * allows (kept as is; the resource is stored whole and encrypted). Small on purpose: this checks
 * what the door relies on, not the whole of FHIR R4.
 */
export const ZFhirResourceInput = z.looseObject({
  resourceType: z.enum(RESOURCE_TYPES),
  id: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/, 'a FHIR id').optional(),
  meta: z
    .looseObject({
      versionId: z.string().max(64).optional(),
      tag: z.array(z.looseObject({ system: z.string().optional(), code: z.string().optional() })).optional(),
    })
    .optional(),
});
export type TFhirResourceInput = z.infer<typeof ZFhirResourceInput>;

/** What the door hands back: the resource with our id and meta filled in. */
export const ZFhirResource = z.looseObject({
  resourceType: z.enum(RESOURCE_TYPES),
  id: z.string(),
  meta: z.looseObject({ versionId: z.string(), lastUpdated: z.string() }),
});
export type TFhirResource = z.infer<typeof ZFhirResource>;

export interface TStoredRecord {
  id: string;
  organizationId: string;
  patientId: string;
  resourceType: ResourceType;
  category: TRecordCategory;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  createdBy: string;
  resource: TFhirResource;
}

export const ZPurpose = z.enum(PURPOSES);
export type { Purpose, ResourceType };
