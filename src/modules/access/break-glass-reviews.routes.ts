// HTTP for break-glass: a clinician opens emergency access with a reason; the compliance officer
// works the review queue and may open a read-only audit review of one chart. Thin handlers over break-glass.service.ts.
import { z } from 'zod';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { GRANT_REASON_MAX_LENGTH, GRANT_REASON_MIN_LENGTH } from './break-glass';
import type { BreakGlassService, TOpenedGrant } from './break-glass.service';

const TAGS = ['break-glass'];
const ZOutcome = z.enum(['appropriate', 'inappropriate']);
const ZGrant = z.object({ id: z.uuid(), patientId: z.uuid(), grantedAt: z.iso.datetime(), expiresAt: z.iso.datetime() });

/**
 * @example
 *   registerBreakGlassRoutes(app, createBreakGlassService({ db, audit, crypto, authorize }));
 */
export function registerBreakGlassRoutes(app: TApp, breakGlass: BreakGlassService): void {
  const openSchema = (summary: string) => ({
    summary,
    tags: TAGS,
    params: z.strictObject({ patientId: z.uuid() }),
    body: z.strictObject({
      // Length rules live in break-glass.ts so the answer can say what is wrong; this only bounds the size.
      reason: z.string().max(GRANT_REASON_MAX_LENGTH * 4).describe(`Why, in at least ${GRANT_REASON_MIN_LENGTH} characters`),
    }),
    response: { 201: z.object({ grant: ZGrant }) },
  });
  const toView = (g: TOpenedGrant) => ({ grant: { ...g, grantedAt: g.grantedAt.toISOString(), expiresAt: g.expiresAt.toISOString() } });

  app.post(
    '/api/v1/patients/:patientId/break-glass',
    { schema: openSchema('Open break-glass access to a patient outside your care team (clinician; flagged, alerted, reviewed)') },
    async (request, reply) => {
      const grant = await breakGlass.openBreakGlass({ auth: requireSession(request), patientId: request.params.patientId, reason: request.body.reason, requestContext: getRequestContext(request) });
      return reply.code(201).send(toView(grant));
    },
  );

  app.post(
    '/api/v1/patients/:patientId/audit-review',
    { schema: openSchema("Open a read-only audit review of one patient's chart (compliance officer; flagged)") },
    async (request, reply) => {
      const grant = await breakGlass.openAuditReview({ auth: requireSession(request), patientId: request.params.patientId, reason: request.body.reason, requestContext: getRequestContext(request) });
      return reply.code(201).send(toView(grant));
    },
  );

  app.get(
    '/api/v1/compliance/break-glass-reviews',
    {
      schema: {
        summary: 'Break-glass accesses waiting for review (compliance officer)',
        tags: TAGS,
        response: {
          200: z.object({
            reviews: z.array(
              z.object({
                id: z.uuid(),
                userId: z.uuid(),
                clinician: z.string().describe('Who opened the chart: name, or email when no name is on file'),
                patientId: z.uuid(),
                reason: z.string(),
                grantedAt: z.iso.datetime(),
                expiresAt: z.iso.datetime(),
                revokedAt: z.iso.datetime().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const reviews = await breakGlass.listOpenReviews({ auth: requireSession(request), requestContext: getRequestContext(request) });
      return {
        reviews: reviews.map((r) => ({ ...r, grantedAt: r.grantedAt.toISOString(), expiresAt: r.expiresAt.toISOString(), revokedAt: r.revokedAt?.toISOString() ?? null })),
      };
    },
  );

  app.post(
    '/api/v1/compliance/break-glass-reviews/:grantId/review',
    {
      schema: {
        summary: 'Record the review of a break-glass access; inappropriate access still running is ended',
        tags: TAGS,
        params: z.strictObject({ grantId: z.uuid() }),
        body: z.strictObject({ outcome: ZOutcome, note: z.string().trim().max(2000).optional() }),
        response: { 200: z.object({ review: z.object({ id: z.uuid(), outcome: ZOutcome, reviewedAt: z.iso.datetime(), revoked: z.boolean() }) }) },
      },
    },
    async (request) => {
      const review = await breakGlass.reviewBreakGlass({
        auth: requireSession(request),
        grantId: request.params.grantId,
        outcome: request.body.outcome,
        note: request.body.note || null,
        requestContext: getRequestContext(request),
      });
      return { review: { ...review, reviewedAt: review.reviewedAt.toISOString() } };
    },
  );
}
