// Sign-in routes (issue 3): thin. Each parses with zod, calls one service function, sets or clears
// the session cookies, and answers. The contract is the one web/src/api.ts documents.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { CustosContext } from '../../context';
import { isAppError } from '../../core/errors';
import type { TApp } from '../../server/app';
import { requireSession, type AuthResolver } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAuthService } from './auth.service';
import type { TAuthRequest } from './auth.service.audit';
import { clearedSessionCookies, CSRF_COOKIE, CSRF_HEADER, IDLE_EXPIRES_HEADER, parseCookies, SESSION_COOKIE, sessionCookies } from './sessions.cookies';
import { createSessionService, type TIssuedSession } from './sessions.service';

const PREFIX = '/api/v1/auth';
const TAGS = ['authentication'];
/** How often each instance ends (and audits) sessions that expired without a further request. */
const SWEEP_INTERVAL_MS = 60_000;

const ZRole = z.enum(['patient', 'clinician', 'compliance_officer', 'admin']);
export const ZSessionView = z
  .object({
    user: z.object({ displayName: z.string(), role: ZRole, patientId: z.string().nullable().describe("For a patient: the id of their own records (to scope an access token to them)") }),
    idleExpiresInSeconds: z.number().int().min(0).describe('Seconds until idle sign-out, as the server counts them'),
    mfa: z.object({ totpEnrolled: z.boolean(), recoveryCodesRemaining: z.number().int().min(0) }),
    passwordChangeRequired: z.literal(true).optional().describe('The organization forces periodic change and this password is older than allowed'),
  })
  .meta({ id: 'Session' });
const ZSessionEndReason = z.enum(['logout', 'logout_everywhere', 'idle', 'expired', 'revoked', 'password_changed', 'mfa_reset']);
const ZLoginBody = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
const ZSecondFactorBody = z
  .object({ code: z.string().min(1).max(32).optional(), recoveryCode: z.string().min(1).max(64).optional() })
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), { message: 'send either code or recoveryCode' });
const ZRecoveryCodes = z.array(z.string()).describe('Shown once; store them somewhere safe');
const ZNoContent = z.null().describe('No content');

const requestOf = (request: FastifyRequest): TAuthRequest => getRequestContext(request);
const userAgentOf = (request: FastifyRequest): string | undefined => {
  const ua = request.headers['user-agent'];
  return typeof ua === 'string' ? ua : undefined;
};
const headerOf = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
};

function setSessionCookies(reply: FastifyReply, issued: TIssuedSession, now: Date): void {
  reply.header('set-cookie', sessionCookies({ sessionToken: issued.sessionToken, csrfToken: issued.csrfToken, maxAgeSeconds: issued.maxAgeSeconds }));
  reply.header(IDLE_EXPIRES_HEADER, String(Math.max(0, Math.floor((issued.idleExpiresAt.getTime() - now.getTime()) / 1000))));
}

function clearSessionCookies(reply: FastifyReply): void {
  reply.header('set-cookie', clearedSessionCookies());
  reply.removeHeader(IDLE_EXPIRES_HEADER);
}

/**
 * Resolves the `custos_session` cookie: a live session sets request.auth (stage 'mfa' or 'full')
 * and the x-custos-idle-expires-in header; a write without the matching CSRF token is refused
 * (403); an absent, unknown, ended or expired session leaves the request anonymous.
 *
 * @example
 *   registerAuthentication(app, [createBearerResolver(ctx), createSessionResolver(ctx)]);
 */
export function createSessionResolver(ctx: CustosContext): AuthResolver {
  const sessions = createSessionService({ clock: ctx.clock, audit: ctx.audit });
  return async (request, reply) => {
    // Static files and health checks are not activity and need no session: no database work.
    if (request.url.startsWith('/assets/') || request.url === '/healthz') return null;
    const cookies = parseCookies(request.headers.cookie);
    const token = cookies[SESSION_COOKIE];
    if (!token) return null;
    const resolved = await sessions.resolveSession(ctx.db, {
      token,
      method: request.method,
      csrfHeader: headerOf(request, CSRF_HEADER),
      csrfCookie: cookies[CSRF_COOKIE],
      request: requestOf(request),
    });
    if (!resolved) return null;
    reply.header(IDLE_EXPIRES_HEADER, String(Math.max(0, Math.floor((resolved.idleExpiresAt.getTime() - ctx.clock.now().getTime()) / 1000))));
    return resolved.auth;
  };
}

/**
 * POST login, mfa/verify, mfa/totp/enroll, mfa/totp/confirm, mfa/recovery-codes, logout;
 * GET session, sessions; DELETE sessions/:id. Also: Retry-After on every rate_limited answer,
 * and a sweeper that ends sessions which expired while nobody used them.
 *
 * @example
 *   await registerAuthRoutes(app, ctx);
 */
export async function registerAuthRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const auth = createAuthService({ crypto: ctx.crypto, clock: ctx.clock, audit: ctx.audit });
  const organizationId = ctx.defaultOrganization.id;

  // Every rate_limited AppError that knows its wait (any module's) gets a Retry-After header.
  app.addHook('onError', async (_request, reply, error) => {
    const seconds = isAppError(error) && error.code === 'rate_limited' ? error.details?.retryAfterSeconds : undefined;
    if (typeof seconds === 'number' && Number.isFinite(seconds)) reply.header('retry-after', String(Math.ceil(seconds)));
  });

  let sweeper: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    sweeper = setInterval(() => {
      auth.sessions.sweepOverdueSessions(ctx.db).catch((error: unknown) => app.log.warn({ errorName: error instanceof Error ? error.name : 'unknown' }, 'session sweep failed'));
    }, SWEEP_INTERVAL_MS);
    sweeper.unref();
  });
  app.addHook('onClose', async () => clearInterval(sweeper));

  app.post(
    `${PREFIX}/login`,
    {
      schema: {
        summary: 'Sign in with email and password (first factor); the second factor is always due next',
        tags: TAGS,
        body: ZLoginBody,
        response: { 200: z.object({ status: z.enum(['mfa_required', 'mfa_enrollment_required']) }) },
      },
    },
    async (request, reply) => {
      const result = await auth.login.login(ctx.db, { organizationId, ...request.body, request: requestOf(request), userAgent: userAgentOf(request) });
      // Signing in again in the same browser replaces its session rather than orphaning it.
      const previous = request.auth;
      if (previous?.kind === 'session') await auth.sessions.signOut(ctx.db, { auth: previous, everywhere: false, request: requestOf(request) });
      setSessionCookies(reply, result.session, ctx.clock.now());
      return { status: result.status };
    },
  );

  app.post(
    `${PREFIX}/mfa/verify`,
    {
      schema: {
        summary: 'Second factor of a sign-in: a TOTP code or a recovery code (single use)',
        tags: TAGS,
        body: ZSecondFactorBody,
        response: { 200: z.object({ session: ZSessionView }) },
      },
    },
    async (request, reply) => {
      const session = requireSession(request, { allowMfaPending: true });
      const factor = request.body.code !== undefined ? { code: request.body.code } : { recoveryCode: request.body.recoveryCode! };
      const { session: issued } = await auth.mfa.verifySecondFactor(ctx.db, { auth: session, factor, request: requestOf(request) });
      setSessionCookies(reply, issued, ctx.clock.now());
      return { session: await auth.describeSession(ctx.db, { auth: { ...session, stage: 'full' }, idleExpiresAt: issued.idleExpiresAt }) };
    },
  );

  app.post(
    `${PREFIX}/mfa/totp/enroll`,
    {
      schema: {
        summary: 'Start TOTP enrollment: a new secret and its otpauth:// URI (for the QR code)',
        tags: TAGS,
        response: { 200: z.object({ otpauthUri: z.string(), secret: z.string() }) },
      },
    },
    async (request) => {
      const session = requireSession(request, { allowMfaPending: true });
      return auth.mfa.startTotpEnrollment(ctx.db, { auth: session });
    },
  );

  app.post(
    `${PREFIX}/mfa/totp/confirm`,
    {
      schema: {
        summary: 'Confirm TOTP enrollment with a first code: ten recovery codes (shown once), session signed in',
        tags: TAGS,
        body: z.object({ code: z.string().min(1).max(32) }),
        response: { 200: z.object({ session: ZSessionView, recoveryCodes: ZRecoveryCodes }) },
      },
    },
    async (request, reply) => {
      const session = requireSession(request, { allowMfaPending: true });
      const result = await auth.mfa.confirmTotpEnrollment(ctx.db, { auth: session, code: request.body.code, request: requestOf(request) });
      setSessionCookies(reply, result.session, ctx.clock.now());
      return {
        session: await auth.describeSession(ctx.db, { auth: { ...session, stage: 'full' }, idleExpiresAt: result.session.idleExpiresAt }),
        recoveryCodes: result.recoveryCodes,
      };
    },
  );

  app.post(
    `${PREFIX}/mfa/recovery-codes`,
    {
      schema: {
        summary: 'Ten new recovery codes; all earlier ones stop working',
        tags: TAGS,
        response: { 200: z.object({ recoveryCodes: ZRecoveryCodes }) },
      },
    },
    async (request) => {
      const session = requireSession(request);
      return auth.mfa.regenerateRecoveryCodes(ctx.db, { auth: session, request: requestOf(request) });
    },
  );

  app.get(
    `${PREFIX}/session`,
    {
      schema: {
        summary: 'The signed-in session (counts as activity); null when signed out or the second factor is still due',
        tags: TAGS,
        response: { 200: z.object({ session: ZSessionView.nullable(), ended: ZSessionEndReason.optional().describe('Why the session this browser held has ended (once)') }) },
      },
    },
    async (request, reply) => {
      const current = request.auth;
      if (current?.kind === 'session') {
        if (current.stage === 'mfa') return { session: null };
        const idle = Number(reply.getHeader(IDLE_EXPIRES_HEADER));
        const idleExpiresAt = new Date(ctx.clock.now().getTime() + (Number.isFinite(idle) ? idle : 0) * 1000);
        return { session: await auth.describeSession(ctx.db, { auth: current, idleExpiresAt }) };
      }
      const token = parseCookies(request.headers.cookie)[SESSION_COOKIE];
      if (!token) return { session: null };
      // The browser still holds a cookie of a session that is over: say why, once, and drop it.
      const ended = await auth.sessions.endReasonOf(ctx.db, token);
      clearSessionCookies(reply);
      return ended ? { session: null, ended } : { session: null };
    },
  );

  app.get(
    `${PREFIX}/sessions`,
    {
      schema: {
        summary: "The caller's active sessions, the current one marked",
        tags: TAGS,
        response: {
          200: z.object({
            sessions: z.array(z.object({ id: z.uuid(), current: z.boolean(), createdAt: z.string(), lastActiveAt: z.string(), device: z.string() })),
          }),
        },
      },
    },
    async (request) => ({ sessions: await auth.sessions.listSessions(ctx.db, requireSession(request)) }),
  );

  app.delete(
    `${PREFIX}/sessions/:id`,
    {
      schema: {
        summary: "End one of the caller's own sessions (e.g. a lost device)",
        tags: TAGS,
        params: z.object({ id: z.uuid() }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await auth.sessions.endOwnSession(ctx.db, { auth: session, sessionId: request.params.id, request: requestOf(request) });
      if (request.params.id === session.sessionId) clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${PREFIX}/logout`,
    {
      schema: {
        summary: 'Sign out this session, or every session of the account (everywhere: true)',
        tags: TAGS,
        body: z.object({ everywhere: z.boolean().optional() }).optional(),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      const current = request.auth;
      // Signing out without a session is not an error: the browser's state is what it asked for.
      if (current?.kind === 'session') {
        await auth.sessions.signOut(ctx.db, { auth: current, everywhere: request.body?.everywhere === true, request: requestOf(request) });
      }
      clearSessionCookies(reply);
      return reply.code(204).send(null);
    },
  );
}
