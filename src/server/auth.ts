// Who is calling: the one shape every route reads. Identity resolves session cookies, the access
// module resolves `Authorization: Bearer` tokens; routes call requireAuth and hand the result to
// the services, which decide with the access policy (decide()), never here.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../core/errors';
import type { ActorToken, Role } from '../modules/access/access.types';
import type { TApp } from './app';

interface TAuthCommon {
  userId: string;
  organizationId: string;
  role: Role;
  /** For role 'patient': the patient whose records are the user's own. */
  patientId: string | null;
}

export type TAuth =
  | (TAuthCommon & { kind: 'session'; sessionId: string; stage: 'mfa' | 'full' })
  | (TAuthCommon & { kind: 'token'; token: ActorToken });

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the authentication hook; null when the request carries no valid credential. */
    auth: TAuth | null;
  }
}

/**
 * Reads one kind of credential. Returns null when the request does not carry that kind; throws an
 * AppError (unauthenticated, forbidden) when it carries one that is invalid, expired or revoked.
 */
export type AuthResolver = (request: FastifyRequest, reply: FastifyReply) => Promise<TAuth | null>;

/**
 * Runs the resolvers in order on every request (onRequest, before the body is parsed); the first
 * that recognizes a credential sets request.auth.
 *
 * @example
 *   registerAuthentication(app, [resolveBearerToken, resolveSessionCookie]);
 */
export function registerAuthentication(app: TApp, resolvers: readonly AuthResolver[]): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request, reply) => {
    for (const resolve of resolvers) {
      const auth = await resolve(request, reply);
      if (auth) {
        request.auth = auth;
        return;
      }
    }
  });
}

/**
 * The caller, or 401. A session still waiting for its second factor passes only where
 * `allowMfaPending` is set (the 2FA enrollment and verification routes).
 *
 * @example
 *   const auth = requireAuth(request);
 */
export function requireAuth(request: FastifyRequest, options: { allowMfaPending?: boolean } = {}): TAuth {
  const auth = request.auth;
  if (!auth) throw new AppError('unauthenticated', 'Sign in to continue');
  if (auth.kind === 'session' && auth.stage === 'mfa' && !options.allowMfaPending) {
    throw new AppError('unauthenticated', 'Finish two-factor sign-in to continue');
  }
  return auth;
}

/** A signed-in person (not a token): account and security routes. */
export function requireSession(request: FastifyRequest, options: { allowMfaPending?: boolean } = {}): Extract<TAuth, { kind: 'session' }> {
  const auth = requireAuth(request, options);
  if (auth.kind !== 'session') throw new AppError('forbidden', 'This action needs a signed-in person, not an access token');
  return auth;
}
