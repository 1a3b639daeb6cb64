import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';

export const REQUEST_ID_HEADER = 'x-request-id';

// An incoming id is kept so a request can be followed from a load balancer or a client through
// our logs and audit entries. It is echoed and logged, so only opaque-looking tokens qualify:
// letters, digits and dashes, at least 16 characters (UUIDs and trace ids pass; something short
// like an SSN or an MRN does not) and at most 128.
const WELL_FORMED_ID = /^[A-Za-z0-9-]{16,128}$/;

/**
 * The request id: the caller's X-Request-Id when well formed, otherwise a new UUID.
 *
 * @example
 *   Fastify({ genReqId: requestIdFor });
 */
export function requestIdFor(req: Pick<IncomingMessage, 'headers'>): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  return typeof incoming === 'string' && WELL_FORMED_ID.test(incoming) ? incoming : randomUUID();
}

/** What other layers (audit, services) need to know about the HTTP request behind a call. */
export interface TRequestContext {
  requestId: string;
  /** The peer address; behind a proxy, the proxy's (trustProxy is off by default). */
  clientAddress: string;
}

/**
 * The audit-relevant facts of a request, without anything the caller sent as content.
 *
 * @example
 *   await appendAudit(trx, { ...entry, ...getRequestContext(request) });
 */
export function getRequestContext(request: Pick<FastifyRequest, 'id' | 'ip'>): TRequestContext {
  return { requestId: request.id, clientAddress: request.ip };
}
