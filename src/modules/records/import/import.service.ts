// Importing FHIR R4 bundles (Synthea's and others) through the records door. Each entry becomes a
// record of one of our patients, or is skipped with a reason; every entry is counted once.
// Re-import is idempotent: (source, type, original id) -> our record is kept as a keyed blind
// index with a keyed hash of the content, so a second run finds the same patients and records and
// reports them unchanged (or updated). A bundle exported by Custos carries our own record ids: a
// resource whose id is a record of the same patient and type (the door's scope) is that record,
// compared with what is stored; the same id under another patient or type is never touched.
// Work is done in transactions of at most `batchSize` entries.
//
// Who may import (see README.md): the operator on the host (`custos import`, a system actor that
// registers new patients) and, over HTTP, anyone the access policy lets write the records in
// question (a care-team clinician under treatment), one decision per patient, type and action,
// taken with authorize() before each batch's transaction; refusals are audited there and the
// entries skipped as not_permitted. New patients are registered only by the operator.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../../context';
import { AppError, isAppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import type { TAuth } from '../../../server/auth';
import type { TRequestContext } from '../../../server/request-context';
import type { AuditService } from '../../audit/audit.service';
import type { TAuditEntryInput } from '../../audit/audit.types';
import type { CryptoService } from '../../crypto/crypto.service';
import type { Purpose, ResourceType } from '../../access/access.types';
import { defaultPurpose } from '../../access/actor-loader';
import type { Authorize } from '../../access/authorize';
import { prepareResource } from '../fhir-resource';
import { findPatientRow, insertPatient } from '../patients.repo';
import { findRecordInScope, recordExistsInScope } from '../records.repo';
import { createRecordWriter, RECORDS_TABLE, RESOURCE_COLUMN, type TRecordWriteGrant } from '../records.service';
import { canonicalJson, catalogueEntries, containCatalogueEntries, planBundle, rewriteReferences, stripServerFields, type TEntryPlan, type TImportBundle, type TSkipReason } from './bundle';
import { findSourceKeys, upsertSourceKey, type TSourceKeyRow } from './import.repo';

export interface ImportServiceDeps {
  /** The root database (authorize() runs on it before each batch's transaction). */
  db: Db;
  crypto: Pick<CryptoService, 'encryptJsonForSubject' | 'decryptJsonForSubject' | 'blindIndex'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
  clock: AppClock;
}

/** The operator on the host (`custos import`), or a signed-in person or token over HTTP. */
export type TImportActor =
  | { kind: 'system'; actorId: string; requestId: string }
  | { kind: 'user'; auth: TAuth; purpose?: Purpose; requestContext: TRequestContext };

export interface TImportInput {
  actor: TImportActor;
  organizationId: string;
  /** Names where the bundle comes from; re-import keys are per source (bundle meta.source wins). */
  source: string;
  bundle: TImportBundle;
  /** Entries per transaction (default 100). */
  batchSize?: number;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface TTypeCounts {
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  reasons: Partial<Record<TSkipReason, number>>;
}

/** Counts only (no PHI): imported + updated + unchanged + skipped = total, overall and per type. */
export interface TImportReport {
  total: number;
  imported: number;
  updated: number;
  unchanged: number;
  skipped: number;
  patientsCreated: number;
  byType: Record<string, TTypeCounts>;
}

type TOutcome = 'imported' | 'updated' | 'unchanged';

interface TWork {
  plan: Extract<TEntryPlan, { kind: 'resource' }>;
  patientId: string;
  recordId: string;
  newPatient: boolean;
  sourceBidx: Buffer;
  existing: TSourceKeyRow | undefined;
  /** The resource's id is already our record of this patient and type (a bundle exported by Custos). */
  ownRecord: boolean;
}

const DEFAULT_BATCH = 100;
const SOURCE_SCOPE = 'import_source_keys';
const CONTENT_SCOPE = 'import_content';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportService {
  importBundle(input: TImportInput): Promise<TImportReport>;
}

/**
 * @example
 *   const imports = createImportService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize });
 *   const report = await imports.importBundle({ actor: { kind: 'system', actorId: 'cli:import', requestId }, organizationId, source: 'synthea', bundle });
 */
export function createImportService(deps: ImportServiceDeps): ImportService {
  const { db, crypto, audit, clock } = deps;
  const writer = createRecordWriter(deps);

  return {
    async importBundle(input) {
      const organizationId = input.organizationId;
      const actor = input.actor;
      if (actor.kind === 'user' && actor.auth.organizationId !== organizationId) throw new AppError('forbidden', 'You can import only into your own organization');
      const source = (input.bundle.meta?.source ?? input.source).slice(0, 256);
      const batchSize = Math.min(Math.max(input.batchSize ?? DEFAULT_BATCH, 1), 1000);
      const plans = planBundle(input.bundle);
      const report = emptyReport();
      for (const plan of plans) count(report, plan.resourceType, 'total');
      const done = { n: 0 };
      const progress = () => input.onProgress?.({ done: done.n, total: plans.length });
      const skipEntry = (resourceType: string, reason: TSkipReason) => {
        addSkip(report, resourceType, reason);
        done.n += 1;
      };
      for (const plan of plans) if (plan.kind === 'skip') skipEntry(plan.resourceType, plan.reason);

      const keyFor = (type: string, originalId: string) =>
        crypto.blindIndex(db, { organizationId, scope: SOURCE_SCOPE, value: `${source}\n${type}/${originalId}`, normalization: 'exact' });
      const resources = plans.filter((p): p is Extract<TEntryPlan, { kind: 'resource' }> => p.kind === 'resource');
      const keys = new Map<number, Buffer>();
      for (const plan of resources) keys.set(plan.index, await keyFor(plan.resourceType, plan.originalId));
      const existing = await findSourceKeys(db, organizationId, [...keys.values()]);

      // Patients first: each Patient entry is a patient we know (by source key, or by our own id in
      // a bundle exported from Custos), or a new one (operator only).
      type TPatientResolution = { patientId: string; newPatient: boolean } | { skip: TSkipReason };
      const patients = new Map<number, TPatientResolution>();
      const knownPatient = async (id: string): Promise<TPatientResolution | undefined> => {
        const row = await findPatientRow(db, id);
        if (!row || row.organizationId !== organizationId) return undefined;
        return row.status === 'deleted' ? { skip: 'patient_deleted' } : { patientId: id, newPatient: false };
      };
      for (const plan of resources.filter((p) => p.resourceType === 'Patient')) {
        const found = existing.get(keys.get(plan.index)!.toString('hex'));
        let resolution = found ? await knownPatient(found.recordId) : UUID.test(plan.originalId) ? await knownPatient(plan.originalId) : undefined;
        resolution ??= actor.kind === 'system' ? { patientId: randomUUID(), newPatient: true } : { skip: 'new_patient_not_permitted' };
        patients.set(plan.index, resolution);
      }
      const externals = new Map<string, TPatientResolution>();
      const resolveExternal = async (originalId: string): Promise<TPatientResolution> => {
        const cached = externals.get(originalId);
        if (cached) return cached;
        const found = (await findSourceKeys(db, organizationId, [await keyFor('Patient', originalId)])).values().next().value;
        const resolution = (found ? await knownPatient(found.recordId) : UUID.test(originalId) ? await knownPatient(originalId) : undefined) ?? { skip: 'patient_not_found' as const };
        externals.set(originalId, resolution);
        return resolution;
      };

      const catalogue = catalogueEntries(input.bundle);
      // Our id for every resource we keep, and how references to it are rewritten.
      const work: TWork[] = [];
      const references = new Map<string, string>();
      for (const plan of resources) {
        const resolution = plan.resourceType === 'Patient' ? patients.get(plan.index)! : await linkedPatient(plan, patients, resolveExternal);
        if ('skip' in resolution) {
          skipEntry(plan.resourceType, resolution.skip);
          continue;
        }
        const sourceBidx = keys.get(plan.index)!;
        const found = existing.get(sourceBidx.toString('hex'));
        const sameRecord = found && found.patientId === resolution.patientId && found.resourceType === plan.resourceType;
        // Looked up in the door's scope (this organization, this patient, this type), so a bundle
        // naming another patient's record id, or another type's, gets a new record instead.
        const ownRecord =
          !sameRecord &&
          !resolution.newPatient &&
          UUID.test(plan.originalId) &&
          (plan.resourceType !== 'Patient' || plan.originalId === resolution.patientId) &&
          (await recordExistsInScope(db, { organizationId, patientId: resolution.patientId, resourceTypes: [plan.resourceType] }, plan.originalId));
        const recordId = plan.resourceType === 'Patient' ? resolution.patientId : sameRecord ? found.recordId : ownRecord ? plan.originalId : randomUUID();
        for (const alias of plan.aliases) references.set(alias, `${plan.resourceType}/${recordId}`);
        if (plan.patient?.kind === 'external') references.set(`Patient/${plan.patient.originalId}`, `Patient/${resolution.patientId}`);
        const newPatient = plan.resourceType === 'Patient' && resolution.newPatient;
        work.push({ plan, patientId: resolution.patientId, recordId, newPatient, sourceBidx, existing: sameRecord ? found : undefined, ownRecord });
      }
      progress();

      const grants = new Map<string, TRecordWriteGrant | 'denied'>();
      const runId = actor.kind === 'system' ? actor.requestId : actor.requestContext.requestId;
      try {
        for (let start = 0; start < work.length; start += batchSize) {
          const batch = work.slice(start, start + batchSize);
          // Decisions before the transaction (authorize() must run on the root database).
          for (const item of batch) {
            const key = grantKey(item);
            if (!grants.has(key)) grants.set(key, await grantFor(actor, organizationId, item, runId));
          }
          const outcomes = await db.transaction().execute(async (trx) => {
            const out: Array<{ type: string; outcome: TOutcome } | { type: string; skip: TSkipReason }> = [];
            for (const item of batch) {
              const grant = grants.get(grantKey(item))!;
              if (grant === 'denied') {
                out.push({ type: item.plan.resourceType, skip: 'not_permitted' });
                continue;
              }
              const original = input.bundle.entry[item.plan.index]!.resource as Record<string, unknown>;
              const resource = rewriteReferences(containCatalogueEntries(stripServerFields(original), catalogue), references) as Record<string, unknown>;
              const contentHmac = await crypto.blindIndex(trx, { organizationId, scope: CONTENT_SCOPE, value: canonicalJson(resource), normalization: 'exact' });
              if (item.existing && item.existing.contentHmac.equals(contentHmac)) {
                out.push({ type: item.plan.resourceType, outcome: 'unchanged' });
                continue;
              }
              if (item.ownRecord && (await sameAsStored(trx, organizationId, item, resource))) {
                out.push({ type: item.plan.resourceType, outcome: 'unchanged' });
                continue;
              }
              if (item.newPatient) await insertPatient(trx, { id: item.patientId, organizationId, createdAt: grant.now });
              const written = await writer.upsertInTransaction(trx, grant, {
                organizationId,
                patientId: item.patientId,
                resourceType: item.plan.resourceType,
                id: item.recordId,
                resource,
                details: { import: runId },
              });
              // Our own ids need no source key: they are compared with the stored record every time,
              // so an edit made in Custos since the export is never mistaken for "unchanged".
              if (!item.ownRecord) await upsertSourceKey(trx, { organizationId, sourceBidx: item.sourceBidx, patientId: item.patientId, recordId: written.id, resourceType: item.plan.resourceType, contentHmac, at: grant.now });
              out.push({ type: item.plan.resourceType, outcome: written.created ? 'imported' : 'updated' });
            }
            return out;
          });
          for (const o of outcomes) {
            if ('skip' in o) addSkip(report, o.type, o.skip);
            else count(report, o.type, o.outcome);
          }
          report.patientsCreated += batch.filter((b, i) => b.newPatient && outcomes[i] && 'outcome' in outcomes[i]!).length;
          done.n += batch.length;
          progress();
        }
      } catch (error) {
        await audit.appendAudit(db, summaryEntry(actor, organizationId, runId, 'error', { ...countsOf(report) }, isAppError(error) ? error.code : 'internal'));
        throw error;
      }
      await audit.appendAudit(db, summaryEntry(actor, organizationId, runId, 'allow', { ...countsOf(report) }));
      return report;
    },
  };

  async function grantFor(actor: TImportActor, organizationId: string, item: TWork, runId: string): Promise<TRecordWriteGrant | 'denied'> {
    const resourceType = item.plan.resourceType;
    if (actor.kind === 'system') return systemImportGrant({ organizationId, patientId: item.patientId, resourceType, actorId: actor.actorId, requestId: runId, now: clock.now() });
    try {
      const granted = await deps.authorize(db, {
        auth: actor.auth,
        // A known patient's Patient resource is an update of their chart; anything else new is a create.
        action: item.existing || item.ownRecord || (resourceType === 'Patient' && !item.newPatient) ? 'record.update' : 'record.create',
        resource: { kind: 'record', organizationId, patientId: item.patientId, resourceType },
        ...(actor.purpose ? { purpose: actor.purpose } : {}),
        requestContext: actor.requestContext,
      });
      return { now: granted.now, authorUserId: granted.actor.userId, auditEntry: granted.auditEntry };
    } catch (error) {
      // authorize() audited the refusal already.
      if (isAppError(error) && error.code === 'forbidden') return 'denied';
      throw error;
    }
  }

  /**
   * Whether the incoming resource says what our stored record says. Both are put in the door's
   * form (prepareResource, with the stored version and time) and compared without the server's
   * fields. The plaintext stays in this function: nothing of it is returned, logged or audited
   * (the run's records.import entry counts the outcome), and the update the import may do next
   * was authorized already (record.update for this patient and type).
   */
  async function sameAsStored(trx: Db, organizationId: string, item: TWork, resource: Record<string, unknown>): Promise<boolean> {
    const scope = { organizationId, patientId: item.patientId, resourceTypes: [item.plan.resourceType] };
    const row = await findRecordInScope(trx, scope, item.recordId);
    if (!row) return false;
    const stored = await crypto.decryptJsonForSubject(trx, { organizationId, subjectId: item.patientId, table: RECORDS_TABLE, column: RESOURCE_COLUMN, rowId: row.id }, row.resource_ct);
    let incoming: unknown;
    try {
      incoming = prepareResource(resource, { resourceType: item.plan.resourceType, patientId: item.patientId, id: row.id, versionId: row.version, lastUpdated: row.updated_at }).resource;
    } catch {
      return false; // not valid for the door: the write reports it
    }
    return canonicalJson(stripServerFields(stored as Record<string, unknown>)) === canonicalJson(stripServerFields(incoming as Record<string, unknown>));
  }
}

async function linkedPatient(
  plan: Extract<TEntryPlan, { kind: 'resource' }>,
  patients: ReadonlyMap<number, { patientId: string; newPatient: boolean } | { skip: TSkipReason }>,
  resolveExternal: (originalId: string) => Promise<{ patientId: string; newPatient: boolean } | { skip: TSkipReason }>,
) {
  if (!plan.patient) return { skip: 'no_patient' as const };
  if (plan.patient.kind === 'external') return resolveExternal(plan.patient.originalId);
  const resolution = patients.get(plan.patient.index);
  if (!resolution) return { skip: 'patient_not_found' as const };
  return 'skip' in resolution ? { skip: resolution.skip === 'patient_deleted' ? ('patient_deleted' as const) : ('patient_skipped' as const) } : resolution;
}

function grantKey(item: TWork): string {
  return `${item.patientId}|${item.plan.resourceType}|${item.existing || item.ownRecord ? 'u' : 'c'}`;
}

/**
 * systemImportGrant: the operator's import (`custos import`) writes without decide(): it runs on
 * the host with the keys, as the installation itself, and has no user or role in the policy. It is
 * audited like any write, as actor role 'system', actor `cli:import`, purpose operations.
 */
export function systemImportGrant(q: { organizationId: string; patientId: string; resourceType: ResourceType; actorId: string; requestId: string; now: Date }): TRecordWriteGrant {
  return {
    now: q.now,
    authorUserId: null,
    auditEntry: (o) => ({
      organizationId: q.organizationId,
      actorId: q.actorId,
      actorRole: 'system',
      action: o.action ?? 'record.create',
      resourceType: q.resourceType,
      resourceId: o.resourceId ?? null,
      subjectId: q.patientId,
      purpose: 'operations',
      outcome: 'allow',
      reason: 'system_import',
      requestId: q.requestId,
      ...(o.details ? { details: o.details } : {}),
    }),
  };
}

function summaryEntry(actor: TImportActor, organizationId: string, runId: string, outcome: 'allow' | 'error', details: Record<string, unknown>, reason?: string): TAuditEntryInput {
  const who =
    actor.kind === 'system'
      ? { actorId: actor.actorId, actorRole: 'system', purpose: 'operations', clientIp: null }
      : { actorId: actor.auth.userId, actorRole: actor.auth.role, purpose: actor.purpose ?? defaultPurpose(actor.auth), clientIp: actor.requestContext.clientAddress };
  return { organizationId, ...who, action: 'records.import', resourceType: 'Bundle', resourceId: runId, outcome, requestId: runId, details, ...(reason ? { reason } : {}) };
}

function emptyReport(): TImportReport {
  return { total: 0, imported: 0, updated: 0, unchanged: 0, skipped: 0, patientsCreated: 0, byType: {} };
}

function typeCounts(report: TImportReport, type: string): TTypeCounts {
  report.byType[type] ??= { total: 0, imported: 0, updated: 0, unchanged: 0, skipped: 0, reasons: {} };
  return report.byType[type];
}

function count(report: TImportReport, type: string, what: 'total' | TOutcome | 'skipped'): void {
  report[what] += 1;
  typeCounts(report, type)[what] += 1;
}

function addSkip(report: TImportReport, type: string, reason: TSkipReason): void {
  count(report, type, 'skipped');
  const reasons = typeCounts(report, type).reasons;
  reasons[reason] = (reasons[reason] ?? 0) + 1;
}

function countsOf(report: TImportReport) {
  const { total, imported, updated, unchanged, skipped, patientsCreated } = report;
  return { total, imported, updated, unchanged, skipped, patientsCreated };
}
