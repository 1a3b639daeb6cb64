// Issue 3's acceptance walk, as a new user would try it: the real Custos (startCustos over a fresh
// data directory, every module's routes, the built web app) in a real chromium, mail received by a
// real SMTP server, time moved by an injected server clock and Playwright's clock in the page.
// Nothing is faked. A screenshot of every screen goes to test-results/screenshots/acceptance-*.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { publicKeyFileFor, readPublicKeys } from '../../src/modules/audit/checkpoint-file';
import { verifyAudit } from '../../src/modules/audit/verify-audit';
import { saveScreenshot } from '../helpers/browser';
import { decodeQrPath } from './qr-decode';
import { assertOnlyHttpErrors, newPerson, startWebTestEnv, totp, wrongTotp, type WebTestEnv } from './web-harness';

async function shot(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, `acceptance-${name}`);
}

/** The session as the page's own fetch sees it (same cookies as the app). */
async function sessionOf(page: Page): Promise<unknown> {
  return page.evaluate(`fetch('/api/v1/auth/session').then((r) => r.json())`);
}

describe('acceptance in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('the first administrator accepts the invitation, sets up 2FA and sets a 2-minute idle timeout', async () => {
    const { page, problems } = await env.openPage();
    const admin = newPerson();
    // `custos admin create` prints this link; it works once.
    const link = await env.systemInvite({ email: admin.email, role: 'admin' });
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Accept your invitation' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    await page.getByLabel('Full name').fill(admin.name);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await shot(page, '00a-accept-invitation');
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.getByLabel('Email address').fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(admin.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    const secret = await readSecretFromQr(page);
    await page.getByLabel('6-digit code').fill(totp(secret, env.clock.ms()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByLabel('I have saved my recovery codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administrator home' }).waitFor();
    await shot(page, '00b-admin-home');

    await page.getByRole('link', { name: 'Security settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Security settings' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Why forced password changes are off' }).waitFor();
    assert.equal(await page.getByLabel('Require everyone to change their password periodically').isChecked(), false, 'off by default (NIST SP 800-63B)');
    assert.equal(await page.getByLabel('Sign out after this many minutes without activity').inputValue(), '15');
    await page.getByLabel('Sign out after this many minutes without activity').fill('2');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await shot(page, '00c-admin-settings-idle-2-minutes');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    assertOnlyHttpErrors(problems, [], 'administrator');
    await page.close();
    env.clock.advance(30_000);
  });

  const patient = {
    name: faker.person.fullName(),
    email: faker.internet.email().toLowerCase(),
    dateOfBirth: faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10),
    password: `${faker.lorem.word()} ${faker.lorem.word()} ${faker.lorem.word()} ${faker.lorem.word()}`,
  };

  it('a patient registers, confirms the mail, enrolls TOTP, signs in again with a code, and is signed out when idle', async () => {
    const { page, problems } = await env.openPage();
    // The page's timers run on Playwright's clock (moving at real speed until fast-forwarded).
    await page.clock.install({ time: new Date() });

    // Register.
    await page.goto(`${env.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: 'Your health information, with AI you can trust' }).waitFor();
    await shot(page, '01-home');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
    await page.getByLabel('Full name').fill(patient.name);
    await page.getByLabel('Email address').fill(patient.email);
    await page.getByLabel('Date of birth').fill(patient.dateOfBirth);
    // The server's blocklist refuses a common password, and says why, at the field.
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.locator('#password-error').waitFor();
    assert.match((await page.locator('#password-error').textContent()) ?? '', /common|breach|list|guess/i);
    await shot(page, '02-register-blocklisted-password');
    assertOnlyHttpErrors(problems, [400, 422], 'blocklisted password');
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await shot(page, '03-register-filled');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await shot(page, '04-register-check-email');

    // The verification mail arrives at the SMTP server; its link carries the token in the fragment.
    const mail = await env.sink.waitFor((m) => m.to.includes(patient.email));
    assert.doesNotMatch(mail.text, new RegExp(patient.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'no name in the mail');
    await page.goto(env.linkIn(mail, 'verify-email'));
    await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    await shot(page, '05-email-confirmed');

    // First sign-in: password, then TOTP enrollment from the QR code.
    await page.getByRole('link', { name: 'Sign in' }).last().click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email address').fill(patient.email);
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await shot(page, '06-sign-in');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    const secret = await readSecretFromQr(page);
    await page.getByText('Cannot scan? Type the key instead').click();
    assert.equal((await page.getByTestId('totp-secret').textContent())!.replace(/ /g, ''), secret, 'the typed key is the QR code secret');
    await shot(page, '07-enroll-totp');

    await page.getByLabel('6-digit code').fill(wrongTotp(secret, env.clock.ms()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, '08-enroll-totp-wrong-code');
    assertOnlyHttpErrors(problems, [400, 401], 'wrong enrollment code');
    await page.getByLabel('6-digit code').fill(totp(secret, env.clock.ms()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();

    // Recovery codes, shown once.
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allTextContents();
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10, 'ten different codes');
    await shot(page, '09-recovery-codes');
    await page.getByLabel('I have saved my recovery codes somewhere safe').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Patient home' }).waitFor();
    await page.getByText(`Welcome, ${patient.name}.`).waitFor();
    await shot(page, '10-patient-home');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account security' }).click();
    await page.getByText('This device').waitFor();
    await shot(page, '11-account-security');

    // Sign out.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    await shot(page, '12-signed-out');
    assert.deepEqual(await sessionOf(page), { session: null }, 'the server ended the session');

    // Sign in again: password, then a wrong code (refused with a message), then the right one.
    // The enrollment code is spent (each code works once), so the server moves to the next step.
    env.clock.advance(30_000);
    await page.getByRole('link', { name: 'Sign in again' }).click();
    await page.getByLabel('Email address').fill(patient.email);
    await page.getByLabel('Password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { level: 2, name: 'Two-step verification' }).waitFor();
    await page.getByLabel('Code from your authenticator app').fill(wrongTotp(secret, env.clock.ms()));
    await page.keyboard.press('Enter');
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    assert.match((await refusal.textContent()) ?? '', /code/i, 'the refusal talks about the code');
    await shot(page, '13-sign-in-wrong-code');
    assertOnlyHttpErrors(problems, [400, 401], 'wrong code');
    await page.getByLabel('Code from your authenticator app').fill(totp(secret, env.clock.ms()));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Patient home' }).waitFor();
    await shot(page, '14-signed-in-with-code');

    // Idle: the server counts from the last request; nothing happens on the page meanwhile.
    const { session } = (await sessionOf(page)) as { session: { idleExpiresInSeconds: number } };
    const idleMs = session.idleExpiresInSeconds * 1000;
    assert.ok(idleMs > 100_000 && idleMs <= 2 * 60_000, `the administrator's 2-minute idle timeout applies (${idleMs} ms)`);
    // The answer floors to whole seconds (twice: header, then body), so allow a few seconds more.
    env.clock.advance(idleMs + 5_000);
    await page.clock.fastForward(idleMs - 30_000);
    await page.getByRole('dialog', { name: 'Are you still there?' }).waitFor();
    await shot(page, '15-idle-warning');
    // The server has already ended the session on its own clock: nothing the page does revives it.
    assert.deepEqual(await sessionOf(page), { session: null, ended: 'idle' }, 'expired on the server, which says why');
    await page.clock.fastForward(36_000);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You were signed out because there was no activity for a while.').waitFor();
    await shot(page, '16-signed-out-after-idle');
    assertOnlyHttpErrors(problems, [401], 'idle expiry');
    await page.close();
  });

  it('records every step in the audit log, which verifies; no PHI reached the logs', async () => {
    await env.custos.ctx.flushAudit();
    const rows = await sql<{ action: string }>`select action from audit_log order by seq`.execute(env.custos.ctx.db);
    const actions = new Set(rows.rows.map((r) => r.action));
    for (const action of ['user.registered', 'auth.login', 'auth.mfa_failed', 'auth.logout', 'auth.session_idle_expired']) {
      assert.ok(actions.has(action), `${action} audited (have: ${[...actions].join(', ')})`);
    }
    const result = await verifyAudit({
      db: env.custos.ctx.db,
      checkpointFile: env.config.auditCheckpointFile,
      publicKeys: await readPublicKeys(publicKeyFileFor(env.config.auditCheckpointFile)),
    });
    assert.equal(result.ok, true, JSON.stringify(result.failure));
    assert.ok(result.entriesChecked >= rows.rows.length);
    const logs = env.logLines.join('\n');
    assert.ok(env.logLines.length > 0, 'the server logged');
    for (const phi of [patient.email, patient.name, patient.dateOfBirth, patient.password]) assert.ok(!logs.includes(phi), 'no PHI or password in the logs');
  });
});

/** The TOTP secret of the enrollment page's QR code, read back with an independent decoder. */
async function readSecretFromQr(page: Page): Promise<string> {
  await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
  const qr = page.getByRole('img', { name: /QR code/ });
  await qr.waitFor();
  const side = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
  const uri = decodeQrPath((await qr.locator('path').getAttribute('d'))!, side);
  assert.ok(uri?.startsWith('otpauth://totp/'), `the QR code holds an otpauth URI: ${uri}`);
  return new URL(uri!).searchParams.get('secret')!;
}
