// The access module's HTTP surface: the bearer-token resolver for the authentication hook, and
// the routes for care teams, access tokens, break-glass and the record access check.
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireAuth, type AuthResolver } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAccessCheckService } from './access-check.service';
import { registerAccessTokenRoutes } from './access-tokens.routes';
import { createAccessTokenService } from './access-tokens.service';
import { PURPOSES, RESOURCE_TYPES } from './access.types';
import { createAuthorize } from './authorize';
import { registerBreakGlassRoutes } from './break-glass-reviews.routes';
import { createBreakGlassService } from './break-glass.service';
import { registerCareTeamRoutes } from './care-teams.routes';
import { createCareTeamService } from './care-teams.service';

const ZReason = z.object({ code: z.string(), message: z.string() });

/**
 * `Authorization: Bearer cus_pat_…` → TAuth kind 'token' (the issuer's role and patient, the
 * token's scope); every use is audited (access_token.used) with the token id. No header: null.
 *
 * @example
 *   registerAuthentication(app, [createBearerResolver(ctx), createSessionResolver(ctx)]);
 */
export function createBearerResolver(ctx: CustosContext): AuthResolver {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const tokens = createAccessTokenService({ db: ctx.db, audit: ctx.audit, clock: ctx.clock, authorize });
  return async (request) =>
    tokens.resolveBearer({
      authorization: request.headers.authorization,
      requestContext: getRequestContext(request),
      // The route pattern, never the URL: paths may carry ids a log should not.
      route: request.routeOptions.url ?? '(no route)',
      method: request.method,
    });
}

/**
 * @example
 *   await registerAccessRoutes(app, ctx);
 */
export async function registerAccessRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const authorize = createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock });
  const deps = { db: ctx.db, audit: ctx.audit, clock: ctx.clock, authorize };
  registerCareTeamRoutes(app, createCareTeamService(deps));
  registerAccessTokenRoutes(app, createAccessTokenService(deps));
  registerBreakGlassRoutes(app, createBreakGlassService({ ...deps, crypto: ctx.crypto }));
  const checks = createAccessCheckService(deps);

  app.get(
    '/api/v1/patients/:patientId/access-check',
    {
      schema: {
        summary: "May the caller act on this type of the patient's records? (audited like a record access; 403 when not)",
        tags: ['access'],
        params: z.strictObject({ patientId: z.uuid() }),
        querystring: z.strictObject({
          resourceType: z.enum(RESOURCE_TYPES),
          action: z.enum(['read', 'create', 'update']).default('read'),
          purpose: z.enum(PURPOSES).optional().describe("Default: the token's purpose, else your role's usual one"),
        }),
        response: { 200: z.object({ decision: z.literal('allow'), reasons: z.array(ZReason), flags: z.array(z.enum(['break_glass', 'audit_review', 'access_token'])) }) },
      },
    },
    async (request) => {
      const { resourceType, action, purpose } = request.query;
      const decision = await checks.checkRecordAccess({
        auth: requireAuth(request),
        patientId: request.params.patientId,
        resourceType,
        action,
        ...(purpose ? { purpose } : {}),
        requestContext: getRequestContext(request),
      });
      return { decision: 'allow' as const, reasons: decision.reasons, flags: decision.flags };
    },
  );
}
