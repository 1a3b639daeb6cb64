// HTTP for the patient's rights: thin handlers over the services in this folder, which authorize
// (decide()), work and audit. Paths carry only opaque ids, never PHI.
import { z } from 'zod';
import type { CustosContext } from '../../../context';
import type { TApp } from '../../../server/app';
import { requireAuth } from '../../../server/auth';
import { getRequestContext } from '../../../server/request-context';
import { RESOURCE_TYPES } from '../../access/access.types';
import { createAuthorize } from '../../access/authorize';
import { createRecordsService, type RecordsService } from '../records.service';
import { ZFhirResource } from '../records.types';
import { createAccessLogService, MAX_PAGE, type AccessLogService } from './access-log.service';
import { createAmendmentService, type AmendmentService, type TAmendment } from './amendments.service';
import { completePendingDeletions, createDeletionService, type DeletionService } from './deletion.service';
import { toExportBundle } from './export-bundle';
import { createHoldsService, type HoldsService } from './holds.service';

const TAGS = ['patient rights'];
const DELETION_JOB_INTERVAL_MS = 60 * 60 * 1000;
const ZPatientParams = z.strictObject({ patientId: z.uuid() });
const ZPageQuery = z.strictObject({
  before: z.coerce.number().int().min(1).optional().describe('Cursor: the nextBefore of the previous page'),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE).optional(),
});
const iso = z.iso.datetime();

const ZAccessLogPage = z.object({
  entries: z.array(
    z.object({
      id: z.uuid(),
      at: iso,
      action: z.string(),
      resourceType: z.string(),
      outcome: z.string(),
      purpose: z.string(),
      actorRole: z.string(),
      actorName: z.string().nullable().describe('Staff only; null for the patient, other patients and the system'),
      self: z.boolean(),
      breakGlass: z.boolean(),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});

const ZDisclosurePage = z.object({
  entries: z.array(
    z.object({
      id: z.uuid(),
      at: iso,
      recipientKind: z.enum(['ai_provider', 'third_party']),
      recipient: z.string().nullable(),
      purpose: z.string(),
      categories: z.array(z.string()),
      identifiable: z.boolean().nullable(),
      task: z.string().nullable(),
      recordCount: z.number().int().nullable(),
      legalBasis: z.string().nullable().describe("Third-party disclosures: 'authorization' or the 45 CFR 164.512 basis"),
      outcome: z.string(),
    }),
  ),
  nextBefore: z.number().int().nullable(),
});

const ZExportBundle = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: iso,
  total: z.number().int(),
  entry: z.array(z.object({ fullUrl: z.string(), resource: ZFhirResource })),
});

const ZAmendment = z
  .object({
    id: z.uuid(),
    recordId: z.uuid(),
    resourceType: z.string(),
    text: z.string(),
    status: z.enum(['pending', 'accepted', 'denied']),
    requestedAt: iso,
    decidedAt: iso.nullable(),
    decisionReason: z.string().nullable(),
  })
  .meta({ id: 'AmendmentRequest' });
const ZAmendmentBody = z.strictObject({
  resourceType: z.enum(RESOURCE_TYPES),
  recordId: z.uuid(),
  text: z.string().trim().min(1).max(4000).describe('What is wrong and what it should say'),
});
const ZDecisionBody = z.strictObject({
  decision: z.enum(['accepted', 'denied']),
  reason: z.string().trim().min(1).max(2000).describe('Shown to the patient'),
});

const ZBlock = z.object({ kind: z.enum(['legal_hold', 'retention']), earliestAt: iso.nullable(), explanation: z.string() });
const ZReceipt = z.object({
  requestId: z.uuid(),
  patientId: z.uuid(),
  requestedAt: iso,
  completedAt: iso,
  auditEntryId: z.uuid(),
  done: z.object({
    subjectKeysDestroyed: z.number().int(),
    identifierIndexRowsRemoved: z.number().int(),
    careTeamLinksRemoved: z.number().int(),
    accountDisabled: z.boolean(),
    sessionsEnded: z.number().int(),
    accessTokensRevoked: z.number().int(),
  }),
});
const ZDeletionOutcome = z.object({
  status: z.enum(['completed', 'pending']),
  requestId: z.uuid(),
  block: ZBlock.nullable(),
  receipt: ZReceipt.nullable(),
});
const ZHold = z.object({ id: z.uuid(), reason: z.string().nullable(), placedBy: z.uuid(), placedAt: iso, releasedAt: iso.nullable() });
const ZRetention = z.object({ keepYearsAfterLastUpdate: z.number().int() });

export interface PatientRightsServices {
  records: RecordsService;
  accessLog: AccessLogService;
  amendments: AmendmentService;
  deletion: DeletionService;
  holds: HoldsService;
  clock: { now(): Date };
}

/**
 * @example
 *   await registerPatientRightsRoutes(app, ctx);
 */
export async function registerPatientRightsRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const deps = { db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, authorize, clock: ctx.clock };
  registerPatientRightsRoutesWith(app, {
    records: createRecordsService(deps),
    accessLog: createAccessLogService(deps),
    amendments: createAmendmentService(deps),
    deletion: createDeletionService(deps),
    holds: createHoldsService(deps),
    clock: ctx.clock,
  });

  // Pending deletion requests complete on their own once the block ends: at start, then hourly.
  // Several instances may run it at once (each request is taken with `for update skip locked`).
  let timer: NodeJS.Timeout | undefined;
  const completeDeletions = () =>
    completePendingDeletions(ctx, ctx.clock.now())
      .then((run) => {
        if (run.completed > 0 || run.failed > 0) app.log.info({ deletionsCompleted: run.completed, deletionsFailed: run.failed }, 'pending deletion requests processed');
      })
      .catch((error: unknown) => app.log.warn({ errorName: error instanceof Error ? error.name : 'unknown' }, 'completing pending deletions failed'));
  app.addHook('onReady', async () => {
    await completeDeletions();
    timer = setInterval(() => void completeDeletions(), DELETION_JOB_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

export function registerPatientRightsRoutesWith(app: TApp, s: PatientRightsServices): void {
  const call = (request: Parameters<typeof getRequestContext>[0]) => ({ requestContext: getRequestContext(request) });

  app.get(
    '/api/v1/patients/:patientId/export',
    {
      schema: {
        summary: 'Download all my data: every record as one FHIR R4 Bundle (collection); the patient only, audited with the record ids',
        tags: TAGS,
        params: ZPatientParams,
        response: { 200: ZExportBundle },
      },
    },
    async (request, reply) => {
      const resources = await s.records.exportRecords({ auth: requireAuth(request), patientId: request.params.patientId, ...call(request) });
      void reply.header('content-disposition', 'attachment; filename="custos-health-record.json"');
      return toExportBundle(resources, s.clock.now());
    },
  );

  app.get(
    '/api/v1/patients/:patientId/access-log',
    { schema: { summary: 'Who saw my data: audit entries about the patient, newest first (patient, compliance officer; audited)', tags: TAGS, params: ZPatientParams, querystring: ZPageQuery, response: { 200: ZAccessLogPage } } },
    async (request) => {
      const page = await s.accessLog.readAccessLog({ auth: requireAuth(request), patientId: request.params.patientId, ...pageOf(request.query), ...call(request) });
      return { entries: page.entries.map(({ seq: _seq, ...e }) => ({ ...e, at: e.at.toISOString() })), nextBefore: page.nextBefore };
    },
  );

  app.get(
    '/api/v1/patients/:patientId/disclosures',
    { schema: { summary: 'Accounting of disclosures: who outside treatment received the data, when, what and why (audited)', tags: TAGS, params: ZPatientParams, querystring: ZPageQuery, response: { 200: ZDisclosurePage } } },
    async (request) => {
      const page = await s.accessLog.readDisclosures({ auth: requireAuth(request), patientId: request.params.patientId, ...pageOf(request.query), ...call(request) });
      return { entries: page.entries.map(({ seq: _seq, ...e }) => ({ ...e, at: e.at.toISOString() })), nextBefore: page.nextBefore };
    },
  );

  app.get(
    '/api/v1/patients/:patientId/amendments',
    { schema: { summary: "The patient's amendment requests and their outcomes (the patient; the care team)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ amendments: z.array(ZAmendment) }) } } },
    async (request) => ({ amendments: (await s.amendments.listAmendments({ auth: requireAuth(request), patientId: request.params.patientId, ...call(request) })).map(amendmentView) }),
  );

  app.post(
    '/api/v1/patients/:patientId/amendments',
    { schema: { summary: 'Request an amendment of one record (the patient)', tags: TAGS, params: ZPatientParams, body: ZAmendmentBody, response: { 201: ZAmendment } } },
    async (request, reply) => {
      const created = await s.amendments.requestAmendment({ auth: requireAuth(request), patientId: request.params.patientId, ...request.body, ...call(request) });
      return reply.code(201).send(amendmentView(created));
    },
  );

  app.post(
    '/api/v1/patients/:patientId/amendments/:amendmentId/decision',
    {
      schema: {
        summary: 'Accept or deny an amendment request with a reason (a clinician with treatment access to the patient)',
        tags: TAGS,
        params: ZPatientParams.extend({ amendmentId: z.uuid() }),
        body: ZDecisionBody,
        response: { 200: ZAmendment },
      },
    },
    async (request) =>
      amendmentView(await s.amendments.decideAmendment({ auth: requireAuth(request), ...request.params, ...request.body, ...call(request) })),
  );

  app.get(
    '/api/v1/amendment-requests',
    {
      schema: {
        summary: "The organization's amendment queue, without texts (compliance officer)",
        tags: TAGS,
        querystring: z.strictObject({ status: z.enum(['pending', 'accepted', 'denied']).optional() }),
        response: {
          200: z.object({
            amendments: z.array(z.object({ id: z.uuid(), patientId: z.uuid(), recordId: z.uuid(), resourceType: z.string(), status: z.string(), requestedAt: iso, decidedAt: iso.nullable() })),
          }),
        },
      },
    },
    async (request) => {
      const rows = await s.amendments.listAmendmentQueue({ auth: requireAuth(request), ...(request.query.status ? { status: request.query.status } : {}), ...call(request) });
      return { amendments: rows.map((r) => ({ ...r, requestedAt: r.requestedAt.toISOString(), decidedAt: r.decidedAt?.toISOString() ?? null })) };
    },
  );

  app.get(
    '/api/v1/patients/:patientId/deletion-request',
    {
      schema: {
        summary: 'What a deletion request would meet now (retention, legal holds) and the latest request (the patient)',
        tags: TAGS,
        params: ZPatientParams,
        response: {
          200: z.object({
            retentionYears: z.number().int(),
            block: ZBlock.nullable(),
            latest: z.object({ id: z.uuid(), status: z.enum(['pending', 'completed']), requestedAt: iso, receipt: ZReceipt.nullable() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const status = await s.deletion.deletionStatus({ auth: requireAuth(request), patientId: request.params.patientId, ...call(request) });
      return {
        retentionYears: status.retentionYears,
        block: status.block ? blockView(status.block) : null,
        latest: status.latest ? { ...status.latest, requestedAt: status.latest.requestedAt.toISOString() } : null,
      };
    },
  );

  app.post(
    '/api/v1/patients/:patientId/deletion-request',
    {
      schema: {
        summary: 'Delete my account and records (the patient): carried out with a receipt, or saved as pending with the reason and earliest date',
        tags: TAGS,
        params: ZPatientParams,
        body: z.strictObject({ confirm: z.literal('DELETE').describe('Typed by the patient to confirm') }),
        response: { 200: ZDeletionOutcome, 202: ZDeletionOutcome },
      },
    },
    async (request, reply) => {
      const outcome = await s.deletion.requestDeletion({ auth: requireAuth(request), patientId: request.params.patientId, ...call(request) });
      if (outcome.status === 'completed') return reply.code(200).send({ status: 'completed', requestId: outcome.receipt.requestId, block: null, receipt: outcome.receipt });
      return reply.code(202).send({ status: 'pending', requestId: outcome.requestId, block: blockView(outcome.block), receipt: null });
    },
  );

  app.get('/api/v1/retention-rule', { schema: { summary: "The organization's retention rule", tags: TAGS, response: { 200: ZRetention } } }, async (request) =>
    s.holds.readRetention({ auth: requireAuth(request), ...call(request) }),
  );

  app.put(
    '/api/v1/retention-rule',
    {
      schema: {
        summary: "Set the organization's retention rule (admin): keep records N years after their last update, 0 = none",
        tags: TAGS,
        body: z.strictObject({ keepYearsAfterLastUpdate: z.number().int().min(0).max(100) }),
        response: { 200: ZRetention },
      },
    },
    async (request) => s.holds.setRetention({ auth: requireAuth(request), keepYearsAfterLastUpdate: request.body.keepYearsAfterLastUpdate, ...call(request) }),
  );

  app.get(
    '/api/v1/patients/:patientId/legal-holds',
    { schema: { summary: "A patient's legal holds (compliance officer)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ holds: z.array(ZHold) }) } } },
    async (request) => ({ holds: (await s.holds.listLegalHolds({ auth: requireAuth(request), patientId: request.params.patientId, ...call(request) })).map(holdView) }),
  );

  app.post(
    '/api/v1/patients/:patientId/legal-holds',
    {
      schema: {
        summary: 'Place a legal hold on a patient (compliance officer); it blocks deletion until lifted',
        tags: TAGS,
        params: ZPatientParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(2000).describe('A case reference; kept encrypted') }),
        response: { 201: ZHold },
      },
    },
    async (request, reply) => reply.code(201).send(holdView(await s.holds.placeLegalHold({ auth: requireAuth(request), patientId: request.params.patientId, reason: request.body.reason, ...call(request) }))),
  );

  app.delete(
    '/api/v1/patients/:patientId/legal-holds/:holdId',
    { schema: { summary: 'Lift a legal hold (compliance officer)', tags: TAGS, params: ZPatientParams.extend({ holdId: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await s.holds.releaseLegalHold({ auth: requireAuth(request), ...request.params, ...call(request) });
      return reply.code(204).send(null);
    },
  );
}

function pageOf(q: { before?: number | undefined; limit?: number | undefined }) {
  return { ...(q.before ? { before: q.before } : {}), ...(q.limit ? { limit: q.limit } : {}) };
}

function amendmentView(a: TAmendment) {
  return { ...a, requestedAt: a.requestedAt.toISOString(), decidedAt: a.decidedAt?.toISOString() ?? null };
}

function blockView(b: { kind: 'legal_hold' | 'retention'; earliestAt: Date | null; explanation: string }) {
  return { kind: b.kind, earliestAt: b.earliestAt?.toISOString() ?? null, explanation: b.explanation };
}

function holdView(h: { id: string; reason: string | null; placedBy: string; placedAt: Date; releasedAt: Date | null }) {
  return { ...h, placedAt: h.placedAt.toISOString(), releasedAt: h.releasedAt?.toISOString() ?? null };
}
