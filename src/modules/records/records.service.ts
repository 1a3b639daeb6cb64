// The records door (DESIGN invariant 1): every read, search and write of a patient's records
// goes through here. Each call authorizes first (on the root database, see authorize.ts), works
// only inside the scope the decision allows (organization, patient, minimum-necessary types),
// and appends exactly one audit entry in the same transaction as the work. A failure after the
// decision rolls the work back and is audited as outcome 'error' instead, so every attempt,
// allowed, denied or failed, leaves one entry.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../context';
import { AppError, isAppError } from '../../core/errors';
import type { Db } from '../../db/client';
import type { TAuth } from '../../server/auth';
import type { TRequestContext } from '../../server/request-context';
import type { AuditService } from '../audit/audit.service';
import type { TAuditEntryInput } from '../audit/audit.types';
import type { CryptoService } from '../crypto/crypto.service';
import { PURPOSE_RESOURCE_TYPES } from '../access/access-rules';
import type { Action, Purpose, ResourceType } from '../access/access.types';
import type { Authorization, Authorize } from '../access/authorize';
import { findPatient } from '../access/directory.repo';
import { extractIdentifiers, IDENTIFIER_NORMALIZATION, prepareResource } from './fhir-resource';
import { createPatientLookup } from './find-patients-by-identifier';
import * as repo from './records.repo';
import { ZFhirResource, type TFhirResource, type TIdentifierKind } from './records.types';

export interface RecordsServiceDeps {
  /** The root database (authorize() runs on it before the work's transaction opens). */
  db: Db;
  crypto: Pick<CryptoService, 'encryptJsonForSubject' | 'decryptJsonForSubject' | 'blindIndex'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
  clock: AppClock;
}

/** Who asks, why, and from which request: every door call takes these. */
export interface TRecordCall {
  auth: TAuth;
  /** Default: the token's purpose, else the role's usual one (defaultPurpose). */
  purpose?: Purpose;
  requestContext: TRequestContext;
}

export interface RecordsService {
  readRecord(input: TRecordCall & { patientId: string; resourceType: ResourceType; id: string }): Promise<TFhirResource>;
  /** The patient's records of one type, newest first; the audit entry lists the ids returned. */
  searchRecords(input: TRecordCall & { patientId: string; resourceType: ResourceType; limit?: number }): Promise<TFhirResource[]>;
  createRecord(input: TRecordCall & { patientId: string; resourceType: ResourceType; resource: unknown }): Promise<TFhirResource>;
  /** Replaces the resource; a meta.versionId in the body must be the current version (else 409). */
  updateRecord(input: TRecordCall & { patientId: string; resourceType: ResourceType; id: string; resource: unknown }): Promise<TFhirResource>;
  /** Patient ids whose MRN/SSN/email/member id equals `value` (blind index), only those the caller may read. */
  findPatientsByIdentifier(input: TRecordCall & { kind: TIdentifierKind; value: string }): Promise<string[]>;
}

export const RECORDS_TABLE = 'records';
export const RESOURCE_COLUMN = 'resource_ct';
const DEFAULT_SEARCH_LIMIT = 100;

/**
 * @example
 *   const records = createRecordsService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock,
 *     authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }) });
 *   const obs = await records.searchRecords({ auth, patientId, resourceType: 'Observation', requestContext });
 */
export function createRecordsService(deps: RecordsServiceDeps): RecordsService {
  const { db, crypto, audit } = deps;

  /** Authorizes (a denial is audited there and throws 403) and returns the scope the decision allows. */
  async function open(call: TRecordCall, action: Action, patientId: string, resourceType: ResourceType) {
    const patient = await findPatient(db, patientId);
    // An unknown patient is taken to be in the caller's organization, so a denial does not reveal
    // whether the patient exists; the policy allows nothing on one anyway (no team, grant or token).
    const organizationId = patient?.organizationId ?? call.auth.organizationId;
    const granted = await deps.authorize(db, {
      auth: call.auth,
      action,
      resource: { kind: 'record', organizationId, patientId, resourceType },
      ...(call.purpose ? { purpose: call.purpose } : {}),
      requestContext: call.requestContext,
    });
    // Minimum necessary in the query too: decide() already refused other types for this purpose;
    // the scope repeats it so the SQL alone can never return more.
    const resourceTypes = PURPOSE_RESOURCE_TYPES[granted.actor.purpose].includes(resourceType) ? [resourceType] : [];
    const scope: repo.TRecordScope = { organizationId, patientId, resourceTypes };
    return { granted, scope, patientExists: patient !== undefined };
  }

  /**
   * Runs the work and its audit entry in one transaction. If the work fails, nothing commits and
   * an 'error' entry is written instead (without details: they would be sealed under the
   * patient's key, which may be the very thing that failed).
   */
  async function audited<T>(granted: Authorization, work: (trx: Db) => Promise<{ value: T; entry: TAuditEntryInput }>): Promise<T> {
    try {
      return await db.transaction().execute(async (trx) => {
        const { value, entry } = await work(trx);
        await audit.appendAudit(trx, entry);
        return value;
      });
    } catch (error) {
      const failure = describeFailure(error);
      const { details: _details, ...entry } = granted.auditEntry();
      await audit.appendAudit(db, { ...entry, outcome: 'error', reason: [entry.reason, `error:${failure.code}`].filter(Boolean).join(',') });
      throw failure;
    }
  }

  async function decrypt(trx: Db, row: repo.TRecordRow): Promise<TFhirResource> {
    const value = await crypto.decryptJsonForSubject(trx, binding(row), row.resource_ct);
    const parsed = ZFhirResource.safeParse(value);
    if (!parsed.success || parsed.data.resourceType !== row.resource_type || parsed.data.id !== row.id) {
      throw new AppError('integrity_violation', 'A stored record does not match its row');
    }
    return parsed.data;
  }

  async function indexIdentifiers(trx: Db, row: { id: string; organization_id: string; patient_id: string }, resource: Record<string, unknown>) {
    const rows = [];
    for (const { kind, value } of extractIdentifiers(resource)) {
      const bidx = await crypto.blindIndex(trx, { organizationId: row.organization_id, scope: `record_identifiers.${kind}`, value, normalization: IDENTIFIER_NORMALIZATION[kind] });
      rows.push({ kind, bidx });
    }
    await repo.replaceRecordIdentifiers(trx, { organizationId: row.organization_id, patientId: row.patient_id, recordId: row.id }, rows);
  }

  return {
    async readRecord(input) {
      const { granted, scope } = await open(input, 'record.read', input.patientId, input.resourceType);
      const found = await audited(granted, async (trx) => {
        const row = await repo.findRecordInScope(trx, scope, input.id);
        const resource = row ? await decrypt(trx, row) : undefined;
        return { value: resource, entry: granted.auditEntry({ resourceId: input.id, details: { found: resource !== undefined } }) };
      });
      if (!found) throw new AppError('not_found', 'No such record');
      return found;
    },

    async searchRecords(input) {
      const { granted, scope } = await open(input, 'record.read', input.patientId, input.resourceType);
      const limit = Math.min(Math.max(input.limit ?? DEFAULT_SEARCH_LIMIT, 1), DEFAULT_SEARCH_LIMIT);
      return audited(granted, async (trx) => {
        const rows = await repo.listRecordsInScope(trx, scope, limit);
        const resources: TFhirResource[] = [];
        for (const row of rows) resources.push(await decrypt(trx, row));
        const entry = granted.auditEntry({ action: 'record.search', details: { recordIds: rows.map((r) => r.id), count: rows.length } });
        return { value: resources, entry };
      });
    },

    async createRecord(input) {
      const { granted, scope, patientExists } = await open(input, 'record.create', input.patientId, input.resourceType);
      return audited(granted, async (trx) => {
        if (!patientExists) throw new AppError('not_found', 'No such patient');
        // FHIR create: the server assigns the id. A Patient resource is the patient itself.
        const id = input.resourceType === 'Patient' ? input.patientId : randomUUID();
        const now = granted.now;
        const { resource, category } = prepareResource(input.resource, { resourceType: input.resourceType, patientId: input.patientId, id, versionId: 1, lastUpdated: now });
        if (await repo.findRecordInScope(trx, scope, id)) throw new AppError('conflict', 'The patient already has a Patient resource; update it instead');
        const row = { id, organization_id: scope.organizationId, patient_id: input.patientId };
        const resource_ct = await crypto.encryptJsonForSubject(trx, binding(row), resource);
        await repo.insertRecord(trx, { ...row, resource_type: input.resourceType, category, version: 1, resource_ct, created_at: now, updated_at: now, created_by: granted.actor.userId });
        await indexIdentifiers(trx, row, resource);
        return { value: ZFhirResource.parse(resource), entry: granted.auditEntry({ resourceId: id, details: { version: 1, category } }) };
      });
    },

    async updateRecord(input) {
      const { granted, scope } = await open(input, 'record.update', input.patientId, input.resourceType);
      return audited(granted, async (trx) => {
        const current = await repo.findRecordInScope(trx, scope, input.id);
        if (!current) throw new AppError('not_found', 'No such record');
        const body = input.resource as { id?: unknown; meta?: { versionId?: unknown } } | null;
        if (body && typeof body === 'object' && body.id !== undefined && body.id !== input.id) {
          throw new AppError('validation_failed', 'The resource id does not match the URL');
        }
        const claimed = body && typeof body === 'object' ? body.meta?.versionId : undefined;
        if (claimed !== undefined && claimed !== String(current.version)) {
          throw new AppError('conflict', 'The record was changed since you read it; read it again');
        }
        const version = current.version + 1;
        const now = granted.now;
        const { resource, category } = prepareResource(input.resource, { resourceType: input.resourceType, patientId: input.patientId, id: input.id, versionId: version, lastUpdated: now });
        const resource_ct = await crypto.encryptJsonForSubject(trx, binding(current), resource);
        const changed = await repo.updateRecordCiphertext(trx, scope, { id: input.id, expectedVersion: current.version, version, resource_ct, category, updated_at: now });
        if (!changed) throw new AppError('conflict', 'The record was changed since you read it; read it again');
        await indexIdentifiers(trx, current, resource);
        return { value: ZFhirResource.parse(resource), entry: granted.auditEntry({ resourceId: input.id, details: { version, category } }) };
      });
    },

    findPatientsByIdentifier: createPatientLookup(deps),
  };
}

/** Where a record's ciphertext is bound: its organization, patient, table, column and row. */
function binding(row: { id: string; organization_id: string; patient_id: string }) {
  return { organizationId: row.organization_id, subjectId: row.patient_id, table: RECORDS_TABLE, column: RESOURCE_COLUMN, rowId: row.id };
}

/** What the caller sees of a failure: its own AppError, a plain sentence for a shredded patient. */
function describeFailure(error: unknown): AppError {
  if (isAppError(error) && error.code === 'key_unavailable' && error.details?.shredded === true) {
    // The patient's key was destroyed on deletion: say so, without ids (the message must stay PHI-free).
    return new AppError('not_found', "This patient's records were deleted and can no longer be read", { erased: true }, { cause: error });
  }
  if (isAppError(error)) return error;
  return new AppError('internal', 'The records operation failed', undefined, { cause: error });
}
