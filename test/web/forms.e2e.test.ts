// The forms of the web app driven in chromium, as a person would: keyboard, typing, clicking.
// The identity API is the in-memory fake of fake-identity-api.ts until the real one lands; it
// checks the CSRF header and cookies the way the real one must.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import type { Page } from 'playwright-core';
import { saveScreenshot, type PageProblems } from '../helpers/browser';
import { totpCode, type FakeUser } from './fake-identity-api';
import { decodeQrPath } from './qr-decode';
import { startWebTestEnv, type WebTestEnv } from './web-harness';

const ACTIVE = `(() => { const el = document.activeElement; return el.id || el.getAttribute('href') || el.textContent.trim(); })()`;

/** Only the expected failed API calls were logged (Chrome logs each 4xx answer to the console). */
function assertOnlyHttpErrors(problems: PageProblems, statuses: number[], label: string): void {
  const unexpected = problems.errors.filter((e) => !statuses.some((s) => e.includes(`status of ${s}`)));
  assert.deepEqual(unexpected, [], `${label}: console errors`);
  assert.deepEqual(problems.cspViolations, [], `${label}: CSP violations`);
  problems.clear();
}

function newUser(init: Partial<FakeUser> = {}): Pick<FakeUser, 'email' | 'password' | 'name'> & Partial<FakeUser> {
  return { name: faker.person.fullName(), email: faker.internet.email().toLowerCase(), password: faker.lorem.words(4), ...init };
}

async function describedByText(page: Page, id: string): Promise<string> {
  return (await page.evaluate(
    `(document.getElementById(${JSON.stringify(id)}).getAttribute('aria-describedby') || '').split(' ').filter(Boolean).map((i) => document.getElementById(i).textContent).join(' | ')`,
  )) as string;
}

async function signInWithPassword(page: Page, baseUrl: string, user: { email: string; password: string }): Promise<void> {
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
    assert.equal(env.identity.calls.get('POST /login'), undefined, 'nothing was sent');
    await saveScreenshot(page, 'form-sign-in-errors');

    // The skip link moves focus past the navigation.
    await page.goto(`${env.baseUrl}/sign-in`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(ACTIVE), 'email', 'after the skip link, Tab reaches the form');
    assertOnlyHttpErrors(problems, [], 'sign-in');
    await page.close();
  });

  it('register: shows why each field is asked and the password guidance, checks length before sending', async () => {
    const { page, problems } = await env.openPage();
    await page.goto(`${env.baseUrl}/register`);
    const person = newUser();
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
    assert.equal(env.identity.calls.get('POST /register'), undefined, 'the short password was not sent');
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
    const stored = env.identity.users.get(person.email);
    assert.equal(stored?.name, person.name);
    assert.equal(stored?.password, passphrase);
    await saveScreenshot(page, 'form-register-done');
    assertOnlyHttpErrors(problems, [], 'register');
    await page.close();
  });

  it('verify email: reads the token from the link fragment once; a bad code shows the request id', async () => {
    const { page, problems } = await env.openPage();
    const user = env.identity.addUser({ ...newUser(), emailVerified: false });
    const token = faker.string.alphanumeric(22);
    env.identity.verificationTokens.set(token, user.email);
    await page.goto(`${env.baseUrl}/verify-email#token=${token}`);
    await page.getByRole('heading', { level: 1, name: 'Email address confirmed' }).waitFor();
    assert.equal(user.emailVerified, true);
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    assert.equal(env.identity.calls.get('POST /verify-email'), 1, 'sent once');
    await saveScreenshot(page, 'form-verify-email-done');

    await page.goto(`${env.baseUrl}/verify-email`);
    await page.getByLabel('Code from the email').fill(token); // already used
    await page.getByRole('button', { name: 'Confirm' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /invalid or has expired.*quote this reference: [0-9a-f-]{36}/);
    await saveScreenshot(page, 'form-verify-email-error');
    assertOnlyHttpErrors(problems, [400], 'verify');
    await page.close();
  });

  it('first sign-in: enroll TOTP from the QR code, save recovery codes, reach the role home, sign out everywhere', async () => {
    const { page, problems } = await env.openPage();
    const user = env.identity.addUser(newUser());
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByRole('heading', { level: 1, name: 'Set up two-step verification' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    const side = Number((await qr.getAttribute('viewBox'))!.split(' ')[2]);
    const decoded = decodeQrPath((await qr.locator('path').getAttribute('d'))!, side);
    assert.ok(user.totpSecret, 'the API issued a secret');
    assert.equal(decoded, `otpauth://totp/${encodeURIComponent(`Custos:${user.email}`)}?secret=${user.totpSecret}&issuer=Custos&algorithm=SHA1&digits=6&period=30`);
    await page.getByText('Cannot scan? Type the key instead').click();
    assert.equal((await page.getByTestId('totp-secret').textContent())!.replace(/ /g, ''), user.totpSecret);
    await saveScreenshot(page, 'form-enroll-totp');

    const wrong = String((Number(totpCode(user.totpSecret, Date.now())) + 500_000) % 1_000_000).padStart(6, '0');
    await page.getByLabel('6-digit code').fill(wrong);
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    assert.equal(user.totpEnrolled, false);
    assertOnlyHttpErrors(problems, [401], 'wrong enrollment code');

    await page.getByLabel('6-digit code').fill(totpCode(user.totpSecret, Date.now()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('heading', { level: 1, name: 'Save your recovery codes' }).waitFor();
    const shown = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allTextContents();
    assert.deepEqual(shown, user.recoveryCodes);
    assert.equal(shown.length, 10);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download as a text file' }).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    for (const code of user.recoveryCodes) assert.ok(text.includes(code));
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

    // Change password: the length rule first, then the API.
    await page.getByLabel('Current password').fill(user.password);
    await page.getByLabel('New password').fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Use at least 8 characters (this one has 5)').waitFor();
    assert.equal(env.identity.calls.get('POST /password'), undefined);
    const newPassword = faker.lorem.words(5);
    await page.getByLabel('New password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has changed.').waitFor();
    assert.equal(user.password, newPassword);

    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You are signed out on every device.').waitFor();
    assert.equal([...env.identity.sessions.values()].filter((s) => s.email === user.email).length, 0);
    assertOnlyHttpErrors(problems, [], 'enrollment flow');
    await page.close();
  });

  it('sign-in with two-step verification: a wrong code is refused, the right one or a recovery code signs in', async () => {
    const { page, problems } = await env.openPage();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const user = env.identity.addUser({ ...newUser(), role: 'clinician', totpSecret: secret, totpEnrolled: true, recoveryCodes: ['k7m2-q9xd-4hta'] });

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
    const wrong = String((Number(totpCode(secret, Date.now())) + 1) % 1_000_000).padStart(6, '0');
    await page.getByLabel('Code from your authenticator app').fill(wrong);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'That code is not right' }).waitFor();
    await saveScreenshot(page, 'form-sign-in-wrong-code');
    assertOnlyHttpErrors(problems, [401], 'wrong code');

    const current = totpCode(secret, Date.now());
    await page.getByLabel('Code from your authenticator app').fill(`${current.slice(0, 3)} ${current.slice(3)}`);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Clinician home' }).waitFor();
    await saveScreenshot(page, 'page-clinician-signed-in');
    const logouts = env.identity.calls.get('POST /logout') ?? 0;
    await page.getByRole('link', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'You are signed out' }).waitFor();
    assert.equal(env.identity.calls.get('POST /logout'), logouts + 1);
    assert.equal([...env.identity.sessions.values()].filter((s) => s.email === user.email).length, 0, 'the session ended on the server');

    await signInWithPassword(page, env.baseUrl, user);
    await page.getByRole('button', { name: 'I cannot use my authenticator app' }).click();
    await page.getByLabel('Recovery code').fill('k7m2-q9xd-4hta');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Clinician home' }).waitFor();
    assert.deepEqual(user.recoveryCodes, [], 'the code is used up');
    assertOnlyHttpErrors(problems, [], 'sign in');
    await page.close();
  });

  it('session expiry: warns a minute before, "Stay signed in" extends, idle expiry signs out and says so', async () => {
    const { page, problems } = await env.openPage();
    await page.clock.install({ time: new Date() });
    const secret = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';
    const user = env.identity.addUser({ ...newUser(), role: 'admin', totpSecret: secret, totpEnrolled: true });
    env.identity.idleSeconds = 15 * 60;
    await signInWithPassword(page, env.baseUrl, user);
    await page.getByLabel('Code from your authenticator app').fill(totpCode(secret, Date.now()));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Administrator home' }).waitFor();

    const dialog = page.getByRole('dialog', { name: 'Are you still there?' });
    await page.clock.fastForward('13:50');
    assert.equal(await dialog.isVisible(), false, 'no warning 70 s before expiry');
    await page.clock.fastForward('00:15');
    await dialog.waitFor();
    assert.match((await dialog.locator('.countdown').textContent()) ?? '', /^0:5\d$/);
    assert.equal(await page.evaluate(ACTIVE), 'Stay signed in', 'focus moves into the dialog');
    await saveScreenshot(page, 'component-session-expiry-warning');

    const before = env.identity.calls.get('GET /session') ?? 0;
    await dialog.getByRole('button', { name: 'Stay signed in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(env.identity.calls.get('GET /session'), before + 1, 'staying asked the server');

    // The expiry moved: 14 minutes on, the warning is back; Escape also means "stay".
    await page.clock.fastForward('14:05');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(env.identity.calls.get('GET /session'), before + 2);

    const logoutsBefore = env.identity.calls.get('POST /logout') ?? 0;
    await page.clock.fastForward('15:01');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('You were signed out because there was no activity for a while.').waitFor();
    assert.equal(env.identity.calls.get('POST /logout'), logoutsBefore + 1, 'the server was told');
    assert.equal(await page.getByRole('link', { name: 'Create account' }).isVisible(), true, 'the header shows signed-out navigation');
    await saveScreenshot(page, 'form-sign-in-after-idle-expiry');
    assertOnlyHttpErrors(problems, [], 'expiry');
    await page.close();
  });
});
