// Shared set-up of the browser tests: the web app built, the real Custos (startCustos over a fresh
// data directory: every module's routes, PGlite, audit, keys) with a server clock the test can move,
// a real SMTP server receiving its mail, and chromium. Helpers create users the way people do
// (registration and its mail; an administrator's invitation) through the real API.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { faker } from '@faker-js/faker';
import { generateSync } from 'otplib';
import { request as playwrightRequest, type APIRequestContext, type Page } from 'playwright-core';
import { loadConfig, type TConfig } from '../../src/config';
import { createAuthorize } from '../../src/modules/access/authorize';
import { insertCareTeam, insertCareTeamMember, insertCareTeamPatient } from '../../src/modules/access/care-teams.repo';
import { emailBlindIndex } from '../../src/modules/identity/user-fields';
import { findUserByEmailIndex, type TUserRow } from '../../src/modules/identity/users.repo';
import { createRecordsService, type RecordsService } from '../../src/modules/records/records.service';
import type { TAuth } from '../../src/server/auth';
import type { Role } from '../../src/modules/access/access.types';
import { createInvitationsService, type StaffRole } from '../../src/modules/identity/invitations.service';
import { createPasswordBlocklist } from '../../src/modules/identity/password-blocklist';
import { createPasswordHasher } from '../../src/modules/identity/password-hash';
import { createMailer } from '../../src/modules/mail/mailer';
import { createLogger } from '../../src/server/logger';
import { startCustos, type RunningCustos } from '../../src/server/start';
import { launchBrowser, watchPage, type PageProblems, type TestBrowser } from '../helpers/browser';
import { startSmtpSink, type ReceivedMail, type SmtpSink } from '../helpers/smtp-sink';

const root = path.resolve(import.meta.dirname, '../..');

/** Server time = real time + offset: codes computed now stay valid, and the test can jump ahead. */
export interface OffsetClock {
  now(): Date;
  /** Server time in ms. */
  ms(): number;
  advance(ms: number): void;
}

export function createOffsetClock(): OffsetClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    ms: () => Date.now() + offset,
    advance: (ms) => {
      offset += ms;
    },
  };
}

/** The RFC 6238 code of `secret` at `atMs`, computed with otplib as an authenticator app would. */
export function totp(secret: string, atMs: number): string {
  return generateSync({ secret, epoch: Math.floor(atMs / 1000), period: 30, digits: 6, algorithm: 'sha1' });
}

/** A 6-digit code that is none of the codes accepted around `atMs` (one step either side). */
export function wrongTotp(secret: string, atMs: number): string {
  const accepted = new Set([-30_000, 0, 30_000].map((d) => totp(secret, atMs + d)));
  for (let n = Number(totp(secret, atMs)) + 1; ; n++) {
    const code = String(n % 1_000_000).padStart(6, '0');
    if (!accepted.has(code)) return code;
  }
}

/** Only the expected failed API calls were logged (Chrome logs each 4xx answer to the console). */
export function assertOnlyHttpErrors(problems: PageProblems, statuses: number[], label: string): void {
  const unexpected = problems.errors.filter((e) => !statuses.some((s) => e.includes(`status of ${s}`)));
  assert.deepEqual(unexpected, [], `${label}: console errors`);
  assert.deepEqual(problems.cspViolations, [], `${label}: CSP violations`);
  problems.clear();
}

export interface TestUser {
  name: string;
  email: string;
  password: string;
  role: Role;
  /** The TOTP secret, once enrolled. */
  secret?: string;
  recoveryCodes?: string[];
}

/** An API client with its own cookie jar (not the browser's), sending the CSRF header on writes. */
export interface ApiSession {
  /** With `bearer`, sends `Authorization: Bearer <bearer>` as an integration would. */
  call<T = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, bearer?: string): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

export interface WebTestEnv {
  custos: RunningCustos;
  config: TConfig;
  clock: OffsetClock;
  sink: SmtpSink;
  browser: TestBrowser;
  /** https://localhost:<port> */
  baseUrl: string;
  /** Every line the server logged. */
  logLines: string[];
  /** A new tab whose console errors and CSP violations are collected. */
  openPage(): Promise<{ page: Page; problems: PageProblems }>;
  apiSession(): Promise<ApiSession>;
  /** The one-time link of a mail (verify-email, reset-password, accept-invitation), on this server. */
  linkIn(mail: ReceivedMail, page: string): string;
  /** The current TOTP code of a user, at server time. */
  code(user: TestUser): string;
  /** A patient who registered and confirmed the email; with `enroll`, also set up TOTP (signed out after). */
  createPatient(options?: { enroll?: boolean }): Promise<TestUser>;
  /** An invitation as `custos admin create` makes it (no signed-in admin): the link, on this server. */
  systemInvite(input: { email: string; role: StaffRole; name?: string }): Promise<string>;
  /** A staff member invited, accepted and (with `enroll`, the default) enrolled in TOTP, signed out. */
  createStaff(role: StaffRole, options?: { enroll?: boolean }): Promise<TestUser>;
  close(): Promise<void>;
}

export function newPerson(): { name: string; email: string; password: string; dateOfBirth: string } {
  return {
    name: faker.person.fullName(),
    email: `${faker.string.alphanumeric(10).toLowerCase()}@${faker.internet.domainName()}`,
    password: `${faker.lorem.word()} ${faker.lorem.word()} ${faker.lorem.word()} ${faker.string.alphanumeric(5)}`,
    dateOfBirth: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10),
  };
}

/**
 * Builds web/dist if stale (quick when fresh), starts the SMTP server, Custos and chromium.
 *
 * @example
 *   let env: WebTestEnv;
 *   before(async () => (env = await startWebTestEnv()));
 *   after(() => env.close());
 */
export async function startWebTestEnv(): Promise<WebTestEnv> {
  // A child process, as `npm start` runs it; it takes turns with other test files through a lock.
  execFileSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
  const clock = createOffsetClock();
  const logLines: string[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-web-test-'));
  const sink = await startSmtpSink();
  let custos: RunningCustos | undefined;
  let browser: TestBrowser | undefined;
  const config: TConfig = {
    ...loadConfig({ CUSTOS_ENV: 'test', CUSTOS_DATA_DIR: dataDir, CUSTOS_HOST: '127.0.0.1', CUSTOS_SMTP_URL: sink.url }),
    port: 0,
  };
  try {
    const logger = createLogger({ level: 'info', destination: { write: (line: string) => void logLines.push(line) } });
    custos = await startCustos(config, { clock, logger });
    browser = await launchBrowser({ ignoreHttpsErrors: true });
  } catch (error) {
    await custos?.close();
    await sink.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  const running = { custos, browser };
  const baseUrl = `https://localhost:${custos.port}`;
  const ctx = custos.ctx;
  // What `custos admin create` does: invite without a signed-in administrator; the mail stays in
  // the outbox (the operator gets the link printed).
  const invitations = createInvitationsService({
    db: ctx.db,
    crypto: ctx.crypto,
    clock: ctx.clock,
    audit: ctx.audit,
    mailer: createMailer({ db: ctx.db, crypto: ctx.crypto, clock: ctx.clock, from: config.mailFrom }),
    hasher: createPasswordHasher(),
    blocklist: createPasswordBlocklist(),
    publicUrl: config.publicUrl,
    organizationId: ctx.defaultOrganization.id,
    authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }),
  });
  const apiContexts: APIRequestContext[] = [];

  const apiSession = async (): Promise<ApiSession> => {
    const http = await playwrightRequest.newContext({ baseURL: baseUrl, ignoreHTTPSErrors: true });
    apiContexts.push(http);
    return {
      async call<T>(method: string, url: string, body?: unknown, bearer?: string) {
        const cookies = (await http.storageState()).cookies;
        const csrf = cookies.find((c) => c.name === 'custos_csrf')?.value;
        const response = await http.fetch(url, {
          method,
          headers: {
            accept: 'application/json',
            ...(csrf && method !== 'GET' ? { 'x-csrf-token': csrf } : {}),
            ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
          },
          ...(body === undefined ? {} : { data: body }),
        });
        const text = await response.text();
        return { status: response.status(), body: (text ? JSON.parse(text) : undefined) as T };
      },
      close: () => http.dispose(),
    };
  };

  const linkIn = (mail: ReceivedMail, page: string): string => {
    const escaped = config.publicUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`${escaped}/${page}#token=[A-Za-z0-9_.~-]+`).exec(mail.text);
    assert.ok(match, `a ${page} link in the mail`);
    return baseUrl + match[0].slice(config.publicUrl.length);
  };
  const tokenOf = (link: string): string => new URL(link).hash.replace(/^#token=/, '');

  /** Signs in, enrolls TOTP, signs out; fills in secret and recovery codes. */
  const enroll = async (user: TestUser): Promise<void> => {
    const api = await apiSession();
    try {
      const login = await api.call<{ status: string }>('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
      assert.equal(login.body.status, 'mfa_enrollment_required', JSON.stringify(login.body));
      const started = await api.call<{ secret: string }>('POST', '/api/v1/auth/mfa/totp/enroll');
      user.secret = started.body.secret;
      const confirmed = await api.call<{ recoveryCodes: string[] }>('POST', '/api/v1/auth/mfa/totp/confirm', { code: totp(user.secret, clock.ms()) });
      assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      user.recoveryCodes = confirmed.body.recoveryCodes;
      assert.equal((await api.call('POST', '/api/v1/auth/logout', {})).status, 204);
      // The code just used is spent: later sign-ins happen in a later 30 s step of the server clock.
      clock.advance(30_000);
    } finally {
      await api.close();
    }
  };

  const systemInvite: WebTestEnv['systemInvite'] = async (input) => {
    const { link } = await invitations.systemInvite({ ...input, organizationId: ctx.defaultOrganization.id });
    assert.ok(link.startsWith(`${config.publicUrl}/accept-invitation#token=`), link);
    return baseUrl + link.slice(config.publicUrl.length);
  };

  return {
    custos,
    config,
    clock,
    sink,
    browser,
    baseUrl,
    logLines,
    openPage: async () => {
      const page = await running.browser.newPage();
      const problems = await watchPage(page);
      return { page, problems };
    },
    apiSession,
    linkIn,
    code: (user) => totp(user.secret!, clock.ms()),
    async createPatient(options = {}) {
      const person = newPerson();
      const api = await apiSession();
      try {
        const registered = await api.call('POST', '/api/v1/auth/register', { name: person.name, email: person.email, dateOfBirth: person.dateOfBirth, password: person.password });
        assert.equal(registered.status, 202, JSON.stringify(registered.body));
        const mail = await sink.waitFor((m) => m.to.includes(person.email) && m.text.includes('/verify-email#token='));
        const verified = await api.call('POST', '/api/v1/auth/verify-email', { token: tokenOf(linkIn(mail, 'verify-email')) });
        assert.equal(verified.status, 200, JSON.stringify(verified.body));
      } finally {
        await api.close();
      }
      const user: TestUser = { name: person.name, email: person.email, password: person.password, role: 'patient' };
      if (options.enroll) await enroll(user);
      return user;
    },
    systemInvite,
    async createStaff(role, options = {}) {
      const person = newPerson();
      const link = await systemInvite({ email: person.email, role });
      const api = await apiSession();
      try {
        const accepted = await api.call('POST', '/api/v1/auth/invitations/accept', { token: tokenOf(link), name: person.name, password: person.password });
        assert.equal(accepted.status, 204, JSON.stringify(accepted.body));
      } finally {
        await api.close();
      }
      const user: TestUser = { name: person.name, email: person.email, password: person.password, role };
      if (options.enroll ?? true) await enroll(user);
      return user;
    },
    close: async () => {
      for (const http of apiContexts) await http.dispose().catch(() => undefined);
      await running.browser.close();
      await running.custos.close();
      await sink.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs a user in through the sign-in page (password, then the current TOTP code when enrolled). */
export async function signIn(page: Page, env: WebTestEnv, user: TestUser): Promise<void> {
  await page.goto(`${env.baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Continue' }).click();
  if (!user.secret) return;
  await page.getByLabel('Code from your authenticator app').fill(env.code(user));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: /home$/ }).waitFor();
  // Each code works once: the next sign-in of this user happens in a later step.
  env.clock.advance(30_000);
}

/** No horizontal scrolling at 640 px wide (1280 px at 200% zoom); the viewport is put back. */
export async function assertFits640(page: Page, label: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 640, height: 450 });
  const overflow = await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
  assert.equal(overflow, 0, `${label}: no horizontal scroll at 200% zoom`);
  if (size) await page.setViewportSize(size);
}

/** Every input has a label; with `problems`, the page also broke no CSP rule. */
export async function assertLabelled(page: Page, label: string, problems?: PageProblems): Promise<void> {
  const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')].filter((el) => el.labels.length === 0).map((el) => el.id || el.name)`);
  assert.deepEqual(unlabelled, [], `${label}: every input has a label`);
  if (problems) assert.deepEqual(problems.cspViolations, [], `${label}: CSP violations`);
}

/** Signs out from the main navigation and waits for the signed-out page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
}

/** The users row of a test user, found by the e-mail blind index. */
export async function userRowOf(env: WebTestEnv, user: TestUser): Promise<TUserRow> {
  const { ctx } = env.custos;
  const row = await findUserByEmailIndex(ctx.db, ctx.defaultOrganization.id, await emailBlindIndex(ctx.crypto, ctx.db, ctx.defaultOrganization.id, user.email));
  assert.ok(row, 'the test user exists');
  return row;
}

/**
 * Puts a clinician and a patient on a new care team, and returns what writing the patient's
 * chart through the records door as that clinician (for treatment) takes.
 *
 * @example
 *   const chart = await careTeamChart(env, clinician, patient, 'Records ward');
 *   await chart.records.createRecord({ ...chart.call, resourceType: 'Condition', resource: { resourceType: 'Condition', code: { text: 'Asthma' } } });
 */
export async function careTeamChart(env: WebTestEnv, clinician: TestUser, patient: TestUser, ward: string) {
  const { ctx } = env.custos;
  const organizationId = ctx.defaultOrganization.id;
  const clinicianRow = await userRowOf(env, clinician);
  const patientRow = await userRowOf(env, patient);
  const patientId = patientRow.patient_id!;
  const careTeamId = randomUUID();
  const at = ctx.clock.now();
  await insertCareTeam(ctx.db, { id: careTeamId, organizationId, name: `${ward} ${careTeamId.slice(0, 4)}`, at });
  await insertCareTeamMember(ctx.db, { careTeamId, organizationId, userId: clinicianRow.id, at });
  await insertCareTeamPatient(ctx.db, { careTeamId, organizationId, patientId, at });
  const deps = { db: ctx.db, crypto: ctx.crypto, audit: ctx.audit, clock: ctx.clock, authorize: createAuthorize({ db: ctx.db, audit: ctx.audit, clock: ctx.clock }) };
  const records: RecordsService = createRecordsService(deps);
  const auth: TAuth = { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: clinicianRow.id, organizationId, role: 'clinician', patientId: null };
  const call = { auth, purpose: 'treatment' as const, patientId, requestContext: { requestId: randomUUID(), clientAddress: '127.0.0.1' } };
  return { deps, records, call, patientId, clinicianRow, patientRow };
}
