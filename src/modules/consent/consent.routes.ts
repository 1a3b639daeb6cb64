// HTTP for consent: thin handlers over consent.service.ts, which authorizes, encrypts and audits.
// Paths carry only opaque ids, never PHI.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireAuth } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAuthorize } from '../access/authorize';
import { ZSignedReceipt } from './consent-receipts';
import { createConsentService, type ConsentService } from './consent.service';
import { ZApproval, ZDataCategory, ZGrant, ZGrantMode, ZPurpose, ZReceiptSummary, ZRecipient, ZTemplate } from './consent.types';

const TAGS = ['consent'];
const ZPatientParams = z.strictObject({ patientId: z.uuid() });
const ZGrantParams = ZPatientParams.extend({ grantId: z.uuid() });
const ZIdParams = z.strictObject({ id: z.uuid() });
const ZCreateGrant = z.strictObject({
  templateId: z.uuid(),
  recipient: ZRecipient,
  recipientLabel: z.string().trim().min(1).max(200).describe('Who receives, as shown to the patient (no PHI)'),
  purposes: z.array(ZPurpose).min(1).max(6),
  categories: z.array(ZDataCategory).min(1).max(20),
  mode: ZGrantMode.describe("'per_instance': the patient approves each disclosure; 'standing': allowed until it ends"),
  expiresAt: z.iso.datetime({ offset: true }).optional().describe("End of the permission (default and maximum: the form's maxDays)"),
  signedName: z.string().trim().min(2).max(200).describe("The patient's typed full name: the signature"),
});
const ZGrantResult = z.object({ grant: ZGrant, receiptId: z.uuid() });
const ZDecision = z.strictObject({ decision: z.enum(['approve', 'decline']).describe('"I agree" is approve, "Decline" is decline') });

/**
 * @example
 *   await registerConsentRoutes(app, ctx);
 */
export async function registerConsentRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const consent = createConsentService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, secrets: ctx.secrets, clock: ctx.clock, authorize });
  // The default organization's forms exist from the first start; other organizations get theirs on first use.
  await consent.publishForms(ctx.defaultOrganization.id);
  registerConsentRoutesWith(app, consent);
}

export function registerConsentRoutesWith(app: TApp, consent: ConsentService): void {
  const call = (request: FastifyRequest) => ({ auth: requireAuth(request), requestContext: getRequestContext(request) });

  app.get('/api/v1/consent/templates', { schema: { summary: "The organization's current authorization forms (HIPAA 164.508(c) elements, plain language)", tags: TAGS, response: { 200: z.object({ templates: z.array(ZTemplate) }) } } }, async (request) => ({
    templates: await consent.listTemplates(call(request)),
  }));

  app.get('/api/v1/consent/templates/:id', { schema: { summary: 'One version of an authorization form (published versions never change)', tags: TAGS, params: ZIdParams, response: { 200: ZTemplate } } }, async (request) =>
    consent.getTemplate({ ...call(request), templateId: request.params.id }),
  );

  app.get('/api/v1/patients/:patientId/consent/grants', { schema: { summary: "A patient's consents, newest first (audited)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ grants: z.array(ZGrant) }) } } }, async (request) => ({
    grants: await consent.listGrants({ ...call(request), patientId: request.params.patientId }),
  }));

  app.post(
    '/api/v1/patients/:patientId/consent/grants',
    { schema: { summary: 'Give consent from a form (the patient only; typed-name signature; returns a signed receipt id)', tags: TAGS, params: ZPatientParams, body: ZCreateGrant, response: { 201: ZGrantResult } } },
    async (request, reply) => {
      const { expiresAt, ...body } = request.body;
      const result = await consent.createGrant({ ...call(request), patientId: request.params.patientId, input: { ...body, ...(expiresAt ? { expiresAt: new Date(expiresAt) } : {}) } });
      return reply.code(201).send(result);
    },
  );

  app.post('/api/v1/patients/:patientId/consent/grants/:grantId/revoke', { schema: { summary: 'Revoke a consent; it takes effect at once (the patient only)', tags: TAGS, params: ZGrantParams, response: { 200: ZGrantResult } } }, async (request) =>
    consent.revokeGrant({ ...call(request), patientId: request.params.patientId, grantId: request.params.grantId }),
  );

  app.get('/api/v1/patients/:patientId/consent/approvals', { schema: { summary: "A patient's approval requests (what, with whom, why), newest first (audited)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ approvals: z.array(ZApproval) }) } } }, async (request) => ({
    approvals: await consent.listApprovals({ ...call(request), patientId: request.params.patientId }),
  }));

  app.post('/api/v1/consent/approvals/:id/decision', { schema: { summary: 'Answer an approval request: "I agree" (approve) or "Decline" (the patient only; single use)', tags: TAGS, params: ZIdParams, body: ZDecision, response: { 200: z.object({ approval: ZApproval, receiptId: z.uuid() }) } } }, async (request) =>
    consent.decideApproval({ ...call(request), approvalId: request.params.id, decision: request.body.decision }),
  );

  app.get('/api/v1/patients/:patientId/consent/receipts', { schema: { summary: "A patient's consent receipts, newest first (audited)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ receipts: z.array(ZReceiptSummary) }) } } }, async (request) => ({
    receipts: await consent.listReceipts({ ...call(request), patientId: request.params.patientId }),
  }));

  app.get('/api/v1/consent/receipts/public-key', { schema: { summary: 'The Ed25519 public key that signs consent receipts', tags: TAGS, response: { 200: z.object({ keyId: z.string(), publicKeyPem: z.string() }) } } }, async (request) => {
    requireAuth(request);
    return consent.receiptPublicKey();
  });

  app.get('/api/v1/consent/receipts/:id', { schema: { summary: 'A signed consent receipt (JSON; audited)', tags: TAGS, params: ZIdParams, response: { 200: ZSignedReceipt } } }, async (request, reply) => {
    const receipt = await consent.getReceipt({ ...call(request), receiptId: request.params.id });
    return reply.header('content-disposition', `attachment; filename="consent-receipt-${request.params.id}.json"`).send(receipt);
  });

  app.get(
    '/api/v1/patients/:patientId/consent/fhir',
    { schema: { summary: "A patient's consents as a FHIR R4 Bundle of Consent resources (audited)", tags: TAGS, params: ZPatientParams, response: { 200: z.object({ resourceType: z.literal('Bundle'), type: z.literal('collection'), total: z.number().int(), entry: z.array(z.object({ resource: z.record(z.string(), z.unknown()) })) }) } } },
    async (request) => consent.exportFhir({ ...call(request), patientId: request.params.patientId }),
  );
}
