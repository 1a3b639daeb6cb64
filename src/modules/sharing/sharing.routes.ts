// HTTP for sharing with third parties: the registry (administrators), the names patients and staff
// pick from, and disclosures. Thin: parse, call the registry or the disclose service, answer.
// Paths carry only opaque ids, never PHI.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireAuth } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAuthorize } from '../access/authorize';
import type { ConsentGate } from '../consent/consent.contract';
import { createConsentGate } from '../consent/consent.service';
import { createRecordsService } from '../records/records.service';
import { createDiscloseService, type TDiscloseCall, type TDiscloseOutcome } from './disclose.service';
import { createThirdPartyRegistry, type ThirdPartyRegistry } from './third-parties.service';
import { ZApprovalRequired, ZDisclosed, ZDisclosureBody, ZThirdParty, ZThirdPartyInput, ZThirdPartyName } from './sharing.types';

const TAGS = ['sharing'];
const ZIdParams = z.strictObject({ id: z.uuid() });
const ZPatientParams = z.strictObject({ patientId: z.uuid() });

export interface SharingRoutesOptions {
  /** The consent module's gate (default: createConsentGate). */
  consent?: ConsentGate;
}

/**
 * @example
 *   await registerSharingRoutes(app, ctx);
 */
export async function registerSharingRoutes(app: TApp, ctx: CustosContext, options: SharingRoutesOptions = {}): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const registry = createThirdPartyRegistry({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, authorize, clock: ctx.clock });
  const records = createRecordsService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize });
  const sharing = createDiscloseService({
    db: ctx.db,
    audit: ctx.audit,
    clock: ctx.clock,
    records,
    consent: options.consent ?? createConsentGate({ crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock }),
  });
  registerSharingRoutesWith(app, { registry, disclose: (call) => sharing.disclose(call) });
}

export function registerSharingRoutesWith(
  app: TApp,
  { registry, disclose }: { registry: ThirdPartyRegistry; disclose: (call: TDiscloseCall) => Promise<TDiscloseOutcome> },
): void {
  const call = (request: FastifyRequest) => ({ auth: requireAuth(request), requestContext: getRequestContext(request) });

  app.get(
    '/api/v1/third-parties',
    { schema: { summary: "Names and kinds of the organization's active third parties (anyone signed in; no contact details)", tags: TAGS, response: { 200: z.object({ thirdParties: z.array(ZThirdPartyName) }) } } },
    async (request) => ({ thirdParties: await registry.listNames({ auth: requireAuth(request) }) }),
  );

  app.get(
    '/api/v1/admin/third-parties',
    { schema: { summary: 'The registry of third parties with contact details, archived ones too (admin; audited)', tags: TAGS, response: { 200: z.object({ thirdParties: z.array(ZThirdParty) }) } } },
    async (request) => ({ thirdParties: await registry.listForAdmin(call(request)) }),
  );

  app.post(
    '/api/v1/admin/third-parties',
    { schema: { summary: 'Register a third party (admin; contact details stored encrypted; audited)', tags: TAGS, body: ZThirdPartyInput, response: { 201: ZThirdParty } } },
    async (request, reply) => reply.code(201).send(await registry.createThirdParty({ ...call(request), body: request.body })),
  );

  app.put(
    '/api/v1/admin/third-parties/:id',
    { schema: { summary: 'Change an active third party (admin; audited)', tags: TAGS, params: ZIdParams, body: ZThirdPartyInput, response: { 200: ZThirdParty } } },
    async (request) => registry.updateThirdParty({ ...call(request), id: request.params.id, body: request.body }),
  );

  app.post(
    '/api/v1/admin/third-parties/:id/archive',
    { schema: { summary: 'Archive a third party: it receives nothing more; grants and the accounting keep naming it (admin; audited)', tags: TAGS, params: ZIdParams, response: { 200: ZThirdParty } } },
    async (request) => registry.archiveThirdParty({ ...call(request), id: request.params.id }),
  );

  app.post(
    '/api/v1/patients/:patientId/third-party-disclosures',
    {
      schema: {
        summary: "Disclose a patient's records to a registered third party as a FHIR bundle for download (audited; shows in the patient's accounting of disclosures)",
        description:
          "legalBasis 'authorization': a care-team clinician (or break-glass), with the patient's consent grant for this recipient, purpose and categories. The 164.512 bases: a compliance officer with an open audit review of the patient and a written reason. 200: the bundle. 202: the patient must approve this disclosure first (then repeat with approvalId). 403: refused; `reasons` lists the reason codes.",
        tags: TAGS,
        params: ZPatientParams,
        body: ZDisclosureBody,
        response: { 200: ZDisclosed, 202: ZApprovalRequired },
      },
    },
    async (request, reply) => {
      const outcome = await disclose({ ...call(request), patientId: request.params.patientId, body: request.body });
      // The bundle is PHI for this discloser only: never cached.
      reply.header('cache-control', 'no-store');
      return reply.code(outcome.status === 'approval_required' ? 202 : 200).send(outcome);
    },
  );
}
