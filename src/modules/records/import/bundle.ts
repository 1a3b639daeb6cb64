// Pure: reading a FHIR R4 Bundle for import and planning what each entry becomes. No I/O.
// Messages name the file and the JSON path of a problem, never a value (values may be PHI).
import { z } from 'zod';
import { AppError } from '../../../core/errors';
import { isResourceType, type ResourceType } from '../../access/access.types';
import { PATIENT_REFERENCE_FIELD } from '../fhir-resource';
import { ZFhirResourceInput } from '../records.types';

/** Bundle types we import: Synthea writes transaction bundles; collection and batch hold the same shape. */
export const IMPORTABLE_BUNDLE_TYPES = ['transaction', 'collection', 'batch', 'searchset'] as const;

const ZEntry = z.looseObject({
  fullUrl: z.string().max(4096).optional(),
  resource: z.looseObject({ resourceType: z.string().regex(/^[A-Z][A-Za-z]{0,63}$/), id: z.string().max(256).optional() }).optional(),
  request: z.looseObject({ method: z.enum(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH']), url: z.string().max(4096) }).optional(),
});

export const ZImportBundle = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(IMPORTABLE_BUNDLE_TYPES),
  meta: z.looseObject({ source: z.string().max(256).optional() }).optional(),
  entry: z.array(ZEntry).default([]),
});
export type TImportBundle = z.infer<typeof ZImportBundle>;
type TEntry = z.infer<typeof ZEntry>;

/**
 * Checks that `value` is an importable Bundle. Throws validation_failed naming `label` (a file
 * name or "the request body") and the JSON path, e.g. `entry[3].resource.resourceType`.
 *
 * @example
 *   const bundle = parseImportBundle(JSON.parse(text), 'patient-1.json');
 */
export function parseImportBundle(value: unknown, label: string): TImportBundle {
  const parsed = ZImportBundle.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const where = jsonPath(issue.path);
  const hint = issue.path.length === 1 && issue.path[0] === 'type' ? ` (importable bundle types: ${IMPORTABLE_BUNDLE_TYPES.join(', ')})` : '';
  throw new AppError('validation_failed', `${label}: not an importable FHIR R4 Bundle at ${where}: ${issue.code}${hint}`, {
    fields: parsed.error.issues.slice(0, 20).map((i) => ({ location: 'body', path: jsonPath(i.path), problem: i.code })),
  });
}

/** `entry[3].resource.id` from zod's path; `$` for the root. */
export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`;
  return out || '$';
}

/** Why an entry was not imported. Stable codes, never PHI. */
export const SKIP_REASONS = {
  no_resource: 'The entry holds no resource (e.g. a request without a body).',
  unsupported_method: 'Only create and update entries (POST, PUT) are imported.',
  unsupported_type: 'Custos does not keep this type of resource per patient (e.g. Organization, Practitioner, Provenance).',
  contained_in_records: 'A catalogue entry (Medication): every record that refers to it gets its own copy (a FHIR contained resource) instead.',
  no_id: 'The resource has neither an id nor a fullUrl, so a re-import could not recognize it.',
  invalid_resource: 'The resource is not valid FHIR for this type.',
  duplicate_entry: 'The bundle holds this resource more than once; the first one was used.',
  no_patient: 'The resource does not reference a patient.',
  patient_not_found: 'The patient it references is neither in the bundle nor known to Custos.',
  patient_skipped: 'The patient it belongs to was skipped.',
  patient_deleted: 'The patient was deleted (their data can no longer be written).',
  new_patient_not_permitted: 'Only the operator (custos import) registers new patients; ask an administrator.',
  not_permitted: 'You may not write this type of record for this patient (the refusal is in the audit log).',
} as const;
export type TSkipReason = keyof typeof SKIP_REASONS;

/** Where a non-Patient resource's patient is: a Patient entry of the bundle, or a `Patient/<id>` outside it. */
export type TPatientLink = { kind: 'entry'; index: number } | { kind: 'external'; originalId: string };

export type TEntryPlan =
  | { index: number; kind: 'skip'; resourceType: string; reason: TSkipReason }
  | {
      index: number;
      kind: 'resource';
      resourceType: ResourceType;
      /** The id the source gave it (resource.id, else the fullUrl): the re-import key. */
      originalId: string;
      /** Strings other resources use to reference it (fullUrl, `Type/id`). */
      aliases: string[];
      patient: TPatientLink | null;
    };

/** Types that are not about one patient but that records point at for their meaning (Synthea's MedicationRequest.medicationReference). */
const CONTAINED_TYPES = new Set(['Medication']);

const URN_UUID = /^urn:uuid:([0-9a-fA-F-]{36})$/;
const RELATIVE_PATIENT = /^Patient\/([A-Za-z0-9\-.]{1,64})$/;

/**
 * Classifies every entry: which are resources we keep (with their re-import key and patient) and
 * which are skipped and why. Patient entries come first in the result so their patients exist
 * before anything refers to them; every input entry appears exactly once.
 *
 * @example
 *   const plans = planBundle(bundle); // [{ index: 0, kind: 'resource', resourceType: 'Patient', ... }, ...]
 */
export function planBundle(bundle: TImportBundle): TEntryPlan[] {
  const plans: TEntryPlan[] = [];
  const seen = new Set<string>();
  const aliasToIndex = new Map<string, number>();
  for (const [index, entry] of bundle.entry.entries()) {
    const first = firstPass(index, entry, seen);
    plans.push(first);
    if (first.kind === 'resource') for (const alias of first.aliases) if (!aliasToIndex.has(alias)) aliasToIndex.set(alias, index);
  }
  // Link each resource to its patient now that every alias is known (references may point forward).
  const byIndex = new Map(plans.map((p) => [p.index, p]));
  const linked = plans.map((plan): TEntryPlan => {
    if (plan.kind !== 'resource' || plan.resourceType === 'Patient') return plan;
    const resource = bundle.entry[plan.index]!.resource as Record<string, unknown>;
    const field = PATIENT_REFERENCE_FIELD[plan.resourceType];
    const reference = (resource[field] as { reference?: unknown } | undefined)?.reference;
    if (typeof reference !== 'string') return skip(plan.index, plan.resourceType, 'no_patient');
    const target = aliasToIndex.get(reference);
    const targetPlan = target === undefined ? undefined : byIndex.get(target);
    if (targetPlan?.kind === 'resource' && targetPlan.resourceType === 'Patient') return { ...plan, patient: { kind: 'entry', index: targetPlan.index } };
    const external = RELATIVE_PATIENT.exec(reference);
    if (external && target === undefined) return { ...plan, patient: { kind: 'external', originalId: external[1]! } };
    return skip(plan.index, plan.resourceType, 'patient_not_found');
  });
  return [...linked.filter(isPatientPlan), ...linked.filter((p) => !isPatientPlan(p))];
}

function isPatientPlan(plan: TEntryPlan): boolean {
  return plan.kind === 'resource' && plan.resourceType === 'Patient';
}

function firstPass(index: number, entry: TEntry, seen: Set<string>): TEntryPlan {
  const resource = entry.resource;
  if (!resource) return skip(index, '(none)', 'no_resource');
  const type = resource.resourceType;
  if (entry.request && entry.request.method !== 'POST' && entry.request.method !== 'PUT') return skip(index, type, 'unsupported_method');
  if (CONTAINED_TYPES.has(type)) return skip(index, type, 'contained_in_records');
  if (!isResourceType(type)) return skip(index, type, 'unsupported_type');
  const urn = entry.fullUrl ? URN_UUID.exec(entry.fullUrl)?.[1] : undefined;
  const originalId = resource.id ?? urn ?? entry.fullUrl;
  if (!originalId) return skip(index, type, 'no_id');
  if (!ZFhirResourceInput.safeParse(stripServerFields(resource)).success) return skip(index, type, 'invalid_resource');
  const key = `${type}/${originalId}`;
  if (seen.has(key)) return skip(index, type, 'duplicate_entry');
  seen.add(key);
  const aliases = [key];
  if (entry.fullUrl) aliases.push(entry.fullUrl);
  return { index, kind: 'resource', resourceType: type, originalId, aliases, patient: null };
}

function skip(index: number, resourceType: string, reason: TSkipReason): TEntryPlan {
  return { index, kind: 'skip', resourceType, reason };
}

/** The resource without what the server assigns (id, meta.versionId, meta.lastUpdated). */
export function stripServerFields(resource: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, meta, ...rest } = resource;
  if (meta && typeof meta === 'object' && !Array.isArray(meta)) {
    const { versionId: _v, lastUpdated: _l, ...keep } = meta as Record<string, unknown>;
    return Object.keys(keep).length > 0 ? { ...rest, meta: keep } : rest;
  }
  return rest;
}

/**
 * A copy of `value` with every `reference` string found in `map` replaced (e.g. `urn:uuid:…` to
 * `Encounter/<our id>`); references to things we do not keep (Practitioner, Organization) stay.
 */
export function rewriteReferences(value: unknown, map: ReadonlyMap<string, string>): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteReferences(v, map));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === 'reference' && typeof v === 'string' && map.has(v) ? map.get(v) : rewriteReferences(v, map);
  }
  return out;
}

/**
 * The bundle's catalogue entries (Medication) by every string that may reference them (fullUrl,
 * `Medication/<id>`), without their server fields, ready to be copied into the records that use them.
 */
export function catalogueEntries(bundle: TImportBundle): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const entry of bundle.entry) {
    const resource = entry.resource;
    if (!resource || !CONTAINED_TYPES.has(resource.resourceType)) continue;
    const { id: _id, ...body } = stripServerFields(resource);
    if (entry.fullUrl) out.set(entry.fullUrl, body);
    if (resource.id) out.set(`${resource.resourceType}/${resource.id}`, body);
  }
  return out;
}

/**
 * A copy of `resource` where each reference to a catalogue entry becomes a reference to a
 * contained copy of it (`#medication-1`), so a MedicationRequest keeps the drug it names although
 * Custos stores no Medication on its own. Deterministic: the same input gives the same output.
 *
 * @example
 *   containCatalogueEntries({ resourceType: 'MedicationRequest', medicationReference: { reference: 'urn:uuid:m1' } }, catalogue)
 *   // { resourceType: 'MedicationRequest', contained: [{ resourceType: 'Medication', id: 'medication-1', code: … }], medicationReference: { reference: '#medication-1' } }
 */
export function containCatalogueEntries(resource: Record<string, unknown>, catalogue: ReadonlyMap<string, Record<string, unknown>>): Record<string, unknown> {
  if (catalogue.size === 0) return resource;
  const existing = Array.isArray(resource.contained) ? (resource.contained as unknown[]) : [];
  const taken = new Set(existing.map((c) => (c as { id?: unknown } | null)?.id));
  const localIds = new Map<Record<string, unknown>, string>();
  const contained: Record<string, unknown>[] = [];
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(visit);
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const target = k === 'reference' && typeof v === 'string' ? catalogue.get(v) : undefined;
      if (!target) {
        out[k] = visit(v);
        continue;
      }
      let localId = localIds.get(target);
      if (!localId) {
        let n = localIds.size + 1;
        while (taken.has(`${String(target.resourceType).toLowerCase()}-${n}`)) n += 1;
        localId = `${String(target.resourceType).toLowerCase()}-${n}`;
        taken.add(localId);
        localIds.set(target, localId);
        contained.push({ ...target, id: localId });
      }
      out[k] = `#${localId}`;
    }
    return out;
  };
  const rewritten = visit(resource) as Record<string, unknown>;
  if (contained.length === 0) return resource;
  return { ...rewritten, contained: [...(Array.isArray(rewritten.contained) ? rewritten.contained : []), ...contained] };
}

/** JSON with object keys sorted, so equal content hashes equally whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
