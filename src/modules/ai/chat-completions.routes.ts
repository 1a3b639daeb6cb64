// POST /v1/chat/completions: the OpenAI chat completions protocol in front of the gateway, so an
// integrator's OpenAI SDK becomes HIPAA-gated by changing base URL, key and headers:
//   Authorization: Bearer <Custos access token>    who asks (scoped, expiring, revocable)
//   X-Custos-Patient: <patient id>                  whose records are attached (required)
//   X-Custos-Purpose: treatment | patient_request…  why (default: the token's purpose)
//   X-Custos-Approval: <approval id>                the patient's per-instance approval, when asked for
// `model` names a provider configuration (or `custos-default`). The messages are the task; the
// pipeline attaches the patient's records the token may reach. Errors use OpenAI's error shape.
//
// With `stream: true` the answer is sent as server-sent events in OpenAI's chunk format as the
// provider streams it, one whole line at a time: each line is scanned (links, foreign identifiers)
// and re-identified before it is passed on, so a link or identifier split across the provider's
// chunks is never sent unscanned.
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import { PURPOSES } from '../access/access.types';
import type { TApp } from '../../server/app';
import { requireAuth } from '../../server/auth';
import { logServerError, OPENAI_ERRORS, toErrorResponse, toOpenAiError } from '../../server/errors';
import { getRequestContext } from '../../server/request-context';
import type { AiGateway } from './ai-gateway';
import type { ChatMessage } from './providers/provider.types';

const ZContentPart = z.looseObject({ type: z.string(), text: z.string().optional() });
const ZChatMessage = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant']),
  content: z.union([z.string().max(100_000), z.array(ZContentPart).max(100)]),
});
const ZChatBody = z.looseObject({
  model: z.string().min(1).max(80),
  messages: z.array(ZChatMessage).min(1).max(100),
  stream: z.boolean().optional(),
  max_tokens: z.number().int().min(1).max(32_000).optional(),
  max_completion_tokens: z.number().int().min(1).max(32_000).optional(),
  temperature: z.number().min(0).max(2).optional(),
});
const ZChatHeaders = z.looseObject({
  'x-custos-patient': z.uuid().describe('The patient whose records are attached'),
  'x-custos-purpose': z.enum(PURPOSES).optional().describe("Why; default: the token's purpose"),
  'x-custos-approval': z.uuid().optional().describe("The patient's per-instance approval of this disclosure"),
});

// OpenAI's error shape, plus the decision's reason codes, for every error of this route: those
// raised before the handler runs (authentication, validation) too (errors.ts OPENAI_ERRORS).
const ZOpenAiError = z.object({
  error: z.looseObject({ message: z.string(), type: z.string(), code: z.string(), param: z.string().nullable(), reasons: z.array(z.string()).optional(), requestId: z.string() }),
});
const ZErrorResponse = ZOpenAiError;

export function registerChatCompletionsRoute(app: TApp, gateway: AiGateway): void {
  app.post(
    '/v1/chat/completions',
    {
      config: { [OPENAI_ERRORS]: true },
      schema: {
        summary: 'OpenAI-compatible chat completions through the Custos gateway (headers X-Custos-Patient, X-Custos-Purpose, X-Custos-Approval)',
        tags: ['ai'],
        headers: ZChatHeaders,
        body: ZChatBody,
        response: { 200: z.unknown().describe('An OpenAI chat.completion, or with stream: true server-sent chat.completion.chunk events'), '4xx': ZErrorResponse, '5xx': ZErrorResponse },
      },
    },
    async (request, reply) => {
      const requestContext = getRequestContext(request);
      const body = request.body;
      const created = Math.floor(Date.now() / 1000);
      const completionId = `chatcmpl-${randomUUID()}`;
      const chunk = (choice: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
        `data: ${JSON.stringify({ id: completionId, object: 'chat.completion.chunk', created, model: body.model, system_fingerprint: null, choices: [{ index: 0, logprobs: null, finish_reason: null, ...choice }], ...extra })}\n\n`;
      // The event stream opens with the first scanned line, i.e. after every decision: a refusal
      // or an approval request is still a plain JSON answer with its status.
      let events: PassThrough | undefined;
      const open = (): PassThrough => {
        if (!events) {
          events = new PassThrough();
          void reply.code(200).header('content-type', 'text/event-stream; charset=utf-8').header('cache-control', 'no-store').send(events);
          events.write(chunk({ delta: { role: 'assistant', content: '' } }));
        }
        return events;
      };
      // A client that goes away cancels the provider call.
      const cancel = new AbortController();
      reply.raw.on('close', () => {
        if (!reply.raw.writableFinished) cancel.abort();
      });
      try {
        const approval = request.headers['x-custos-approval'];
        const purpose = request.headers['x-custos-purpose'];
        const maxTokens = body.max_completion_tokens ?? body.max_tokens;
        const outcome = await gateway.run({
          auth: requireAuth(request),
          requestContext,
          patientId: request.headers['x-custos-patient'],
          task: 'question',
          provider: { name: body.model },
          conversation: body.messages.map(toChatMessage),
          signal: cancel.signal,
          ...(purpose ? { purpose } : {}),
          ...(approval ? { approvalId: approval } : {}),
          ...(maxTokens ? { maxTokens } : {}),
          ...(body.temperature !== undefined ? { temperature: body.temperature } : {}),
          ...(body.stream ? { onText: (text: string) => void open().write(chunk({ delta: { content: text } })) } : {}),
        });
        if (outcome.status === 'approval_required') {
          return reply.code(403).send({
            error: {
              message: 'The patient must approve this disclosure first; repeat the request with the X-Custos-Approval header once they have.',
              type: 'approval_required',
              code: 'approval_required',
              param: null,
              approvalId: outcome.approvalId,
              disclosure: outcome.disclosure,
              reasons: ['consent.approval_required'],
              requestId: requestContext.requestId,
            },
          });
        }
        const usage = outcome.usage
          ? { prompt_tokens: outcome.usage.inputTokens, completion_tokens: outcome.usage.outputTokens, total_tokens: outcome.usage.inputTokens + outcome.usage.outputTokens }
          : undefined;
        if (body.stream) {
          const stream = open();
          stream.write(chunk({ delta: {}, finish_reason: 'stop' }, { ...(usage ? { usage } : {}), custos: { requestId: outcome.id, disclosure: outcome.disclosure } }));
          stream.end('data: [DONE]\n\n');
          return reply;
        }
        reply.header('x-custos-ai-request', outcome.id);
        return reply.code(200).send({
          id: completionId,
          object: 'chat.completion',
          created,
          model: body.model,
          choices: [{ index: 0, message: { role: 'assistant', content: outcome.answer, refusal: null }, logprobs: null, finish_reason: 'stop' }],
          ...(usage ? { usage } : {}),
          custos: { requestId: outcome.id, disclosure: outcome.disclosure },
        });
      } catch (error) {
        const mapped = toErrorResponse(error, requestContext.requestId);
        logServerError(request, mapped, error);
        const failure = toOpenAiError(mapped.body);
        if (events) {
          // Mid-stream: the status is already sent; say so in the stream, as OpenAI does, and end it.
          events.end(`data: ${JSON.stringify(failure)}\n\n`);
          return reply;
        }
        return reply.code(mapped.status).send(failure);
      }
    },
  );
}

function toChatMessage(message: z.infer<typeof ZChatMessage>): ChatMessage {
  const content = typeof message.content === 'string' ? message.content : message.content.map((p) => (p.type === 'text' ? (p.text ?? '') : '')).join('\n');
  return { role: message.role === 'developer' ? 'system' : message.role, content };
}
