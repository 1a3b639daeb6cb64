// User administration and organization settings over HTTP (/api/v1/admin/...). Signed-in people
// only (no access tokens); the services ask the access policy and audit every call.
import { z } from 'zod';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { ROLES } from '../access/access.types';
import type { AdminDeps } from './account.types';
import { createAdminUsersService, type TAdminUserView } from './admin-users.service';
import { STAFF_ROLES, type InvitationsService } from './invitations.service';
import { createSettingsService, ZOrganizationSettings } from './settings.service';

const PREFIX = '/api/v1/admin';
const TAGS = ['administration'];
const ZNoContent = z.null().describe('No content');
const ZUserParams = z.strictObject({ userId: z.uuid() });

export const ZAdminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string().nullable(),
    identityHidden: z.boolean().describe("A patient account: name withheld, email masked unless looked up by it"),
    role: z.enum(ROLES),
    status: z.enum(['invited', 'active', 'disabled']),
    emailVerified: z.boolean(),
    totpEnrolled: z.boolean(),
    lastSignInAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'AdminUser' });

/**
 * @example
 *   registerAdminUserRoutes(app, deps, createInvitationsService(deps));
 */
export function registerAdminUserRoutes(app: TApp, deps: AdminDeps, invitations: InvitationsService): void {
  const users = createAdminUsersService(deps);
  const settings = createSettingsService(deps);

  app.get(
    `${PREFIX}/users`,
    { schema: { summary: "Users of the organization with role, status and 2FA state (patients' names withheld, addresses masked)", tags: TAGS, response: { 200: z.object({ users: z.array(ZAdminUser) }) } } },
    async (request) => ({ users: (await users.list(requireSession(request), getRequestContext(request))).map(toUserJson) }),
  );

  // A POST so the address stays out of URLs and access logs.
  app.post(
    `${PREFIX}/users/lookup`,
    {
      schema: {
        summary: 'The account with exactly this email address (none or one); filed under the patient when it is theirs',
        tags: TAGS,
        body: z.strictObject({ email: z.email().max(254) }),
        response: { 200: z.object({ users: z.array(ZAdminUser) }) },
      },
    },
    async (request) => ({ users: (await users.list(requireSession(request), getRequestContext(request), { email: request.body.email })).map(toUserJson) }),
  );

  app.post(
    `${PREFIX}/users/invitations`,
    {
      schema: {
        summary: 'Invite a staff member (mails a link valid 72 hours)',
        tags: TAGS,
        body: z.strictObject({ email: z.email().max(254), role: z.enum(STAFF_ROLES), name: z.string().trim().min(1).max(200).optional() }),
        response: { 201: z.object({ userId: z.uuid(), expiresAt: z.iso.datetime() }) },
      },
    },
    async (request, reply) => {
      const invitation = await invitations.invite(requireSession(request), request.body, getRequestContext(request));
      return reply.code(201).send({ userId: invitation.userId, expiresAt: invitation.expiresAt.toISOString() });
    },
  );

  app.put(
    `${PREFIX}/users/:userId/role`,
    {
      schema: {
        summary: "Change a user's role (their sessions end)",
        tags: TAGS,
        params: ZUserParams,
        body: z.strictObject({ role: z.enum(ROLES) }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      await users.setRole(requireSession(request), request.params.userId, request.body.role, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  app.put(
    `${PREFIX}/users/:userId/status`,
    {
      schema: {
        summary: 'Disable (sessions end) or enable a user',
        tags: TAGS,
        params: ZUserParams,
        body: z.strictObject({ status: z.enum(['active', 'disabled']) }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      await users.setStatus(requireSession(request), request.params.userId, request.body.status, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${PREFIX}/users/:userId/mfa-reset`,
    {
      schema: {
        summary: "Reset a user's two-step verification (TOTP and recovery codes); sessions end, the user is mailed, an alert is raised",
        tags: TAGS,
        params: ZUserParams,
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      await users.resetMfa(requireSession(request), request.params.userId, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${PREFIX}/users/:userId/sessions/revoke`,
    {
      schema: {
        summary: 'End every session of a user',
        tags: TAGS,
        params: ZUserParams,
        response: { 200: z.object({ sessionsEnded: z.number().int() }) },
      },
    },
    async (request) => users.revokeSessions(requireSession(request), request.params.userId, getRequestContext(request)),
  );

  app.get(
    `${PREFIX}/settings`,
    { schema: { summary: 'Security settings of the organization', tags: TAGS, response: { 200: z.object({ settings: ZOrganizationSettings }) } } },
    async (request) => ({ settings: await settings.get(requireSession(request), getRequestContext(request)) }),
  );

  app.put(
    `${PREFIX}/settings`,
    {
      schema: {
        summary: 'Change the security settings of the organization',
        tags: TAGS,
        body: ZOrganizationSettings,
        response: { 200: z.object({ settings: ZOrganizationSettings }) },
      },
    },
    async (request) => ({ settings: await settings.put(requireSession(request), request.body, getRequestContext(request)) }),
  );
}

function toUserJson(u: TAdminUserView): z.infer<typeof ZAdminUser> {
  return { ...u, lastSignInAt: u.lastSignInAt?.toISOString() ?? null, createdAt: u.createdAt.toISOString() };
}
