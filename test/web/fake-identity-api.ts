// An in-memory stand-in for the identity API (issue 3) that speaks the contract documented in
// web/src/api.ts, so the web app's forms are driven end to end before the real module exists.
// It checks what the real one must check of the browser: the CSRF double-submit header on
// writes, and the session cookie. Test-only; the real routes replace it.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../src/core/errors';
import type { TApp } from '../../src/server/app';

type Role = 'patient' | 'clinician' | 'compliance_officer' | 'admin';

export interface FakeUser {
  name: string;
  email: string;
  dateOfBirth: string;
  password: string;
  role: Role;
  emailVerified: boolean;
  totpSecret: string | undefined;
  totpEnrolled: boolean;
  recoveryCodes: string[];
}

interface FakeSession {
  id: string;
  email: string;
  stage: 'password' | 'full';
  csrf: string;
  createdAt: string;
}

export interface FakeIdentityApi {
  users: Map<string, FakeUser>;
  sessions: Map<string, FakeSession>;
  /** Email-verification tokens as they would be mailed: token -> email. */
  verificationTokens: Map<string, string>;
  /** What GET /session reports as seconds left before idle sign-out. */
  idleSeconds: number;
  /** Counts of requests by route, e.g. 'GET /session', to assert that the page called the API. */
  calls: Map<string, number>;
  addUser(user: Partial<FakeUser> & Pick<FakeUser, 'email' | 'password'>): FakeUser;
  register(app: TApp): void;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding. */
function base32(bytes: Buffer): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  return (bits.match(/.{1,5}/g) ?? []).map((chunk) => BASE32[parseInt(chunk.padEnd(5, '0'), 2)]).join('');
}

function unbase32(text: string): Buffer {
  const bits = [...text.replace(/[\s=]/g, '').toUpperCase()].map((c) => BASE32.indexOf(c).toString(2).padStart(5, '0')).join('');
  return Buffer.from((bits.match(/.{8}/g) ?? []).map((byte) => parseInt(byte, 2)));
}

/**
 * RFC 6238 TOTP (SHA-1, 6 digits, 30 s), written out here so the fake does not share code with
 * the module it stands in for.
 *
 * @example
 *   totpCode('JBSWY3DPEHPK3PXP', Date.now()); // '492039'
 */
export function totpCode(secret: string, atMs: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(atMs / 30_000)));
  const mac = createHmac('sha1', unbase32(secret)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

function cookies(request: FastifyRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = decodeURIComponent(part.slice(eq + 1).trim());
  }
  return out;
}

/**
 * A fresh fake identity API with no users.
 *
 * @example
 *   const identity = createFakeIdentityApi();
 *   identity.addUser({ email: 'a@example.org', password: 'tulip orbit kettle', totpEnrolled: true, totpSecret: 'JBSWY3DPEHPK3PXP' });
 *   const server = await startTestServer({ db, registerRoutes: (app) => { identity.register(app); registerWebApp(app); } });
 */
export function createFakeIdentityApi(): FakeIdentityApi {
  const users = new Map<string, FakeUser>();
  const sessions = new Map<string, FakeSession>();
  const verificationTokens = new Map<string, string>();
  const calls = new Map<string, number>();
  const api: FakeIdentityApi = {
    users,
    sessions,
    verificationTokens,
    idleSeconds: 15 * 60,
    calls,
    addUser(init) {
      const user: FakeUser = {
        name: 'Test Person',
        dateOfBirth: '1980-01-01',
        role: 'patient',
        emailVerified: true,
        totpSecret: undefined,
        totpEnrolled: false,
        recoveryCodes: [],
        ...init,
      };
      users.set(user.email, user);
      return user;
    },
    register: (app) => registerRoutes(app, api),
  };
  return api;
}

function registerRoutes(app: TApp, fake: FakeIdentityApi): void {
  const count = (request: FastifyRequest): void => {
    const key = `${request.method} ${request.routeOptions.url?.replace('/api/v1/auth', '')}`;
    fake.calls.set(key, (fake.calls.get(key) ?? 0) + 1);
  };
  const sessionOf = (request: FastifyRequest, stage: FakeSession['stage'] | 'any'): { token: string; session: FakeSession; user: FakeUser } => {
    const token = cookies(request).custos_session ?? '';
    const session = fake.sessions.get(token);
    const user = session ? fake.users.get(session.email) : undefined;
    if (!session || !user || (stage !== 'any' && session.stage !== stage)) throw new AppError('unauthenticated', 'Sign in to continue');
    if (request.method !== 'GET' && request.headers['x-csrf-token'] !== session.csrf) throw new AppError('forbidden', 'The form expired; reload the page');
    return { token, session, user };
  };
  const sessionBody = (user: FakeUser, reply: FastifyReply) => {
    reply.header('x-custos-idle-expires-in', String(fake.idleSeconds));
    return {
      user: { displayName: user.name, role: user.role },
      idleExpiresInSeconds: fake.idleSeconds,
      mfa: { totpEnrolled: user.totpEnrolled, recoveryCodesRemaining: user.recoveryCodes.length },
    };
  };
  const newRecoveryCodes = (): string[] => Array.from({ length: 10 }, () => randomBytes(6).toString('hex').match(/.{4}/g)!.join('-'));
  const checkTotp = (user: FakeUser, code: string): void => {
    const now = Date.now();
    const ok = user.totpSecret && [-30_000, 0, 30_000].some((skew) => totpCode(user.totpSecret!, now + skew) === code);
    if (!ok) throw new AppError('unauthenticated', 'That code is not right. Codes change every 30 seconds; try the one your app shows now.');
  };
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/v1/auth/')) count(request);
  });

  app.post(
    '/api/v1/auth/register',
    { schema: { hide: true, body: z.object({ name: z.string(), email: z.string(), dateOfBirth: z.string(), password: z.string() }) } },
    async (request, reply) => {
      const { password, email } = request.body;
      const problem =
        [...password.normalize('NFKC')].length < 8
          ? 'Use at least 8 characters.'
          : password === 'password123'
            ? 'This password is on a list of passwords that attackers try first.'
            : undefined;
      if (problem) throw new AppError('validation_failed', problem, { fields: [{ location: 'body', path: 'password', problem }] });
      fake.addUser({ ...request.body, emailVerified: false });
      fake.verificationTokens.set(randomBytes(16).toString('base64url'), email);
      return reply.code(201).send({});
    },
  );
  app.post('/api/v1/auth/verify-email', { schema: { hide: true, body: z.object({ token: z.string() }) } }, async (request) => {
    const email = fake.verificationTokens.get(request.body.token);
    if (!email) throw new AppError('bad_request', 'This link is invalid or has expired.');
    fake.verificationTokens.delete(request.body.token);
    fake.users.get(email)!.emailVerified = true;
    return {};
  });
  app.post('/api/v1/auth/login', { schema: { hide: true, body: z.object({ email: z.string(), password: z.string() }) } }, async (request, reply) => {
    const user = fake.users.get(request.body.email);
    if (!user || user.password !== request.body.password) throw new AppError('unauthenticated', 'The email address or password is not right.');
    const token = randomBytes(24).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    fake.sessions.set(token, { id: randomBytes(8).toString('hex'), email: user.email, stage: 'password', csrf, createdAt: new Date().toISOString() });
    reply.header('set-cookie', [
      `custos_session=${token}; Path=/; HttpOnly; Secure; SameSite=Strict`,
      `custos_csrf=${csrf}; Path=/; Secure; SameSite=Strict`,
    ]);
    return { status: user.totpEnrolled ? 'mfa_required' : 'mfa_enrollment_required' };
  });
  app.post('/api/v1/auth/mfa/verify', { schema: { hide: true, body: z.object({ code: z.string().optional(), recoveryCode: z.string().optional() }) } }, async (request, reply) => {
    const { session, user } = sessionOf(request, 'password');
    if (request.body.recoveryCode !== undefined) {
      const at = user.recoveryCodes.indexOf(request.body.recoveryCode);
      if (at === -1) throw new AppError('unauthenticated', 'That recovery code is not right, or it was used before.');
      user.recoveryCodes.splice(at, 1);
    } else checkTotp(user, request.body.code ?? '');
    session.stage = 'full';
    return { session: sessionBody(user, reply) };
  });
  app.post('/api/v1/auth/mfa/totp/enroll', { schema: { hide: true } }, async (request) => {
    const { user } = sessionOf(request, 'password');
    user.totpSecret = base32(randomBytes(20));
    const label = encodeURIComponent(`Custos:${user.email}`);
    return { otpauthUri: `otpauth://totp/${label}?secret=${user.totpSecret}&issuer=Custos&algorithm=SHA1&digits=6&period=30`, secret: user.totpSecret };
  });
  app.post('/api/v1/auth/mfa/totp/confirm', { schema: { hide: true, body: z.object({ code: z.string() }) } }, async (request, reply) => {
    const { session, user } = sessionOf(request, 'password');
    checkTotp(user, request.body.code);
    user.totpEnrolled = true;
    user.recoveryCodes = newRecoveryCodes();
    session.stage = 'full';
    return { session: sessionBody(user, reply), recoveryCodes: [...user.recoveryCodes] };
  });
  app.post('/api/v1/auth/mfa/recovery-codes', { schema: { hide: true } }, async (request) => {
    const { user } = sessionOf(request, 'full');
    user.recoveryCodes = newRecoveryCodes();
    return { recoveryCodes: [...user.recoveryCodes] };
  });
  app.get('/api/v1/auth/session', { schema: { hide: true } }, async (request, reply) => {
    const session = fake.sessions.get(cookies(request).custos_session ?? '');
    const user = session?.stage === 'full' ? fake.users.get(session.email) : undefined;
    return { session: user ? sessionBody(user, reply) : null };
  });
  app.get('/api/v1/auth/sessions', { schema: { hide: true } }, async (request) => {
    const { token, user } = sessionOf(request, 'full');
    const mine = [...fake.sessions.entries()].filter(([, s]) => s.email === user.email);
    return {
      sessions: mine.map(([t, s]) => ({ id: s.id, current: t === token, createdAt: s.createdAt, lastActiveAt: new Date().toISOString(), device: 'Chrome on Linux' })),
    };
  });
  app.post('/api/v1/auth/logout', { schema: { hide: true, body: z.object({ everywhere: z.boolean().optional() }).optional() } }, async (request, reply) => {
    const { token, user } = sessionOf(request, 'any');
    for (const [t, s] of fake.sessions) if (t === token || (request.body?.everywhere && s.email === user.email)) fake.sessions.delete(t);
    reply.header('set-cookie', ['custos_session=; Path=/; Max-Age=0; HttpOnly; Secure; SameSite=Strict', 'custos_csrf=; Path=/; Max-Age=0; Secure; SameSite=Strict']);
    return reply.code(204).send();
  });
  app.post('/api/v1/auth/password', { schema: { hide: true, body: z.object({ currentPassword: z.string(), newPassword: z.string() }) } }, async (request, reply) => {
    const { user } = sessionOf(request, 'full');
    if (request.body.currentPassword !== user.password) throw new AppError('unauthenticated', 'Your current password is not right.');
    user.password = request.body.newPassword;
    return reply.code(204).send();
  });
}
