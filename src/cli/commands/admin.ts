import { parseArgs } from 'node:util';
import { loadConfig } from '../../config';
import { openCustos, type CustosContext } from '../../context';
import { AppError } from '../../core/errors';
import { createAuthorize } from '../../modules/access/authorize';
import { createInvitationsService } from '../../modules/identity/invitations.service';
import { createPasswordBlocklist } from '../../modules/identity/password-blocklist';
import { createPasswordHasher } from '../../modules/identity/password-hash';
import { createMailer } from '../../modules/mail/mailer';
import { findOrganizationBySlug } from '../../modules/organizations/organizations.repo';

const HELP = `Usage: custos admin <command> [options]

  create --email E [--name N] [--organization SLUG]
                      invite an administrator (the first one on a fresh installation); prints the
                      one-time invitation link, valid 72 hours. Opening it sets the password; the
                      first sign-in then sets up two-step verification. Also mailed (or kept in
                      the outbox when CUSTOS_SMTP_URL is not set).
  list-outbox [--organization SLUG] [--limit N]
                      the mail kept in the outbox (no SMTP server configured): date, kind,
                      recipient, subject and any link, newest first

Exit status: 0 done; 1 failed (the message says why); 2 usage error.`;

type Values = Record<string, string | boolean | undefined>;

export async function admin(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(HELP);
    return sub === undefined ? 2 : 0;
  }
  const commands: Record<string, (args: string[]) => Promise<number>> = { create, 'list-outbox': listOutbox };
  const command = commands[sub];
  if (!command) {
    console.error(`custos admin: unknown command '${sub}'\n\n${HELP}`);
    return 2;
  }
  return command(rest);
}

function parse(name: string, argv: string[], options: Record<string, { type: 'string' | 'boolean' }>): Values | number {
  try {
    const { values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false });
    if (values.help) {
      console.log(HELP);
      return 0;
    }
    return values;
  } catch (error) {
    console.error(`custos admin ${name}: ${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
}

async function withContext<T>(work: (ctx: CustosContext) => Promise<T>): Promise<T> {
  const ctx = await openCustos(loadConfig());
  try {
    const result = await work(ctx);
    await ctx.flushAudit();
    return result;
  } finally {
    await ctx.close();
  }
}

async function organizationIdOf(ctx: CustosContext, slug: string | undefined): Promise<string> {
  if (!slug) return ctx.defaultOrganization.id;
  const organization = await findOrganizationBySlug(ctx.db, slug);
  if (!organization) throw new AppError('not_found', `No organization '${slug}'.`);
  return organization.id;
}

async function create(argv: string[]): Promise<number> {
  const values = parse('create', argv, { email: { type: 'string' }, name: { type: 'string' }, organization: { type: 'string' } });
  if (typeof values === 'number') return values;
  const email = typeof values.email === 'string' ? values.email.trim() : '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) {
    console.error('custos admin create: --email needs an email address\n');
    console.error(HELP);
    return 2;
  }
  const name = typeof values.name === 'string' && values.name.trim() !== '' ? values.name.trim() : undefined;
  return withContext(async (ctx) => {
    const mailer = createMailer({ db: ctx.db, crypto: ctx.crypto, clock: ctx.clock, smtpUrl: ctx.config.smtpUrl, from: ctx.config.mailFrom });
    const invitations = createInvitationsService({
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
    });
    const organizationId = await organizationIdOf(ctx, typeof values.organization === 'string' ? values.organization : undefined);
    const invitation = await invitations.systemInvite({ organizationId, email, role: 'admin', ...(name ? { name } : {}) });
    if (mailer.smtp) await mailer.deliverDue().catch(() => undefined);
    await mailer.stop();
    console.log(`Invited an administrator (user ${invitation.userId}).`);
    console.log('Open this link to choose the password; it works once and expires in 72 hours');
    console.log(`(at ${invitation.expiresAt.toISOString()}):\n`);
    console.log(`  ${invitation.link}\n`);
    console.log('Then sign in; the first sign-in sets up two-step verification with an authenticator app.');
    return 0;
  });
}

async function listOutbox(argv: string[]): Promise<number> {
  const values = parse('list-outbox', argv, { organization: { type: 'string' }, limit: { type: 'string' } });
  if (typeof values === 'number') return values;
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) {
    console.error('custos admin list-outbox: --limit must be a whole number from 1 to 500');
    return 2;
  }
  return withContext(async (ctx) => {
    const organizationId = await organizationIdOf(ctx, typeof values.organization === 'string' ? values.organization : undefined);
    const mailer = createMailer({ db: ctx.db, crypto: ctx.crypto, clock: ctx.clock, from: ctx.config.mailFrom });
    const mails = await mailer.list(ctx.db, { organizationId, status: 'outbox', limit });
    // Reading the outbox shows recipients and one-time links: audited like the admin page.
    await ctx.audit.appendAudit(ctx.db, {
      organizationId,
      actorId: null,
      actorRole: 'system',
      action: 'mail.outbox_listed',
      resourceType: 'mail_outbox',
      purpose: 'operations',
      outcome: 'allow',
      reason: 'cli_list_outbox',
      details: { count: mails.length },
    });
    if (mails.length === 0) {
      console.log('The outbox is empty.');
      return 0;
    }
    for (const summary of mails) {
      const mail = await mailer.read(ctx.db, organizationId, summary.id);
      const links = mail?.text.match(/https:\/\/\S+/g) ?? [];
      console.log(`${summary.createdAt.toISOString()}  ${summary.kind}  to ${summary.to}`);
      console.log(`  ${summary.subject}`);
      for (const link of links) console.log(`  ${link}`);
    }
    return 0;
  });
}
