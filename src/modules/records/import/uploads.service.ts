// Uploaded files (a lab report PDF, a photo of a result, a text file): sniffed, size-limited,
// stored as one ciphertext under the patient's subject key in record_uploads, and described by a
// DocumentReference record written through the door's writer in the same transaction, with one
// audit entry. Reading one back is a record.read of DocumentReference: authorized, audited.
import { randomUUID } from 'node:crypto';
import type { AppClock } from '../../../context';
import { AppError, isAppError } from '../../../core/errors';
import type { Db } from '../../../db/client';
import type { TAuth } from '../../../server/auth';
import type { TRequestContext } from '../../../server/request-context';
import type { AuditService } from '../../audit/audit.service';
import type { CryptoService } from '../../crypto/crypto.service';
import type { Purpose } from '../../access/access.types';
import type { Authorization, Authorize } from '../../access/authorize';
import { findPatient } from '../../access/directory.repo';
import { createRecordWriter } from '../records.service';
import { baseMediaType, sniffUploadType, UPLOAD_TYPES, type TUploadType } from './sniff';
import { findUploadInScope, insertUpload } from './uploads.repo';

export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface UploadsServiceDeps {
  db: Db;
  crypto: Pick<CryptoService, 'encryptForSubject' | 'decryptForSubject' | 'encryptJsonForSubject' | 'blindIndex'>;
  audit: Pick<AuditService, 'appendAudit'>;
  authorize: Authorize;
  clock: AppClock;
  maxBytes?: number;
}

interface TCall {
  auth: TAuth;
  purpose?: Purpose;
  requestContext: TRequestContext;
  patientId: string;
}

export interface TUpload {
  id: string;
  documentId: string;
  contentType: TUploadType;
  size: number;
  createdAt: string;
}

export interface UploadsService {
  storeUpload(input: TCall & { declaredType: string | undefined; bytes: Buffer; title?: string }): Promise<TUpload>;
  readUpload(input: TCall & { uploadId: string }): Promise<{ upload: TUpload; bytes: Buffer }>;
}

const TABLE = 'record_uploads';
const COLUMN = 'content_ct';

/**
 * @example
 *   const uploads = createUploadsService({ db, crypto, audit, authorize, clock });
 *   const upload = await uploads.storeUpload({ auth, patientId, declaredType: 'application/pdf', bytes, requestContext });
 */
export function createUploadsService(deps: UploadsServiceDeps): UploadsService {
  const { db, crypto, audit } = deps;
  const maxBytes = deps.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  const writer = createRecordWriter(deps);

  async function open(call: TCall, action: 'record.read' | 'record.create') {
    const patient = await findPatient(db, call.patientId);
    // As in the door: an unknown patient is taken to be in the caller's organization, so a denial
    // does not reveal whether the patient exists.
    const organizationId = patient?.organizationId ?? call.auth.organizationId;
    const granted = await deps.authorize(db, {
      auth: call.auth,
      action,
      resource: { kind: 'record', organizationId, patientId: call.patientId, resourceType: 'DocumentReference' },
      ...(call.purpose ? { purpose: call.purpose } : {}),
      requestContext: call.requestContext,
    });
    return { granted, organizationId, patientExists: patient !== undefined };
  }

  /** One transaction for the work and its entry; on failure an 'error' entry instead (as the door does). */
  async function audited<T>(granted: Authorization, work: (trx: Db) => Promise<T>): Promise<T> {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      const { details: _details, ...entry } = granted.auditEntry();
      const code = isAppError(error) ? error.code : 'internal';
      await audit.appendAudit(db, { ...entry, outcome: 'error', reason: [entry.reason, `error:${code}`].filter(Boolean).join(',') });
      if (isAppError(error)) throw error;
      throw new AppError('internal', 'The upload failed', undefined, { cause: error });
    }
  }

  return {
    async storeUpload(input) {
      const declared = baseMediaType(input.declaredType);
      if (!(UPLOAD_TYPES as readonly string[]).includes(declared)) {
        throw new AppError('unsupported_media_type', `Upload a PDF, PNG, JPEG or plain text file (${UPLOAD_TYPES.join(', ')})`);
      }
      if (input.bytes.length > maxBytes) throw new AppError('payload_too_large', `The file is larger than ${Math.floor(maxBytes / 1024 / 1024)} MiB`);
      if (input.bytes.length === 0) throw new AppError('validation_failed', 'The file is empty');
      const sniffed = sniffUploadType(input.bytes);
      if (sniffed !== declared) throw new AppError('unsupported_media_type', 'The file content is not what its type says; upload a PDF, PNG, JPEG or plain text file');
      const { granted, organizationId, patientExists } = await open(input, 'record.create');
      return audited(granted, async (trx) => {
        if (!patientExists) throw new AppError('not_found', 'No such patient');
        const id = randomUUID();
        const documentId = randomUUID();
        const now = granted.now;
        const content_ct = await crypto.encryptForSubject(trx, { organizationId, subjectId: input.patientId, table: TABLE, column: COLUMN, rowId: id }, input.bytes);
        await insertUpload(trx, { id, organization_id: organizationId, patient_id: input.patientId, document_id: documentId, content_type: sniffed, byte_size: input.bytes.length, content_ct, created_at: now, created_by: granted.actor.userId });
        const title = input.title?.trim().slice(0, 200) || 'Uploaded file';
        await writer.upsertInTransaction(trx, { now, authorUserId: granted.actor.userId, auditEntry: granted.auditEntry }, {
          organizationId,
          patientId: input.patientId,
          resourceType: 'DocumentReference',
          id: documentId,
          resource: {
            resourceType: 'DocumentReference',
            status: 'current',
            type: { text: 'Uploaded file' },
            category: [{ coding: [{ system: 'http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category', code: 'clinical-note', display: 'Clinical Note' }], text: granted.actor.role === 'patient' ? 'Uploaded by the patient' : 'Uploaded by staff' }],
            date: now.toISOString(),
            description: title,
            content: [{ attachment: { contentType: sniffed, size: input.bytes.length, title, creation: now.toISOString(), url: `/api/v1/patients/${input.patientId}/uploads/${id}` } }],
          },
          details: { upload: id, contentType: sniffed, size: input.bytes.length },
        });
        return { id, documentId, contentType: sniffed, size: input.bytes.length, createdAt: now.toISOString() };
      });
    },

    async readUpload(input) {
      const { granted, organizationId } = await open(input, 'record.read');
      const found = await audited(granted, async (trx) => {
        const row = await findUploadInScope(trx, { organizationId, patientId: input.patientId }, input.uploadId);
        const bytes = row ? await crypto.decryptForSubject(trx, { organizationId, subjectId: input.patientId, table: TABLE, column: COLUMN, rowId: row.id }, row.content_ct) : undefined;
        await audit.appendAudit(trx, granted.auditEntry({ resourceId: row?.document_id ?? null, details: { upload: input.uploadId, found: row !== undefined } }));
        return row && bytes ? { row, bytes } : undefined;
      });
      if (!found) throw new AppError('not_found', 'No such upload');
      const { row, bytes } = found;
      return { upload: { id: row.id, documentId: row.document_id, contentType: row.content_type, size: row.byte_size, createdAt: new Date(row.created_at).toISOString() }, bytes };
    },
  };
}
