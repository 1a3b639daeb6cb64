import type { FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER } from './request-context';

// DESIGN invariant 8. Set on every response, errors and 404s included, from one onSend hook.
// The CSP allows only our own origin for everything and forbids inline script; /docs gets
// the same policy plus data: images (swagger-ui's logo is a data: URL); its scripts and
// styles are files served from /docs/static, so no 'unsafe-inline' is needed there either.
const CSP_BASE = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];
export const CONTENT_SECURITY_POLICY = CSP_BASE.join('; ');
export const DOCS_CONTENT_SECURITY_POLICY = CSP_BASE.map((d) => (d === "img-src 'self'" ? "img-src 'self' data:" : d)).join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'strict-transport-security': 'max-age=63072000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

/** Route patterns whose successful responses are static files that browsers may cache. */
const CACHEABLE_ROUTE_PREFIXES = ['/docs/static/', '/assets/']; // '/assets/': the web app's hashed files (web.ts)

/**
 * Fastify onSend hook: security headers, the request id, and `Cache-Control: no-store` on
 * everything except static assets (API responses and errors may hold PHI, so no cache keeps
 * them).
 *
 * @example
 *   app.addHook('onSend', applySecurityHeaders);
 */
export async function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  const route = request.routeOptions.url ?? '';
  const isDocs = route === '/docs' || route.startsWith('/docs/');
  reply.headers(SECURITY_HEADERS);
  reply.header('content-security-policy', isDocs ? DOCS_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY);
  reply.header(REQUEST_ID_HEADER, request.id);
  const cacheable = reply.statusCode < 400 && CACHEABLE_ROUTE_PREFIXES.some((prefix) => route.startsWith(prefix));
  if (!cacheable) {
    reply.header('cache-control', 'no-store');
    reply.header('pragma', 'no-cache'); // HTTP/1.0 caches
  }
  reply.removeHeader('x-powered-by');
  reply.removeHeader('server');
  return payload;
}
