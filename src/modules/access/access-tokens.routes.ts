// HTTP for access tokens: thin handlers over access-tokens.service.ts. Issuing, listing and
// revoking need a signed-in person; a token never manages tokens.
import { z } from 'zod';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import type { AccessTokenService } from './access-tokens.service';
import { ZAccessTokenView, ZTokenName, ZTokenScope } from './access-tokens.types';

const TAGS = ['access tokens'];

/**
 * @example
 *   registerAccessTokenRoutes(app, createAccessTokenService({ db, audit, clock, authorize }));
 */
export function registerAccessTokenRoutes(app: TApp, tokens: AccessTokenService): void {
  app.post(
    '/api/v1/access-tokens',
    {
      schema: {
        summary: 'Issue an access token (shown once) scoped within what you can reach now',
        tags: TAGS,
        body: z.strictObject({ name: ZTokenName, scope: ZTokenScope, expiresInDays: z.number().int().min(1).max(365) }),
        response: {
          201: z.object({
            token: z.string().describe('The secret: send as `Authorization: Bearer <token>`. Shown only in this answer.'),
            accessToken: ZAccessTokenView,
          }),
        },
      },
    },
    async (request, reply) => {
      const { name, scope, expiresInDays } = request.body;
      const issued = await tokens.issueAccessToken({ auth: requireSession(request), name, scope, expiresInDays, requestContext: getRequestContext(request) });
      return reply.code(201).header('cache-control', 'no-store').send(issued);
    },
  );

  app.get(
    '/api/v1/access-tokens',
    { schema: { summary: 'Your access tokens (never their secrets)', tags: TAGS, response: { 200: z.object({ tokens: z.array(ZAccessTokenView) }) } } },
    async (request) => ({ tokens: await tokens.listAccessTokens({ auth: requireSession(request) }) }),
  );

  app.post(
    '/api/v1/access-tokens/:tokenId/revoke',
    { schema: { summary: 'Revoke an access token (yours; admins: any of the organization); revoking twice is not an error', tags: TAGS, params: z.strictObject({ tokenId: z.uuid() }), response: { 204: z.null() } } },
    async (request, reply) => {
      await tokens.revokeAccessToken({ auth: requireSession(request), tokenId: request.params.tokenId, requestContext: getRequestContext(request) });
      return reply.code(204).send(null);
    },
  );
}
