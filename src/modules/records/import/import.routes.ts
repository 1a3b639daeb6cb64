// HTTP for records/import: bundle import and uploaded files. Thin: the services authorize,
// encrypt and audit. Paths carry opaque ids only; file names travel in a header, never the URL.
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CustosContext } from '../../../context';
import type { TApp } from '../../../server/app';
import { requireAuth } from '../../../server/auth';
import { getRequestContext } from '../../../server/request-context';
import { PURPOSES } from '../../access/access.types';
import { createAuthorize } from '../../access/authorize';
import { parseImportBundle } from './bundle';
import { createImportService, type ImportService } from './import.service';
import { UPLOAD_EXTENSIONS, UPLOAD_TYPES } from './sniff';
import { createUploadsService, type UploadsService } from './uploads.service';

/** The largest bundle the endpoint takes; bigger ones go through `custos import` on the host. */
export const MAX_IMPORT_BODY_BYTES = 50 * 1024 * 1024;

const ZPurposeQuery = z.strictObject({ purpose: z.enum(PURPOSES).optional().describe('Default: your role\'s usual purpose (treatment for clinicians)') });
const ZImportQuery = ZPurposeQuery.extend({ source: z.string().min(1).max(100).regex(/^[A-Za-z0-9._:-]+$/).optional().describe('Where the bundle comes from; re-import keys are per source (default api)') });
const ZCounts = z.object({ total: z.number().int(), imported: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), skipped: z.number().int() });
const ZReport = ZCounts.extend({ patientsCreated: z.number().int(), byType: z.record(z.string(), ZCounts.extend({ reasons: z.record(z.string(), z.number().int()) })) });
const ZUpload = z.object({ id: z.uuid(), documentId: z.uuid(), contentType: z.enum(UPLOAD_TYPES), size: z.number().int(), createdAt: z.string() });
const ZPatientParams = z.strictObject({ patientId: z.uuid() });

/**
 * @example
 *   await registerRecordsImportRoutes(app, ctx);
 */
export async function registerRecordsImportRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const deps = { db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize };
  await registerRecordsImportRoutesWith(app, createImportService(deps), createUploadsService({ ...deps, maxBytes: ctx.config.maxUploadBytes }), ctx.config.maxUploadBytes);
}

export async function registerRecordsImportRoutesWith(app: TApp, imports: ImportService, uploads: UploadsService, maxUploadBytes: number): Promise<void> {
  if (!app.hasContentTypeParser('application/fhir+json')) {
    app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  }

  app.post(
    '/api/v1/import',
    {
      bodyLimit: MAX_IMPORT_BODY_BYTES,
      schema: {
        summary: 'Import a FHIR R4 Bundle (transaction or collection) into patients you may write; returns counts per type',
        description: 'Each resource is authorized (record.create/record.update for its patient and type) and audited. New patients are registered only by the operator (`custos import`).',
        tags: ['records'],
        querystring: ZImportQuery,
        body: z.unknown(),
        response: { 200: z.object({ report: ZReport }) },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const bundle = parseImportBundle(request.body, 'the request body');
      const { purpose, source } = request.query;
      const report = await imports.importBundle({
        actor: { kind: 'user', auth, ...(purpose ? { purpose } : {}), requestContext: getRequestContext(request) },
        organizationId: auth.organizationId,
        source: source ?? 'api',
        bundle,
      });
      return { report };
    },
  );

  // Raw file bodies (no multipart: one file per request needs no new dependency and no temp files).
  // The parsers live in this child scope only, so other routes keep the default text/plain handling.
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser([...UPLOAD_TYPES], { parseAs: 'buffer', bodyLimit: maxUploadBytes }, (_request, body, done) => done(null, body));

    scope.post(
      '/api/v1/patients/:patientId/uploads',
      {
        bodyLimit: maxUploadBytes,
        schema: {
          summary: "Upload a file (PDF, PNG, JPEG, plain text) to a patient's record; the body is the file, its type the Content-Type",
          description: 'The content is checked by its first bytes and must match the Content-Type (else 415); too large is 413. Stored encrypted; a DocumentReference points at it.',
          tags: ['records'],
          params: ZPatientParams,
          querystring: ZPurposeQuery,
          headers: z.looseObject({ 'x-file-name': z.string().max(600).optional().describe('The file name, percent-encoded (kept encrypted in the DocumentReference)') }),
          response: { 201: z.object({ upload: ZUpload }) },
        },
      },
      async (request, reply) => {
        const body = request.body;
        const bytes = Buffer.isBuffer(body) ? body : Buffer.alloc(0);
        const upload = await uploads.storeUpload({
          auth: requireAuth(request),
          patientId: request.params.patientId,
          ...(request.query.purpose ? { purpose: request.query.purpose } : {}),
          declaredType: request.headers['content-type'],
          bytes,
          ...(typeof request.headers['x-file-name'] === 'string' ? { title: decodeTitle(request.headers['x-file-name']) } : {}),
          requestContext: getRequestContext(request),
        });
        return reply.code(201).send({ upload });
      },
    );

    scope.get(
      '/api/v1/patients/:patientId/uploads/:uploadId',
      {
        schema: {
          summary: 'Download an uploaded file (as an attachment; audited)',
          tags: ['records'],
          params: ZPatientParams.extend({ uploadId: z.uuid() }),
          querystring: ZPurposeQuery,
        },
      },
      async (request, reply) => {
        const { upload, bytes } = await uploads.readUpload({
          auth: requireAuth(request),
          patientId: request.params.patientId,
          uploadId: request.params.uploadId,
          ...(request.query.purpose ? { purpose: request.query.purpose } : {}),
          requestContext: getRequestContext(request),
        });
        // A fixed, PHI-free file name; attachment + nosniff so a browser never renders it in our origin.
        return reply
          .header('content-type', upload.contentType === 'text/plain' ? 'text/plain; charset=utf-8' : upload.contentType)
          .header('content-disposition', `attachment; filename="upload-${upload.id}.${UPLOAD_EXTENSIONS[upload.contentType]}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .send(bytes);
      },
    );
  });
}

function decodeTitle(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
