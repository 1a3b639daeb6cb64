// HTTP for the records door: thin handlers over records.service.ts, which authorizes, scopes,
// encrypts and audits. Paths carry only opaque ids and the resource type, never PHI.
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireAuth } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { PURPOSES, RESOURCE_TYPES } from '../access/access.types';
import { createAuthorize } from '../access/authorize';
import { createRecordsService, type RecordsService } from './records.service';
import { ZFhirResource, ZFhirResourceInput } from './records.types';

const TAGS = ['records'];
const ZTypeParams = z.strictObject({ patientId: z.uuid(), resourceType: z.enum(RESOURCE_TYPES) });
const ZRecordParams = ZTypeParams.extend({ id: z.uuid() });
const ZPurposeQuery = z.strictObject({
  purpose: z.enum(PURPOSES).optional().describe("Why the records are used. Default: the token's purpose, else your role's usual one (patient_request, treatment, audit_review)"),
});
const ZSearchQuery = ZPurposeQuery.extend({
  _count: z.coerce.number().int().min(1).max(100).optional().describe('Page size (default and maximum 100)'),
  _cursor: z.string().max(200).optional().describe('The next page: copy it from the link with relation "next" of the previous page'),
});
const ZSearchBundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('searchset'),
  total: z.number().int(),
  link: z.array(z.object({ relation: z.enum(['self', 'next']), url: z.string() })),
  entry: z.array(z.object({ resource: ZFhirResource })),
});

/**
 * @example
 *   await registerRecordsRoutes(app, ctx);
 */
export async function registerRecordsRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  registerRecordsRoutesWith(app, createRecordsService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize }));
}

export function registerRecordsRoutesWith(app: TApp, records: RecordsService): void {
  // FHIR clients send application/fhir+json: the same JSON parser, with prototype poisoning refused.
  if (!app.hasContentTypeParser('application/fhir+json')) {
    app.addContentTypeParser('application/fhir+json', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  }
  app.get(
    '/api/v1/patients/:patientId/:resourceType',
    {
      schema: {
        summary: "Search one type of a patient's records (FHIR searchset; audited with the ids returned)",
        tags: TAGS,
        params: ZTypeParams,
        querystring: ZSearchQuery,
        response: { 200: ZSearchBundle },
      },
    },
    async (request) => {
      const { patientId, resourceType } = request.params;
      const { purpose, _count, _cursor } = request.query;
      const found = await records.searchRecordsPage({
        auth: requireAuth(request),
        patientId,
        resourceType,
        ...(purpose ? { purpose } : {}),
        ...(_count ? { limit: _count } : {}),
        ...(_cursor !== undefined ? { cursor: _cursor } : {}),
        requestContext: getRequestContext(request),
      });
      const path = `/api/v1/patients/${patientId}/${resourceType}`;
      const query = (cursor?: string) => {
        const params = new URLSearchParams();
        if (purpose) params.set('purpose', purpose);
        if (_count) params.set('_count', String(_count));
        if (cursor) params.set('_cursor', cursor);
        const text = params.toString();
        return text ? `${path}?${text}` : path;
      };
      const link = [{ relation: 'self' as const, url: query(_cursor) }, ...(found.nextCursor ? [{ relation: 'next' as const, url: query(found.nextCursor) }] : [])];
      return { resourceType: 'Bundle' as const, type: 'searchset' as const, total: found.total, link, entry: found.resources.map((resource) => ({ resource })) };
    },
  );

  app.get(
    '/api/v1/patients/:patientId/:resourceType/:id',
    { schema: { summary: "Read one of a patient's records (audited)", tags: TAGS, params: ZRecordParams, querystring: ZPurposeQuery, response: { 200: ZFhirResource } } },
    async (request) => {
      const { purpose } = request.query;
      return records.readRecord({ auth: requireAuth(request), ...request.params, ...(purpose ? { purpose } : {}), requestContext: getRequestContext(request) });
    },
  );

  app.post(
    '/api/v1/patients/:patientId/:resourceType',
    {
      schema: {
        summary: "Add a record to a patient's chart (the server assigns the id; audited)",
        tags: TAGS,
        params: ZTypeParams,
        querystring: ZPurposeQuery,
        body: ZFhirResourceInput,
        response: { 201: ZFhirResource },
      },
    },
    async (request, reply) => {
      const { purpose } = request.query;
      const created = await records.createRecord({
        auth: requireAuth(request),
        ...request.params,
        resource: request.body,
        ...(purpose ? { purpose } : {}),
        requestContext: getRequestContext(request),
      });
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/api/v1/patients/:patientId/:resourceType/:id',
    {
      schema: {
        summary: 'Replace a record (meta.versionId, when sent, must be the current version; audited)',
        tags: TAGS,
        params: ZRecordParams,
        querystring: ZPurposeQuery,
        body: ZFhirResourceInput,
        response: { 200: ZFhirResource },
      },
    },
    async (request) => {
      const { purpose } = request.query;
      return records.updateRecord({
        auth: requireAuth(request),
        ...request.params,
        resource: request.body,
        ...(purpose ? { purpose } : {}),
        requestContext: getRequestContext(request),
      });
    },
  );
}
