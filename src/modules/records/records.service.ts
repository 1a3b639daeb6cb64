// The records door (DESIGN invariant 1): every read, search and write of a patient's records
// goes through here. Each call authorizes first (on the root database, see authorize.ts), works
// only inside the scope the decision allows (organization, patient, minimum-necessary types),
// and appends exactly one audit entry in the same transaction as the work. A failure after the
// decision rolls the work back and is audited as outcome 'error' instead, so every attempt,
// allowed, denied or failed, leaves one entry.
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
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
import { minimumNecessaryView, seesWholeResource } from './minimum-necessary';
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
  /** One page of a search (at most 100), the total over all pages, and the cursor of the next page (null on the last). */
  searchRecordsPage(
    input: TRecordCall & { patientId: string; resourceType: ResourceType; limit?: number; cursor?: string },
  ): Promise<{ resources: TFhirResource[]; total: number; nextCursor: string | null }>;
  createRecord(input: TRecordCall & { patientId: string; resourceType: ResourceType; resource: unknown }): Promise<TFhirResource>;
  /** Replaces the resource; a meta.versionId in the body must be the current version (else 409). */
  updateRecord(input: TRecordCall & { patientId: string; resourceType: ResourceType; id: string; resource: unknown }): Promise<TFhirResource>;
  /** Patient ids whose MRN/SSN/email/member id equals `value` (blind index), only those the caller may read. */
  findPatientsByIdentifier(input: TRecordCall & { kind: TIdentifierKind; value: string }): Promise<string[]>;
  /**
   * Every record of the patient (right of access, 45 CFR 164.524), for the patient's own request:
   * authorized as record.read with purpose patient_request, read in pages, one `record.export`
   * audit entry listing the ids. A token reaches only the types its scope names.
   */
  exportRecords(input: Omit<TRecordCall, 'purpose'> & { patientId: string }): Promise<TFhirResource[]>;
}

export const RECORDS_TABLE = 'records';
export const RESOURCE_COLUMN = 'resource_ct';
const DEFAULT_SEARCH_LIMIT = 100;
const EXPORT_PAGE_SIZE = 200;

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

  const searchRecordsPage: RecordsService['searchRecordsPage'] = async (input) => {
    const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor);
    const { granted, scope } = await open(input, 'record.read', input.patientId, input.resourceType);
    const limit = Math.min(Math.max(input.limit ?? DEFAULT_SEARCH_LIMIT, 1), DEFAULT_SEARCH_LIMIT);
    return audited(granted, async (trx) => {
      // One row more than the page tells whether another page follows.
      const rows = await repo.listRecordsInScope(trx, scope, limit + 1, after);
      const page = rows.slice(0, limit);
      const resources: TFhirResource[] = [];
      for (const row of page) resources.push(minimumNecessaryView(await decrypt(trx, row), granted.actor.purpose));
      const total = await repo.countRecordsInScope(trx, scope);
      const last = page[page.length - 1];
      const nextCursor = rows.length > limit && last ? encodeCursor({ updatedAt: last.updated_at, id: last.id }) : null;
      const entry = granted.auditEntry({ action: 'record.search', details: { recordIds: page.map((r) => r.id), count: page.length } });
      return { value: { resources, total, nextCursor }, entry };
    });
  };

  return {
    async readRecord(input) {
      const { granted, scope } = await open(input, 'record.read', input.patientId, input.resourceType);
      const found = await audited(granted, async (trx) => {
        const row = await repo.findRecordInScope(trx, scope, input.id);
        const resource = row ? minimumNecessaryView(await decrypt(trx, row), granted.actor.purpose) : undefined;
        return { value: resource, entry: granted.auditEntry({ resourceId: input.id, details: { found: resource !== undefined } }) };
      });
      if (!found) throw new AppError('not_found', 'No such record');
      return found;
    },

    searchRecordsPage,
    async searchRecords(input) {
      return (await searchRecordsPage(input)).resources;
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
        // A purpose that sees part of a resource may not replace it: the parts it never saw would be lost.
        if (!seesWholeResource(granted.actor.purpose, input.resourceType)) {
          throw new AppError('forbidden', `Under the purpose ${granted.actor.purpose} you see only part of a ${input.resourceType}, so you cannot replace it`);
        }
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

    async exportRecords(input) {
      const { granted, scope } = await open({ ...input, purpose: 'patient_request' }, 'record.read', input.patientId, 'Patient');
      // open() scoped the query to the one type it authorized; an export reaches every type the
      // purpose allows, narrowed to a token's own types.
      const tokenTypes = input.auth.kind === 'token' ? input.auth.token.scope.resourceTypes : undefined;
      const resourceTypes = PURPOSE_RESOURCE_TYPES.patient_request.filter((type) => !tokenTypes || tokenTypes.includes(type));
      const exportScope: repo.TRecordScope = { ...scope, resourceTypes: scope.resourceTypes.length === 0 ? [] : resourceTypes };
      return audited(granted, async (trx) => {
        const resources: TFhirResource[] = [];
        let afterId: string | undefined;
        for (;;) {
          const rows = await repo.listRecordsPageInScope(trx, exportScope, { limit: EXPORT_PAGE_SIZE, ...(afterId ? { afterId } : {}) });
          for (const row of rows) resources.push(await decrypt(trx, row));
          if (rows.length < EXPORT_PAGE_SIZE) break;
          afterId = rows[rows.length - 1]!.id;
        }
        const entry = granted.auditEntry({ action: 'record.export', resourceType: 'Bundle', details: { recordIds: resources.map((r) => r.id), count: resources.length } });
        return { value: resources, entry };
      });
    },
  };
}

const ZCursor = z.strictObject({ u: z.iso.datetime(), i: z.uuid() });

/** A page cursor: the last row's time and id, base64url (no PHI: an id and a time). */
function encodeCursor(position: repo.TRecordPosition): string {
  return Buffer.from(JSON.stringify({ u: position.updatedAt.toISOString(), i: position.id })).toString('base64url');
}

function decodeCursor(cursor: string): repo.TRecordPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = ZCursor.safeParse(parsed);
  if (!result.success) throw new AppError('validation_failed', 'The page cursor is not one this server gave out');
  return { updatedAt: new Date(result.data.u), id: result.data.i };
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

/**
 * What an already-taken access decision gives a write: its time, who is recorded as the author
 * (null for a system actor such as `custos import`, which has no user account) and the audit entry.
 */
export interface TRecordWriteGrant {
  now: Date;
  authorUserId: string | null;
  auditEntry(overrides: { action?: string; resourceId?: string | null; details?: Record<string, unknown> }): TAuditEntryInput;
}

export interface TRecordWrite {
  organizationId: string;
  patientId: string;
  resourceType: ResourceType;
  /** Our id for the record: the patient id for a Patient resource; otherwise kept if it exists, else created with it. */
  id: string;
  resource: unknown;
  /** Extra audit details (PHI-free counts and ids; they are encrypted anyway). */
  details?: Record<string, unknown>;
}

export interface RecordWriter {
  /**
   * Creates the record, or replaces it (version + 1) when it already exists in scope, in the
   * caller's transaction, and appends the one audit entry (record.create / record.update) there.
   */
  upsertInTransaction(trx: Db, grant: TRecordWriteGrant, write: TRecordWrite): Promise<{ id: string; version: number; created: boolean }>;
}

/**
 * The write half of the door for callers that decided access already, per patient and type, and
 * batch many writes in one transaction: bundle import and uploads (records/import). It keeps the
 * door's rules: FHIR checks (prepareResource), encryption under the patient's key, blind indexes,
 * one audit entry per write in the same transaction. Callers must pass only writes the decision
 * covers (see records/import/README.md).
 *
 * @example
 *   const writer = createRecordWriter({ crypto: ctx.crypto, audit: ctx.audit });
 *   await db.transaction().execute((trx) => writer.upsertInTransaction(trx, grant, { organizationId, patientId, resourceType: 'Observation', id, resource }));
 */
export function createRecordWriter(deps: { crypto: Pick<CryptoService, 'encryptJsonForSubject' | 'blindIndex'>; audit: Pick<AuditService, 'appendAudit'> }): RecordWriter {
  const { crypto, audit } = deps;
  return {
    async upsertInTransaction(trx, grant, write) {
      const scope: repo.TRecordScope = { organizationId: write.organizationId, patientId: write.patientId, resourceTypes: [write.resourceType] };
      const id = write.resourceType === 'Patient' ? write.patientId : write.id;
      const current = await repo.findRecordInScope(trx, scope, id);
      const version = current ? current.version + 1 : 1;
      const now = grant.now;
      const { resource, category } = prepareResource(write.resource, { resourceType: write.resourceType, patientId: write.patientId, id, versionId: version, lastUpdated: now });
      const row = { id, organization_id: write.organizationId, patient_id: write.patientId };
      const resource_ct = await crypto.encryptJsonForSubject(trx, binding(row), resource);
      if (current) {
        const changed = await repo.updateRecordCiphertext(trx, scope, { id, expectedVersion: current.version, version, resource_ct, category, updated_at: now });
        if (!changed) throw new AppError('conflict', 'A record was changed during the import; run it again');
      } else {
        await repo.insertRecord(trx, { ...row, resource_type: write.resourceType, category, version, resource_ct, created_at: now, updated_at: now, created_by: grant.authorUserId });
      }
      const rows = [];
      for (const { kind, value } of extractIdentifiers(resource)) {
        rows.push({ kind, bidx: await crypto.blindIndex(trx, { organizationId: write.organizationId, scope: `record_identifiers.${kind}`, value, normalization: IDENTIFIER_NORMALIZATION[kind] }) });
      }
      await repo.replaceRecordIdentifiers(trx, { organizationId: write.organizationId, patientId: write.patientId, recordId: id }, rows);
      const action = current ? 'record.update' : 'record.create';
      await audit.appendAudit(trx, grant.auditEntry({ action, resourceId: id, details: { version, category, ...write.details } }));
      return { id, version, created: !current };
    },
  };
}
