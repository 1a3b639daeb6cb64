// The forms of the web app driven in chromium, as a person would: keyboard, typing, clicking,
// against the real Custos (web-harness.ts): real sessions, CSRF checks, mail and TOTP.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { Page } from 'playwright-core';
import { saveScreenshot } from '../helpers/browser';
import { decodeQrPath } from './qr-decode';
import { assertOnlyHttpErrors, newPerson, startWebTestEnv, totp, wrongTotp, type TestUser, type WebTestEnv } from './web-harness';

const ACTIVE = `(() => { const el = document.activeElement; return el.id || el.getAttribute('href') || el.textContent.trim(); })()`;

/** Counts the page's calls of one API path, e.g. 'POST /api/v1/auth/login'. */
function countCalls(page: Page): Map<string, number> {
  const calls = new Map<string, number>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/')) return;
    const key = `${request.method()} ${url.pathname}`;
    calls.set(key, (calls.get(key) ?? 0) + 1);
  });
  return calls;
}

async function sessionOf(page: Page): Promise<{ session: { mfa: { recoveryCodesRemaining: number } } | null }> {
  return (await page.evaluate(`fetch('/api/v1/auth/session').then((r) => r.json())`)) as { session: { mfa: { recoveryCodesRemaining: number } } | null };
}

async function describedByText(page: Page, id: string): Promise<string> {
  return (await page.evaluate(
    `(document.getElementById(${JSON.stringify(id)}).getAttribute('aria-describedby') || '').split(' ').filter(Boolean).map((i) => document.getElementById(i).textContent).join(' | ')`,
  )) as string;
}

async function signInWithPassword(page: Page, baseUrl: string, user: Pick<TestUser, 'email' | 'password'>): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('web forms in chromium', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('sign-in form: keyboard focus order, Enter submits, errors are linked to their fields', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    await page.goto(`${env.baseUrl}/sign-in`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const order: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      order.push((await page.evaluate(ACTIVE)) as string);
    }
    assert.equal(order[0], '#main', 'the skip link comes first');
    const at = order.indexOf('email');
    assert.ok(at > 0, JSON.stringify(order));
    assert.deepEqual(order.slice(at, at + 4), ['email', 'password', 'Show password', 'Continue'], JSON.stringify(order));
    await page.getByRole('button', { name: 'Continue' }).focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await page.evaluate(ACTIVE), 'Show password', 'Shift+Tab walks back');

    // Enter in the empty email field submits; focus goes to the first field to fix.
    await page.getByLabel('Email address').focus();
    await page.keyboard.press('Enter');
    await page.getByText('Enter your email address.').waitFor();
    assert.equal(await page.evaluate(ACTIVE), 'email');
    assert.equal(await page.getByLabel('Email address').getAttribute('aria-invalid'), 'true');
    assert.match(await describedByText(page, 'email'), /Enter your email address\./);
    assert.match(await describedByText(page, 'password'), /Enter your password\./);
    assert.equal(calls.get('POST /api/v1/auth/login'), undefined, 'nothing was sent');
    await saveScreenshot(page, 'form-sign-in-errors');

    // The skip link moves focus past the navigation.
    await page.goto(`${env.baseUrl}/sign-in`);
    await page.getByLabel('Email address').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The skip link moves focus to <main>; wait for it before the next key, or Tab may race it.
    // A locator, not a string predicate: the app's CSP forbids eval, which string predicates need.
    await page.locator('#main:focus').waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(ACTIVE), 'email', 'after the skip link, Tab reaches the form');
    assertOnlyHttpErrors(problems, [], 'sign-in');
    await page.close();
  });

  it('register: shows why each field is asked and the password guidance, checks length before sending', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    await page.goto(`${env.baseUrl}/register`);
    const person = newPerson();
    assert.match(await describedByText(page, 'password'), /At least 8 characters; longer is stronger/);
    for (const id of ['name', 'email', 'dateOfBirth']) assert.match(await describedByText(page, id), /\bTo |So /, `${id} says why`);
    await page.getByLabel('Full name').fill(person.name);
    await page.getByLabel('Email address').fill(person.email);
    await page.getByLabel('Date of birth').fill(faker.date.birthdate({ min: 18, max: 90, mode: 'age' }).toISOString().slice(0, 10));

    // Seven emoji: 14 UTF-16 units, but 7 characters as the server counts them.
    await page.getByLabel('Password', { exact: true }).fill('🙂'.repeat(7));
    assert.equal(await page.locator('.field-counter').textContent(), '7 characters, 1 more needed');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Use at least 8 characters (this one has 7)').waitFor();
    assert.equal(await page.evaluate(ACTIVE), 'password', 'focus moves to the field to fix');
    assert.match(await describedByText(page, 'password'), /At least 8 characters.*\| Error: Use at least 8 characters \(this one has 7\)/s);
    assert.equal(calls.get('POST /api/v1/auth/register'), undefined, 'the short password was not sent');
    await saveScreenshot(page, 'form-register-too-short');

    // The server's own refusal (a blocklisted password) lands at the field, with a reference id.
    await page.getByLabel('Password', { exact: true }).fill('password123');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('alert').filter({ hasText: 'quote this reference' }).waitFor();
    assert.match(await describedByText(page, 'password'), /attackers try first/);
    assertOnlyHttpErrors(problems, [400], 'register refused');

    const passphrase = `${faker.lorem.word()} ${faker.lorem.word()} ${faker.lorem.word()} ñandú`;
    await page.getByLabel('Password', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    // The server took it: the confirmation mail arrives at the SMTP server.
    const mail = await env.sink.waitFor((m) => m.to.includes(person.email));
    assert.ok(env.linkIn(mail, 'verify-email'));
    await saveScreenshot(page, 'form-register-done');
    assertOnlyHttpErrors(problems, [], 'register');
    await page.close();
  });

  it('verify email: reads the token from the link fragment once; a used link shows the request id', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    const person = newPerson();
    const api = await env.apiSession();
    assert.equal((await api.call('POST', '/api/v1/auth/register', person)).status, 202);
    await api.close();
    const link = env.linkIn(await env.sink.waitFor((m) => m.to.includes(person.email)), 'verify-email');
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    assert.equal(calls.get('POST /api/v1/auth/verify-email'), 1, 'sent once');
    await saveScreenshot(page, 'form-verify-email-done');

    await page.goto(`${env.baseUrl}/verify-email`);
    await page.getByLabel('Code from the email').fill(new URL(link).hash.replace('#token=', '')); // already used
    await page.getByRole('button', { name: 'Confirm' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /already used.*quote this reference: [0-9a-f-]{36}/);
    await saveScreenshot(page, 'form-verify-email-error');
    assertOnlyHttpErrors(problems, [400], 'verify');
    await page.close();
  });

  it('first sign-in: enroll TOTP from the QR code, save recovery codes, reach the role home, change password, sign out everywhere', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    const user = await env.createPatient();
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const side = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
    const decoded = decodeQrPath((await qr.locator('path').getAttribute('d'))!, side);
    assert.ok(decoded?.startsWith('otpauth://totp/'), decoded);
    const uri = new URL(decoded!);
    const secret = uri.searchParams.get('secret')!;
    assert.equal(uri.searchParams.get('issuer'), 'Custos');
    await page.getByText('Cannot scan? Type the key instead').click();
    assert.equal((await page.getByTestId('totp-secret').textContent())!.replace(/ /g, ''), secret);
    await saveScreenshot(page, 'form-enroll-totp');

    await page.getByLabel('6-digit code').fill(wrongTotp(secret, env.clock.ms()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    assertOnlyHttpErrors(problems, [401], 'wrong enrollment code');

    await page.getByLabel('6-digit code').fill(totp(secret, env.clock.ms()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    const shown = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allTextContents();
    assert.equal(shown.length, 10);
    assert.equal(new Set(shown).size, 10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as a text file' }).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    for (const code of shown) assert.ok(text.includes(code));
    assert.doesNotMatch(text, new RegExp(user.email.replace(/[.+]/g, '\\$&')), 'no email in the file');
    const continueButton = page.getByRole('button', { name: 'Continue' });
    assert.equal(await continueButton.isDisabled(), true, 'Continue waits for the confirmation');
    await saveScreenshot(page, 'form-recovery-codes');
    await page.getByLabel('I have saved my recovery codes somewhere safe').check();
    await continueButton.click();

    await page.getByRole('heading', { level: 1, name: 'Patient home' }).waitFor();
    await page.getByText(`Welcome, ${user.name}.`).waitFor();
    await saveScreenshot(page, 'page-patient-signed-in');
    // The codes were held in memory only: coming back shows none.
    await page.goto(`${env.baseUrl}/recovery-codes`);
    await page.getByRole('heading', { level: 1, name: 'Recovery codes' }).waitFor();
    assert.equal(await page.getByRole('list', { name: 'Recovery codes' }).count(), 0);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Account security' }).click();
    await page.getByRole('heading', { level: 2, name: 'Where you are signed in' }).waitFor();
    await page.getByText('This device').waitFor();
    await saveScreenshot(page, 'page-account-security-signed-in');

    // Change password: the length rule first, then the server (which checks the current one).
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Use at least 8 characters (this one has 5)').waitFor();
    assert.equal(calls.get('POST /api/v1/auth/password'), undefined);
    await page.getByLabel('Current password').fill(`${user.password}x`);
    const newPassword = `${faker.lorem.words(4)} ${faker.string.alphanumeric(6)}`;
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByRole('alert').waitFor();
    assertOnlyHttpErrors(problems, [400, 401], 'wrong current password');
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has changed.').waitFor();
    user.password = newPassword;

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You are signed out on every device.').waitFor();
    assert.equal((await sessionOf(page)).session, null, 'the server ended the session');
    // The new password is the one that works now.
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByRole('heading', { level: 2, name: 'Two-step verification' }).waitFor();
    assertOnlyHttpErrors(problems, [], 'enrollment flow');
    await page.close();
  });

  it('sign-in with two-step verification: a wrong code is refused, the right one or a recovery code signs in', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    const user = await env.createStaff('clinician');

    // A wrong password first: the message does not say which part was wrong.
    await signInWithPassword(page, env.baseUrl, { email: user.email, password: `${user.password}x` });
    await page.getByRole('alert').filter({ hasText: 'email address or password is not right' }).waitFor();
    assertOnlyHttpErrors(problems, [401], 'wrong password');

    await signInWithPassword(page, env.baseUrl, user);
    await page.getByRole('heading', { level: 2, name: 'Two-step verification' }).waitFor();
    assert.equal(await page.evaluate(ACTIVE), 'code', 'focus is on the code field');
    await page.getByLabel('Code from your authenticator app').fill('12345');
    await page.keyboard.press('Enter');
    await page.getByText('Enter the 6-digit code from your authenticator app.').waitFor();
    await page.getByLabel('Code from your authenticator app').fill(wrongTotp(user.secret!, env.clock.ms()));
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    await saveScreenshot(page, 'form-sign-in-wrong-code');
    assertOnlyHttpErrors(problems, [401], 'wrong code');

    const current = env.code(user);
    await page.getByLabel('Code from your authenticator app').fill(`${current.slice(0, 3)} ${current.slice(3)}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Clinician home' }).waitFor();
    await saveScreenshot(page, 'page-clinician-signed-in');
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    assert.equal(calls.get('POST /api/v1/auth/logout'), 1);
    assert.equal((await sessionOf(page)).session, null, 'the session ended on the server');

    // The same code again, in the same 30 s step: refused (each code works once).
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByLabel('Code from your authenticator app').fill(current);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    assertOnlyHttpErrors(problems, [401], 'reused code');

    await page.getByRole('button', { name: 'I cannot use my authenticator app' }).click();
    await page.getByLabel('Recovery code').fill(user.recoveryCodes![0]!);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clinician home' }).waitFor();
    assert.equal((await sessionOf(page)).session?.mfa.recoveryCodesRemaining, 9, 'the code is used up');
    assertOnlyHttpErrors(problems, [], 'sign in');
    await page.close();
  });

  it('session expiry: warns a minute before, "Stay signed in" extends, idle expiry signs out and says so', async () => {
    const { page, problems } = await env.openPage();
    const calls = countCalls(page);
    await page.clock.install({ time: new Date() });
    const user = await env.createStaff('admin');
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByLabel('Code from your authenticator app').fill(env.code(user));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Administrator home' }).waitFor();
    const idleSeconds = ((await sessionOf(page)) as unknown as { session: { idleExpiresInSeconds: number } }).session.idleExpiresInSeconds;
    assert.ok(idleSeconds > 14 * 60 && idleSeconds <= 15 * 60, `default idle timeout 15 minutes (${idleSeconds} s)`);

    const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
    await page.clock.fastForward('13:45');
    assert.equal(await dialog.isVisible(), false, 'no warning more than a minute before expiry');
    await page.clock.fastForward('00:20');
    await dialog.waitFor();
    assert.match((await dialog.locator('.countdown').textContent()) ?? '', /^0:[45]\d$/);
    assert.equal(await page.evaluate(ACTIVE), 'Stay signed in', 'focus moves into the dialog');
    await saveScreenshot(page, 'component-session-expiry-warning');

    const before = calls.get('GET /api/v1/auth/session') ?? 0;
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(calls.get('GET /api/v1/auth/session'), before + 1, 'staying asked the server');

    // The expiry moved: 14 minutes on, the warning is back; Escape also means "stay".
    await page.clock.fastForward('14:05');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(calls.get('GET /api/v1/auth/session'), before + 2);

    await page.clock.fastForward('15:01');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You were signed out because there was no activity for a while.').waitFor();
    assert.equal(calls.get('POST /api/v1/auth/logout'), 1, 'the server was told');
    assert.equal((await sessionOf(page)).session, null);
    assert.equal(await page.getByRole('link', { name: 'Create account' }).isVisible(), true, 'the header shows signed-out navigation');
    await saveScreenshot(page, 'form-sign-in-after-idle-expiry');
    assertOnlyHttpErrors(problems, [], 'expiry');
    await page.close();
  });

  it('a session ended on the server while the page was away is explained after a reload', async () => {
    const { page, problems } = await env.openPage();
    const user = await env.createPatient({ enroll: true });
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByLabel('Code from your authenticator app').fill(env.code(user));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Patient home' }).waitFor();
    // Nobody touches the page for 16 minutes of server time (the tab slept, say).
    env.clock.advance(16 * 60_000);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You were signed out because there was no activity for a while.').waitFor();
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await saveScreenshot(page, 'form-sign-in-after-idle-reload');
    assertOnlyHttpErrors(problems, [], 'reload after idle');
    await page.close();
  });

  it('account security: lists this device and another, and ends the other one alone', async () => {
    const { page, problems } = await env.openPage();
    const user = await env.createPatient({ enroll: true });
    const other = await env.apiSession();
    await other.call('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
    assert.equal((await other.call('POST', '/api/v1/auth/mfa/verify', { code: env.code(user) })).status, 200);
    env.clock.advance(30_000);
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByLabel('Code from your authenticator app').fill(env.code(user));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Patient home' }).waitFor();
    await page.goto(`${env.baseUrl}/account/security`);
    const rows = page.getByRole('table').locator('tbody tr');
    await page.getByText('This device').waitFor();
    assert.equal(await rows.count(), 2);
    await rows.filter({ hasNotText: 'This device' }).getByRole('button', { name: /^Sign out/ }).click();
    await rows.nth(1).waitFor({ state: 'detached' });
    assert.equal(await page.getByText('This device').count(), 1, 'this session goes on');
    assert.equal(((await other.call('GET', '/api/v1/auth/session')).body as { session: unknown }).session, null, 'the other one ended');
    await saveScreenshot(page, 'page-account-security-one-session-ended');
    await other.close();
    assertOnlyHttpErrors(problems, [], 'end one session');
    await page.close();
  });
});
