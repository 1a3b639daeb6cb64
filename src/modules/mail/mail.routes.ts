// The mail outbox over HTTP, for administrators (/api/v1/admin/outbox). Reading is audited.
import { z } from 'zod';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createOutboxService, type OutboxDeps } from './outbox.service';

const PREFIX = '/api/v1/admin/outbox';
const TAGS = ['administration'];

export const ZOutboxSummary = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    status: z.enum(['outbox', 'queued', 'sent', 'failed']),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    sentAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OutboxSummary' });
export const ZOutboxMessage = ZOutboxSummary.extend({ text: z.string() }).meta({ id: 'OutboxMessage' });

type TView = { createdAt: Date; sentAt: Date | null };
const view = <T extends TView>(m: T) => ({ ...m, createdAt: m.createdAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null });

/**
 * @example
 *   registerMailRoutes(app, { db, mailer, audit, authorize });
 */
export function registerMailRoutes(app: TApp, deps: OutboxDeps): void {
  const outbox = createOutboxService(deps);

  app.get(
    PREFIX,
    {
      schema: {
        summary: 'Mail of the organization, newest first (recipient, subject, delivery state)',
        tags: TAGS,
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(200).default(50), before: z.iso.datetime().optional() }),
        response: { 200: z.object({ messages: z.array(ZOutboxSummary) }) },
      },
    },
    async (request) => {
      const { limit, before } = request.query;
      const messages = await outbox.list(requireSession(request), { limit, ...(before ? { before: new Date(before) } : {}) }, getRequestContext(request));
      return { messages: messages.map(({ userId: _userId, ...m }) => view(m)) };
    },
  );

  app.get(
    `${PREFIX}/:id`,
    {
      schema: {
        summary: 'One mail with its text (withheld for mail delivered over SMTP)',
        tags: TAGS,
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: z.object({ message: ZOutboxMessage }) },
      },
    },
    async (request) => {
      const { userId: _userId, ...message } = await outbox.read(requireSession(request), request.params.id, getRequestContext(request));
      return { message: view(message) };
    },
  );
}
