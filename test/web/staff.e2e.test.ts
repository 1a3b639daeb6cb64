// The pages of issue 3 beyond sign-in, in chromium against the real Custos: user administration,
// the mail outbox, security settings, access tokens, break-glass and its review queue, and the
// password reset. Each screen gets a screenshot and must fit a 640 px window (200% zoom).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { emailBlindIndex } from '../../src/modules/identity/user-fields';
import { findUserByEmailIndex } from '../../src/modules/identity/users.repo';
import { saveScreenshot } from '../helpers/browser';
import { assertOnlyHttpErrors, newPerson, signIn, startWebTestEnv, type TestUser, type WebTestEnv, assertFits640, assertLabelled, signOut } from './web-harness';

/** The patient id of a patient account (what a chart or a referral would show a clinician). */
async function patientIdOf(env: WebTestEnv, user: TestUser): Promise<string> {
  const { ctx } = env.custos;
  const index = await emailBlindIndex(ctx.crypto, ctx.db, ctx.defaultOrganization.id, user.email);
  const row = await findUserByEmailIndex(ctx.db, ctx.defaultOrganization.id, index);
  assert.ok(row?.patient_id, 'a patient account has a patient id');
  return row.patient_id;
}

describe('staff pages in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('an administrator invites, changes roles, disables, resets 2FA, ends sessions, reads the outbox and the settings', async () => {
    const { page, problems } = await env.openPage();
    const admin = await env.createStaff('admin');
    const officer = await env.createStaff('compliance_officer');
    await signIn(page, env, admin);
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    const card = (user: TestUser) => page.getByRole('listitem', { name: new RegExp(user.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await card(officer).waitFor();

    // Invite: the mail goes out over SMTP with a one-time link; accepting it activates the account.
    const invited = newPerson();
    await page.getByLabel('Email address').fill('not-an-address');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Enter an email address like name@example.org.').waitFor();
    await page.getByLabel('Email address').fill(invited.email);
    await page.getByLabel('Name (optional)').fill(invited.name);
    await page.getByRole('combobox', { name: 'Role' }).first().selectOption('clinician');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${invited.email}.`).waitFor();
    const invitedCard = page.getByRole('listitem', { name: new RegExp(invited.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await invitedCard.getByText('Invited').waitFor();
    const mail = await env.sink.waitFor((m) => m.to.includes(invited.email));
    const link = env.linkIn(mail, 'accept-invitation');
    await saveScreenshot(page, 'staff-admin-users');
    await assertFits640(page, 'users');
    await assertLabelled(page, 'users', problems);

    // Patients are listed without their names; a look-up by the exact address finds the one account.
    const patient = await env.createPatient();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
    await card(officer).waitFor();
    assert.equal(await page.getByText(patient.name).count(), 0, "no patient's name on the page");
    assert.equal(await page.getByText(patient.email).count(), 0, "no patient's whole address on the page");
    await page.getByLabel('Look up by email').fill(patient.email);
    await page.getByRole('button', { name: 'Find' }).click();
    const foundCard = page.getByRole('list', { name: 'Account found' }).getByRole('listitem');
    await foundCard.getByText(patient.email, { exact: true }).waitFor();
    await foundCard.getByText(/name withheld/).waitFor();
    await saveScreenshot(page, 'staff-admin-users-lookup');
    await page.getByLabel('Look up by email').fill(newPerson().email);
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByText('No account has this address.').waitFor();

    // Role change (their sessions end).
    const officerApi = await env.apiSession();
    await officerApi.call('POST', '/api/v1/auth/login', { email: officer.email, password: officer.password });
    await card(officer).getByRole('combobox', { name: 'Role' }).selectOption('clinician');
    await card(officer).getByRole('button', { name: 'Change role' }).click();
    await page.getByText(`${officer.name} is now clinician.`).waitFor();
    await card(officer).locator('dd').getByText('Clinician', { exact: true }).waitFor();

    // Disable: they cannot sign in; enable again.
    await card(officer).getByRole('button', { name: /^Disable/ }).click();
    await card(officer).getByText('Disabled').waitFor();
    assert.equal((await officerApi.call('POST', '/api/v1/auth/login', { email: officer.email, password: officer.password })).status, 401, 'a disabled account cannot sign in');
    await saveScreenshot(page, 'staff-admin-users-disabled');
    await card(officer).getByRole('button', { name: /^Enable/ }).click();
    await page.getByText(`${officer.name} can sign in again.`).waitFor();

    // Sign out everywhere: a live session of theirs ends.
    const login = await officerApi.call<{ status: string }>('POST', '/api/v1/auth/login', { email: officer.email, password: officer.password });
    assert.equal(login.body.status, 'mfa_required');
    await card(officer).getByRole('button', { name: /^Sign out everywhere/ }).click();
    await page.getByText(`${officer.name} is signed out everywhere.`).waitFor();
    assert.deepEqual((await officerApi.call('GET', '/api/v1/auth/session')).body, { session: null, ended: 'revoked' });

    // 2FA reset: mailed to the user; their next sign-in asks to enroll again.
    await card(officer).getByRole('button', { name: /^Reset two-step verification/ }).click();
    await page.getByText(`Two-step verification of ${officer.name} is reset`).waitFor();
    await env.sink.waitFor((m) => m.to.includes(officer.email) && /two-step|two-factor|2FA/i.test(m.subject + m.text) && !m.text.includes('#token='));
    const again = await officerApi.call<{ status: string }>('POST', '/api/v1/auth/login', { email: officer.email, password: officer.password });
    assert.equal(again.body.status, 'mfa_enrollment_required');
    await officerApi.close();
    assertOnlyHttpErrors(problems, [400], 'user administration');

    // The invitation link works (in this browser, after the admin signs out) and only once.
    await page.getByRole('link', { name: 'mail outbox' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail outbox' }).waitFor();
    // Mail held in the outbox (no SMTP when `custos admin create` ran) shows its link to the admin;
    // mail already sent over SMTP does not (the link is for its recipient only).
    const rows = page.getByRole('row');
    await rows.filter({ hasText: 'Sent' }).filter({ hasText: invited.email }).getByRole('button').click();
    assert.doesNotMatch((await page.locator('.message-text').textContent()) ?? '', /#token=/);
    await page.getByRole('button', { name: 'Back to all messages' }).click();
    await rows.filter({ hasText: 'Held here' }).filter({ hasText: officer.email }).getByRole('button').click();
    assert.match((await page.locator('.message-text').textContent()) ?? '', /accept-invitation#token=/);
    await saveScreenshot(page, 'staff-admin-outbox-message');
    await page.getByRole('button', { name: 'Back to all messages' }).click();
    await page.getByRole('table').waitFor();
    await saveScreenshot(page, 'staff-admin-outbox');
    await assertFits640(page, 'outbox');

    await page.goto(`${env.baseUrl}/admin/settings`);
    await page.getByRole('heading', { level: 1, name: 'Security settings' }).waitFor();
    await page.getByLabel('Require everyone to change their password periodically').check();
    await page.getByLabel('Require a new password every this many days').fill('10');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Enter a whole number from 30 to 3650.').waitFor();
    await saveScreenshot(page, 'staff-admin-settings');
    await assertFits640(page, 'settings');
    await assertLabelled(page, 'settings', problems);

    await signOut(page);
    await page.goto(link);
    await page.getByLabel('Full name').fill(invited.name);
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByText('Use at least 8 characters (this one has 5)').waitFor();
    await page.getByLabel('Password', { exact: true }).fill(invited.password);
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
    await saveScreenshot(page, 'staff-accept-invitation-done');
    await page.goto(`${env.baseUrl}/`);
    await page.goto(link);
    await page.getByLabel('Full name').fill(invited.name);
    await page.getByLabel('Password', { exact: true }).fill(invited.password);
    await page.getByRole('button', { name: 'Set up my account' }).click();
    await page.getByRole('alert').waitFor();
    assertOnlyHttpErrors(problems, [400], 'invitation used twice');
    await page.close();
  });

  it('a patient issues an access token (shown once), an integration uses it, and revoking it ends that', async () => {
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient({ enroll: true });
    const patientId = await patientIdOf(env, patient);
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'Access tokens' }).click();
    await page.getByRole('heading', { level: 1, name: 'Access tokens' }).waitFor();
    await page.getByText('You have no tokens.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Glucose app');
    await page.getByLabel('Patient identifier').fill(patientId);
    await page.getByRole('button', { name: 'Create token' }).click();
    const secret = (await page.getByTestId('new-token').textContent())!.trim();
    assert.match(secret, /^cus_/);
    await page.getByRole('listitem', { name: 'Glucose app' }).waitFor();
    await saveScreenshot(page, 'staff-access-token-issued');
    await assertFits640(page, 'access tokens');
    await assertLabelled(page, 'access tokens', problems);

    const integration = await env.apiSession();
    const check = async (): Promise<number> => (await integration.call('GET', `/api/v1/patients/${patientId}/access-check?resourceType=Observation`, undefined, secret)).status;
    assert.equal(await check(), 200, 'the token works as a Bearer');
    await page.getByRole('button', { name: 'I have copied it' }).click();
    assert.equal(await page.getByTestId('new-token').count(), 0, 'shown once');
    await page.getByRole('button', { name: 'Revoke Glucose app' }).click();
    await page.getByRole('listitem', { name: /Glucose app/ }).getByText('Revoked').waitFor();
    assert.equal(await check(), 401, 'a revoked token is refused');
    await integration.close();
    await saveScreenshot(page, 'staff-access-token-revoked');
    assertOnlyHttpErrors(problems, [], 'access tokens');
    await signOut(page);
    await page.close();
  });

  it('a clinician opens a chart with break-glass and a reason; the compliance officer reviews it', async () => {
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient();
    const patientId = await patientIdOf(env, patient);
    const clinician = await env.createStaff('clinician');
    const officer = await env.createStaff('compliance_officer');
    const reason = `Unconscious patient in the emergency department, allergy list needed ${faker.string.alphanumeric(4)}`;

    await signIn(page, env, clinician);
    await page.getByRole('link', { name: 'Emergency access' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergency access' }).waitFor();
    await page.getByLabel('Patient identifier').fill(patientId);
    await page.getByLabel('Reason').fill('need it');
    await page.getByRole('button', { name: 'Open the chart' }).click();
    await page.getByText('Say why in at least 20 characters (this has 7).').waitFor();
    await saveScreenshot(page, 'staff-break-glass-form');
    await assertFits640(page, 'break-glass');
    await assertLabelled(page, 'break-glass', problems);
    await page.getByLabel('Reason').fill(reason);
    await page.getByRole('button', { name: 'Open the chart' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergency access granted' }).waitFor();
    await saveScreenshot(page, 'staff-break-glass-granted');
    await signOut(page);

    await signIn(page, env, officer);
    await page.getByRole('link', { name: 'Emergency access reviews' }).click();
    await page.getByRole('heading', { level: 1, name: 'Emergency access reviews' }).waitFor();
    const item = page.getByRole('listitem', { name: clinician.name });
    await item.getByText(reason).waitFor();
    await saveScreenshot(page, 'staff-break-glass-review-queue');
    await assertFits640(page, 'reviews');
    await assertLabelled(page, 'reviews', problems);
    await item.getByLabel('Decision').selectOption('inappropriate');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await item.getByText('Say what was wrong, for the follow-up.').waitFor();
    await item.getByLabel('Decision').selectOption('appropriate');
    await item.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(`Access by ${clinician.name} marked appropriate.`).waitFor();
    await page.getByText('Nothing waits for review.').waitFor();
    await saveScreenshot(page, 'staff-break-glass-reviewed');
    assertOnlyHttpErrors(problems, [], 'break-glass');
    await signOut(page);
    await page.close();
  });

  it('password reset: asked for by email (same answer for unknown addresses), completed from the mailed link', async () => {
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient({ enroll: true });
    await page.goto(`${env.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reset your password' }).waitFor();
    await saveScreenshot(page, 'staff-reset-password-request');
    await page.getByLabel('Email address').fill(newPerson().email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    const unknownAnswer = await page.getByRole('status').textContent();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();

    await page.goto(`${env.baseUrl}/reset-password`);
    await page.getByLabel('Email address').fill(patient.email);
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    assert.equal(await page.getByRole('status').textContent(), unknownAnswer, 'the same answer whether the account exists or not');
    await saveScreenshot(page, 'staff-reset-password-sent');
    const mail = await env.sink.waitFor((m) => m.to.includes(patient.email) && m.text.includes('/reset-password#token='));
    await page.goto(env.linkIn(mail, 'reset-password'));
    await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    assert.equal(new URL(page.url()).hash, '', 'the token left the address bar');
    await page.getByLabel('New password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.locator('#newPassword-error').waitFor();
    await saveScreenshot(page, 'staff-reset-password-refused');
    assertOnlyHttpErrors(problems, [400], 'blocklisted new password');
    patient.password = `${faker.lorem.words(3)} ${faker.string.alphanumeric(6)}`;
    await page.getByLabel('New password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByText('Your password has changed. Sign in with the new one.').waitFor();
    await signIn(page, env, patient);
    assertOnlyHttpErrors(problems, [], 'reset');
    await signOut(page);
    await page.close();
  });

  it('periodic password change, once an organization turns it on, is asked for after sign-in and goes away when done', async () => {
    const { page, problems } = await env.openPage();
    const admin = await env.createStaff('admin');
    const patient = await env.createPatient({ enroll: true });
    await signIn(page, env, admin);
    await page.goto(`${env.baseUrl}/admin/settings`);
    await page.getByLabel('Require everyone to change their password periodically').check();
    await page.getByLabel('Require a new password every this many days').fill('30');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    await signOut(page);

    const banner = page.getByText('Your organization asks everyone to change their password from time to time, and yours is due.');
    await signIn(page, env, patient);
    assert.equal(await banner.count(), 0, 'a fresh password is not due');
    await signOut(page);
    env.clock.advance(31 * 24 * 60 * 60_000);
    await signIn(page, env, patient);
    await banner.waitFor();
    await saveScreenshot(page, 'staff-password-change-due');
    await page.getByRole('link', { name: 'Change it now' }).click();
    await page.getByLabel('Current password').fill(patient.password);
    patient.password = `${faker.lorem.words(3)} ${faker.string.alphanumeric(6)}`;
    await page.getByLabel('New password', { exact: true }).fill(patient.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has changed.').waitFor();
    await banner.waitFor({ state: 'detached' });
    assertOnlyHttpErrors(problems, [], 'password change due');
    await signOut(page);
    await page.close();
  });

  it('an administrator puts a clinician and a patient on a care team: the clinician may then see the chart', async () => {
    const { page, problems } = await env.openPage();
    const admin = await env.createStaff('admin');
    const clinician = await env.createStaff('clinician');
    const patient = await env.createPatient();
    const patientId = await patientIdOf(env, patient);
    const clinicianApi = await env.apiSession();
    await clinicianApi.call('POST', '/api/v1/auth/login', { email: clinician.email, password: clinician.password });
    assert.equal((await clinicianApi.call('POST', '/api/v1/auth/mfa/verify', { code: env.code(clinician) })).status, 200);
    env.clock.advance(30_000);
    const chart = async (): Promise<number> => (await clinicianApi.call('GET', `/api/v1/patients/${patientId}/access-check?resourceType=Observation&purpose=treatment`)).status;
    assert.equal(await chart(), 403, 'outside the care team: refused');

    await signIn(page, env, admin);
    await page.getByRole('link', { name: 'Care teams' }).click();
    await page.getByRole('heading', { level: 1, name: 'Care teams' }).waitFor();
    const teamName = `Ward ${faker.string.alpha(3).toUpperCase()}`;
    await page.getByLabel('Name', { exact: true }).fill(teamName);
    await page.getByRole('button', { name: 'Create care team' }).click();
    const team = page.getByRole('listitem', { name: teamName });
    await team.waitFor();
    await team.getByRole('combobox', { name: 'Clinician' }).selectOption({ label: clinician.name });
    await team.getByRole('button', { name: 'Add clinician' }).click();
    await page.getByText(`${clinician.name} joined ${teamName}.`).waitFor();
    await team.getByLabel('Patient identifier').fill('not-an-id');
    await team.getByRole('button', { name: 'Add patient' }).click();
    await team.getByText('Enter the patient identifier').waitFor();
    await team.getByLabel('Patient identifier').fill(patientId);
    await team.getByRole('button', { name: 'Add patient' }).click();
    await team.locator('code', { hasText: patientId }).waitFor();
    await saveScreenshot(page, 'staff-admin-care-teams');
    await assertFits640(page, 'care teams');
    await assertLabelled(page, 'care teams', problems);
    assert.equal(await chart(), 200, 'on the care team: allowed');

    await team.getByRole('button', { name: `Remove ${clinician.name} from ${teamName}` }).click();
    await page.getByText(`${clinician.name} left ${teamName}.`).waitFor();
    assert.equal(await chart(), 403, 'off the team again: refused');
    await clinicianApi.close();
    assertOnlyHttpErrors(problems, [], 'care teams');
    await signOut(page);
    await page.close();
  });
});
