// HTTP for the ai module: the provider/BAA registry, gateway requests, and the OpenAI-compatible
// endpoint (chat-completions.routes.ts). Thin: parse, call the registry or the gateway, answer.
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireAuth } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAuthorize } from '../access/authorize';
import type { ConsentGate } from '../consent/consent.contract';
import { createConsentGate } from '../consent/consent.service';
import { createDeidEngine, type DeidEngine } from '../deid/deid-engine';
import { createRecordsService } from '../records/records.service';
import { createAiGateway, type AiGateway } from './ai-gateway';
import { createProviderRegistry, type ProviderRegistry } from './ai-registry.service';
import { ZAiApprovalRequired, ZAiCompleted, ZAiRequestBody, ZCreateProvider, ZDisclosureView, ZProviderView, ZPutBaa } from './ai.types';
import { registerChatCompletionsRoute } from './chat-completions.routes';
import { createProviderFactory, type TAdapterOptions } from './provider-factory';

const TAGS = ['ai'];
const BAA_CHECK_INTERVAL_MS = 60 * 60_000;

export interface AiRoutesOptions {
  /** The consent module's gate (default: createConsentGate; tests may pass a double). */
  consent?: ConsentGate;
  /** Settings for the HTTP adapters: timeouts, retries, a private CA. */
  adapterOptions?: TAdapterOptions;
}

/**
 * @example
 *   await registerAiRoutes(app, ctx);
 */
export async function registerAiRoutes(app: TApp, ctx: CustosContext, options: AiRoutesOptions = {}): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const registry = createProviderRegistry({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, authorize, clock: ctx.clock });
  const records = createRecordsService({ db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize });
  let engine: DeidEngine | undefined;
  const gateway = createAiGateway({
    db: ctx.db,
    crypto: ctx.crypto,
    audit: ctx.audit,
    clock: ctx.clock,
    records,
    consent: options.consent ?? createConsentGate({ crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock }),
    registry,
    adapters: createProviderFactory(options.adapterOptions),
    // The dictionaries take a moment to load: on the first request that needs them, not at start.
    deidEngine: () => (engine ??= createDeidEngine()),
    authorize,
  });

  // The built-in local configuration exists from the first start; BAA expiry is checked at start,
  // hourly, and on every gateway request.
  await registry.ensureLocalProvider(ctx.db, ctx.defaultOrganization.id);
  let timer: NodeJS.Timeout | undefined;
  const checkExpiry = () => registry.checkBaaExpiry().catch((error: unknown) => app.log.warn({ errorName: error instanceof Error ? error.name : 'unknown' }, 'BAA expiry check failed'));
  app.addHook('onReady', async () => {
    await checkExpiry();
    timer = setInterval(() => void checkExpiry(), BAA_CHECK_INTERVAL_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));

  registerAiRoutesWith(app, { registry, gateway });
  registerChatCompletionsRoute(app, gateway);
}

export function registerAiRoutesWith(app: TApp, { registry, gateway }: { registry: ProviderRegistry; gateway: AiGateway }): void {
  app.get(
    '/api/v1/ai/providers',
    {
      schema: {
        summary: 'AI provider configurations, their BAAs and whether PHI may go to each (any signed-in user)',
        tags: TAGS,
        response: { 200: z.object({ providers: z.array(ZProviderView) }) },
      },
    },
    async (request) => ({ providers: await registry.listProviders({ auth: requireAuth(request) }) }),
  );

  app.post(
    '/api/v1/ai/providers',
    { schema: { summary: 'Add an AI provider configuration (admin; the API key is stored encrypted and never returned; audited)', tags: TAGS, body: ZCreateProvider, response: { 201: ZProviderView } } },
    async (request, reply) => {
      const created = await registry.createProvider({ auth: requireAuth(request), requestContext: getRequestContext(request), body: request.body });
      return reply.code(201).send(created);
    },
  );

  app.put(
    '/api/v1/ai/providers/:id/baa',
    {
      schema: {
        summary: "Record or replace a provider configuration's BAA (admin or compliance officer; audited)",
        tags: TAGS,
        params: z.strictObject({ id: z.uuid() }),
        body: ZPutBaa,
        response: { 200: ZProviderView },
      },
    },
    async (request) => registry.putBaa({ auth: requireAuth(request), requestContext: getRequestContext(request), providerConfigId: request.params.id, body: request.body }),
  );

  app.post(
    '/api/v1/ai/requests',
    {
      schema: {
        summary: "Ask the AI about a patient's records through the gateway (access, consent, BAA, de-identification, output scanning; audited)",
        description: '200: the answer. 202: the patient must approve this disclosure first (answer the approval, then repeat the request with approvalId). 403: refused; `reasons` lists the reason codes.',
        tags: TAGS,
        body: ZAiRequestBody,
        response: { 200: ZAiCompleted, 202: ZAiApprovalRequired },
      },
    },
    async (request, reply) => {
      const { patientId, purpose, task, question, recordIds, providerConfigId, approvalId } = request.body;
      const outcome = await gateway.run({
        auth: requireAuth(request),
        requestContext: getRequestContext(request),
        patientId,
        task,
        ...(purpose ? { purpose } : {}),
        ...(question ? { question } : {}),
        ...(recordIds ? { recordIds } : {}),
        ...(providerConfigId ? { provider: { id: providerConfigId } } : {}),
        ...(approvalId ? { approvalId } : {}),
      });
      if (outcome.status === 'approval_required') return reply.code(202).send(outcome);
      const { id, answer, disclosure } = outcome;
      return reply.code(200).send({ id, status: 'completed' as const, answer, disclosure });
    },
  );

  app.get(
    '/api/v1/ai/requests/:id',
    {
      schema: {
        summary: 'A stored AI answer (only for the person who asked; audited)',
        tags: TAGS,
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.object({ id: z.uuid(), status: z.string(), answer: z.string().nullable(), disclosure: ZDisclosureView, createdAt: z.string() }) },
      },
    },
    async (request) => gateway.getResult({ auth: requireAuth(request), requestContext: getRequestContext(request), id: request.params.id }),
  );
}
