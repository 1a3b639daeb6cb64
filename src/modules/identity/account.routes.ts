// Accounts over HTTP: patient registration, email verification, password change and reset,
// accepting a staff invitation; and (admin-users.routes.ts, mail.routes.ts) user administration,
// organization settings and the mail outbox. Handlers parse, call one service, and answer.
import { z } from 'zod';
import type { CustosContext } from '../../context';
import type { TApp } from '../../server/app';
import { requireSession } from '../../server/auth';
import { getRequestContext } from '../../server/request-context';
import { createAuthorize } from '../access/authorize';
import { createMailer } from '../mail/mailer';
import { registerMailRoutes } from '../mail/mail.routes';
import type { AdminDeps } from './account.types';
import { registerAdminUserRoutes } from './admin-users.routes';
import { createEmailVerificationService } from './email-verification.service';
import { createInvitationsService } from './invitations.service';
import { createPasswordBlocklist } from './password-blocklist';
import { createPasswordChangeService } from './password-change.service';
import { createThrottleService } from './throttle.service';
import { createPasswordHasher } from './password-hash';
import { createPasswordResetService } from './password-reset.service';
import { createRegistrationService } from './registration.service';

const PREFIX = '/api/v1/auth';
const TAGS = ['accounts'];
const ZNoContent = z.null().describe('No content');
const ZAccepted = z.object({ status: z.literal('accepted'), message: z.string() });
// Lengths the policy judges are checked by the policy (with reasons); these caps only bound work.
const ZPassword = z.string().min(1).max(1024);
const ZToken = z.string().min(1).max(200);
const ZEmail = z.email().max(254);

export const ZRegistrationBody = z.strictObject({
  name: z.string().trim().min(1).max(200).describe('Full name, to match the patient with their records'),
  email: ZEmail,
  dateOfBirth: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').describe('YYYY-MM-DD'),
  password: ZPassword,
});

/**
 * Builds the account services over the context and mounts their routes. The mailer sends queued
 * mail after each commit and retries on a timer while the server runs.
 *
 * @example
 *   await registerAccountRoutes(app, ctx);
 */
export async function registerAccountRoutes(app: TApp, ctx: CustosContext): Promise<void> {
  const mailer = createMailer({ db: ctx.db, crypto: ctx.crypto, clock: ctx.clock, smtpUrl: ctx.config.smtpUrl, from: ctx.config.mailFrom, logger: app.log });
  const deps: AdminDeps = {
    db: ctx.db,
    crypto: ctx.crypto,
    clock: ctx.clock,
    audit: ctx.audit,
    mailer,
    hasher: createPasswordHasher(),
    blocklist: createPasswordBlocklist(),
    publicUrl: ctx.config.publicUrl,
    organizationId: ctx.defaultOrganization.id,
    authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }),
  };
  app.addHook('onReady', async () => {
    // Builds the blocklist (~150 ms) now rather than in the first registration.
    deps.blocklist.size();
    mailer.start();
    mailer.deliverSoon();
  });
  app.addHook('onClose', async () => mailer.stop());
  const registration = createRegistrationService(deps);
  const verification = createEmailVerificationService(deps);
  const passwordChange = createPasswordChangeService({ ...deps, throttle: createThrottleService({ crypto: ctx.crypto, clock: ctx.clock, audit: ctx.audit }) });
  const passwordReset = createPasswordResetService(deps);
  const invitations = createInvitationsService(deps);

  app.post(
    `${PREFIX}/register`,
    {
      schema: {
        summary: 'Patient self-registration (name, email, date of birth, password); a verification link is mailed',
        description: 'Answers 202 alike whether or not the address already has an account (its owner is told by mail instead).',
        tags: TAGS,
        body: ZRegistrationBody,
        response: { 202: ZAccepted },
      },
    },
    async (request, reply) => {
      await registration.register(request.body, getRequestContext(request));
      return reply.code(202).send({ status: 'accepted', message: 'Check your email for a link to confirm your address.' });
    },
  );

  app.post(
    `${PREFIX}/verify-email`,
    { schema: { summary: 'Confirm an email address with the token from the mailed link', tags: TAGS, body: z.strictObject({ token: ZToken }), response: { 200: z.object({}) } } },
    async (request) => {
      await verification.verifyEmail(request.body.token, getRequestContext(request));
      return {};
    },
  );

  app.post(
    `${PREFIX}/password`,
    {
      schema: {
        summary: 'Change your password (signed in); your other sessions end',
        tags: TAGS,
        body: z.strictObject({ currentPassword: ZPassword, newPassword: ZPassword }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      const session = requireSession(request);
      await passwordChange.changePassword(session, request.body, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${PREFIX}/password-reset/request`,
    {
      schema: {
        summary: 'Ask for a password-reset link (valid 30 minutes, single use)',
        description: 'Answers 202 alike whether or not an account has this address.',
        tags: TAGS,
        body: z.strictObject({ email: ZEmail }),
        response: { 202: ZAccepted },
      },
    },
    async (request, reply) => {
      await passwordReset.requestReset(request.body.email, getRequestContext(request));
      return reply.code(202).send({ status: 'accepted', message: 'If an account has this address, we sent it a link to reset the password.' });
    },
  );

  app.post(
    `${PREFIX}/password-reset/complete`,
    {
      schema: {
        summary: 'Set a new password with the token from the reset link; every session of the account ends',
        tags: TAGS,
        body: z.strictObject({ token: ZToken, newPassword: ZPassword }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      await passwordReset.completeReset(request.body, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${PREFIX}/invitations/accept`,
    {
      schema: {
        summary: 'Accept a staff invitation: choose name and password (then sign in and set up two-step verification)',
        tags: TAGS,
        body: z.strictObject({ token: ZToken, name: z.string().trim().min(1).max(200), password: ZPassword }),
        response: { 204: ZNoContent },
      },
    },
    async (request, reply) => {
      await invitations.accept(request.body, getRequestContext(request));
      return reply.code(204).send(null);
    },
  );

  registerAdminUserRoutes(app, deps, invitations);
  registerMailRoutes(app, { db: ctx.db, mailer, audit: ctx.audit, authorize: deps.authorize });
}
