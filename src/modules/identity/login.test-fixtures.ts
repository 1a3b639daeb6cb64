// Test builders for sign-in: users inserted straight into the database (registration is another
// module's), a server running the real session resolver and auth routes over real HTTPS, and a
// small browser stand-in that keeps cookies and sends the CSRF header as the web app does.
import { randomUUID } from 'node:crypto';
import { faker } from '@faker-js/faker';
import type { CustosContext } from '../../context';
import { registerAuthentication } from '../../server/auth';
import { httpsRequest, startTestServer, type TestResponse, type TestServer } from '../../../test/server/harness';
import { createSessionResolver, registerAuthRoutes } from './auth.routes';
import { replaceRecoveryCodes } from './mfa.repo';
import { createPasswordHasher } from './password-hash';
import { generateRecoveryCodes, hashRecoveryCode } from './recovery-codes';
import { generateTotpSecret } from './totp';
import { emailBlindIndex, encryptEmail, encryptProfile } from './user-fields';
import { insertUser } from './users.repo';
import { insertPatient } from '../records/patients.repo';

const hasher = createPasswordHasher();

export interface TestUser {
  id: string;
  email: string;
  password: string;
  name: string;
  /** For a patient: the id of their own records. */
  patientId: string | null;
  /** Set when the user was created with TOTP enrolled. */
  totpSecret: string | undefined;
  recoveryCodes: string[];
}

/** A synthetic passphrase of four words (never on the blocklist, never real). */
export function fakePassphrase(): string {
  return `${faker.word.adjective()} ${faker.word.noun()} ${faker.word.verb()} ${faker.string.alphanumeric(6)}`;
}

/**
 * @example
 *   const user = await createTestUser(ctx, { totp: true });
 */
export async function createTestUser(
  ctx: CustosContext,
  options: { role?: 'patient' | 'clinician' | 'compliance_officer' | 'admin'; totp?: boolean; emailVerified?: boolean; status?: 'invited' | 'active' | 'disabled'; passwordChangedAt?: Date } = {},
): Promise<TestUser> {
  const organizationId = ctx.defaultOrganization.id;
  const id = randomUUID();
  const email = `${randomUUID().slice(0, 8)}.${faker.internet.email().toLowerCase()}`;
  const password = fakePassphrase();
  const name = faker.person.fullName();
  const role = options.role ?? 'patient';
  const patientId = role === 'patient' ? randomUUID() : null;
  const now = ctx.clock.now();
  const totpSecret = options.totp ? generateTotpSecret() : undefined;
  const ref = { organization_id: organizationId, id, patient_id: patientId };
  if (patientId) await insertPatient(ctx.db, { id: patientId, organizationId, createdAt: now });
  const profile = await encryptProfile(ctx.crypto, ctx.db, ref, { name, dateOfBirth: faker.date.birthdate().toISOString().slice(0, 10) });
  await insertUser(ctx.db, {
    id,
    organization_id: organizationId,
    role,
    status: options.status ?? 'active',
    email_ct: await encryptEmail(ctx.crypto, ctx.db, organizationId, id, email),
    email_bidx: await emailBlindIndex(ctx.crypto, ctx.db, organizationId, email),
    created_at: now,
    patient_id: patientId,
    ...profile,
    password_hash: await hasher.hash(password),
    password_changed_at: options.passwordChangedAt ?? now,
    email_verified_at: options.emailVerified === false ? null : now,
    totp_secret_ct: totpSecret
      ? await ctx.crypto.encryptForOrganization(ctx.db, { organizationId, table: 'users', column: 'totp_secret_ct', rowId: id }, Buffer.from(totpSecret, 'utf8'))
      : null,
    totp_enrolled_at: totpSecret ? now : null,
    totp_last_step: null,
    updated_at: now,
  });
  const recoveryCodes = totpSecret ? generateRecoveryCodes() : [];
  if (totpSecret) {
    await replaceRecoveryCodes(ctx.db, { organizationId, userId: id, hashes: recoveryCodes.map((c) => Buffer.from(hashRecoveryCode(id, c), 'hex')), now });
  }
  return { id, email, password, name, patientId, totpSecret, recoveryCodes };
}

/** The real HTTPS app with the session resolver and the auth routes over `ctx`. */
export function startAuthServer(ctx: CustosContext): Promise<TestServer> {
  return startTestServer({
    db: ctx.db,
    level: 'warn',
    registerRoutes: async (app) => {
      registerAuthentication(app, [createSessionResolver(ctx)]);
      await registerAuthRoutes(app, ctx);
    },
  });
}

export interface TestBrowser {
  cookies: Map<string, string>;
  /** JSON request; writes carry x-csrf-token from the custos_csrf cookie unless `csrf` says otherwise. */
  call(method: string, path: string, body?: unknown, options?: { csrf?: string | null; server?: Pick<TestServer, 'port' | 'ca'>; headers?: Record<string, string> }): Promise<TestResponse>;
}

/**
 * A cookie jar over httpsRequest, as a browser would keep one for the site.
 *
 * @example
 *   const browser = createTestBrowser(server);
 *   await browser.call('POST', '/api/v1/auth/login', { email, password });
 */
export function createTestBrowser(server: Pick<TestServer, 'port' | 'ca'>): TestBrowser {
  const cookies = new Map<string, string>();
  return {
    cookies,
    async call(method, path, body, options = {}) {
      const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36', ...options.headers };
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (cookies.size > 0) headers.cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      if (method !== 'GET') {
        const csrf = options.csrf === undefined ? cookies.get('custos_csrf') : options.csrf;
        if (csrf) headers['x-csrf-token'] = csrf;
      }
      const res = await httpsRequest(options.server ?? server, { method, path, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      const setCookie = res.headers['set-cookie'] ?? [];
      for (const line of Array.isArray(setCookie) ? setCookie : [setCookie]) {
        const [pair, ...attributes] = line.split(';');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '') cookies.delete(name);
        else cookies.set(name, value);
      }
      return res;
    },
  };
}
