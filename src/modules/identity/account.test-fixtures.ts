// Test builders for the account routes: the real HTTPS app with the session resolver, the sign-in
// routes and the account routes over a test context whose mail goes to a real SMTP server; a
// signed-in browser; and the one-time link of a received mail.
import assert from 'node:assert/strict';
import type { CustosContext } from '../../context';
import { registerAuthentication } from '../../server/auth';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../../../test/helpers/smtp-sink';
import { startTestServer, type TestServer } from '../../../test/server/harness';
import type { TestClock } from '../../../test/helpers/context';
import { registerAccountRoutes } from './account.routes';
import { createSessionResolver, registerAuthRoutes } from './auth.routes';
import { createTestBrowser, type TestBrowser, type TestUser } from './login.test-fixtures';
import { generateTotpCode } from './totp';

export const PUBLIC_URL = 'https://custos.test';

export interface AccountServer {
  server: TestServer;
  sink: SmtpSink;
  /** The context the routes run on (with smtpUrl and publicUrl set). */
  ctx: CustosContext;
  close(): Promise<void>;
}

/**
 * @example
 *   const s = await startAccountServer(t.ctx);
 *   after(() => s.close());
 */
export async function startAccountServer(base: CustosContext, options: { smtp?: boolean } = {}): Promise<AccountServer> {
  const sink = await startSmtpSink();
  const ctx: CustosContext = { ...base, config: { ...base.config, smtpUrl: options.smtp === false ? undefined : sink.url, publicUrl: PUBLIC_URL } };
  const server = await startTestServer({
    db: ctx.db,
    level: 'warn',
    registerRoutes: async (app) => {
      registerAuthentication(app, [createSessionResolver(ctx)]);
      await registerAuthRoutes(app, ctx);
      await registerAccountRoutes(app, ctx);
    },
  });
  return {
    server,
    sink,
    ctx,
    close: async () => {
      await server.close();
      await sink.close();
    },
  };
}

/** The token of the `page` link in a mail (links carry it in the fragment). */
export function tokenFromMail(mail: Pick<ReceivedMail, 'text'>, page: string): string {
  const match = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/${page}#token=([A-Za-z0-9_]+)`).exec(mail.text);
  assert.ok(match, `a ${page} link in the mail`);
  return match[1]!;
}

/**
 * Password and TOTP sign-in of a user created with `totp: true`; moves the clock one TOTP step
 * first, since each code is accepted once.
 */
export async function signIn(server: Pick<TestServer, 'port' | 'ca'>, clock: TestClock, user: Pick<TestUser, 'email' | 'password' | 'totpSecret'>): Promise<TestBrowser> {
  clock.advance(30_000);
  const browser = createTestBrowser(server);
  const login = await browser.call('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
  assert.equal(login.status, 200, login.text);
  if (!user.totpSecret) return browser;
  const verify = await browser.call('POST', '/api/v1/auth/mfa/verify', { code: generateTotpCode(user.totpSecret, clock.now()) });
  assert.equal(verify.status, 200, verify.text);
  return browser;
}

/** The audit actions recorded about a user (as actor or as resource), in order. */
export async function auditActionsAbout(ctx: CustosContext, userId: string): Promise<string[]> {
  await ctx.flushAudit();
  const rows = await ctx.db.selectFrom('audit_log').select(['action', 'actor_id', 'resource_id']).orderBy('seq').execute();
  return rows.filter((r) => r.actor_id === userId || r.resource_id === userId).map((r) => r.action);
}
