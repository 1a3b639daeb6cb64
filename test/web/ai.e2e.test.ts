// The AI pages in chromium against the real Custos with the built-in local provider (no
// network): a patient analyzes lab results (refused without consent, with the reasons; the
// consent pop-up before anything is shared; the answer and what was shared; decline; revoked
// consent stops it), an administrator adds a provider and records its BAA, and a clinician asks
// about a care-team patient, waiting for the patient's approval.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { emailBlindIndex } from '../../src/modules/identity/user-fields';
import { findUserByEmailIndex } from '../../src/modules/identity/users.repo';
import { saveScreenshot } from '../helpers/browser';
import { assertOnlyHttpErrors, signIn, startWebTestEnv, type ApiSession, type TestUser, type WebTestEnv, signOut } from './web-harness';

async function userRow(env: WebTestEnv, user: TestUser) {
  const { ctx } = env.custos;
  const row = await findUserByEmailIndex(ctx.db, ctx.defaultOrganization.id, await emailBlindIndex(ctx.crypto, ctx.db, ctx.defaultOrganization.id, user.email));
  assert.ok(row);
  return row;
}

async function apiSignIn(env: WebTestEnv, user: TestUser): Promise<ApiSession> {
  const api = await env.apiSession();
  await api.call('POST', '/api/v1/auth/login', { email: user.email, password: user.password });
  assert.equal((await api.call('POST', '/api/v1/auth/mfa/verify', { code: env.code(user) })).status, 200);
  env.clock.advance(30_000);
  return api;
}

const lab = (text: string, value: number, unit: string) => ({
  resourceType: 'Observation',
  status: 'final',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
  code: { text },
  valueQuantity: { value, unit },
  effectiveDateTime: '2026-11-20T08:00:00Z',
});

describe('AI pages in chromium against the real server (local provider)', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('a patient analyzes lab results: refused without consent, pop-up, answer, decline, revoked', async () => {
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient({ enroll: true });
    const patientId = (await userRow(env, patient)).patient_id!;
    const api = await apiSignIn(env, patient);
    for (const o of [lab('Hemoglobin A1c', 6.1, '%'), lab('LDL cholesterol', 128, 'mg/dL')]) {
      assert.equal((await api.call('POST', `/api/v1/patients/${patientId}/Observation`, o)).status, 201);
    }
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'Analyze my lab results with AI' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Analyze my lab results with AI' }).waitFor();
    await page.getByRole('button', { name: 'Analyze with AI' }).click();
    await page.getByText('Check at least one result.').waitFor();
    await page.getByLabel(/Hemoglobin A1c/).check();
    await page.getByLabel(/LDL cholesterol/).check();

    // No consent: nothing is sent; the page says why and where to give consent.
    await page.getByRole('button', { name: 'Analyze with AI' }).click();
    await page.getByText(/Why: .*consent\.none/).waitFor();
    await page.getByRole('link', { name: 'My consents' }).last().waitFor();
    await saveScreenshot(page, 'ai-analyze-no-consent');

    // Consent, asking each time.
    await page.getByRole('link', { name: 'My consents' }).last().click();
    await page.getByLabel('Lab results').check();
    await page.getByLabel('Type your full name to sign').fill(patient.name);
    await page.getByRole('button', { name: 'Sign and give consent' }).click();
    await page.getByText(/Consent for .* given\./).waitFor();

    // Analyze: the pop-up first, then the answer.
    await page.goto(`${env.baseUrl}/ai/analyze`);
    await page.getByLabel(/Hemoglobin A1c/).check();
    await page.getByLabel(/LDL cholesterol/).check();
    await page.getByRole('button', { name: 'Analyze with AI' }).click();
    const dialog = page.getByRole('dialog', { name: 'Do you agree to share this?' });
    await dialog.getByText('2 records').waitFor();
    await dialog.getByText('Lab results', { exact: true }).waitFor();
    await dialog.getByText(/Custos built-in summarizer/).waitFor();
    await saveScreenshot(page, 'ai-analyze-approval');
    const before = await env.custos.ctx.db.selectFrom('ai_requests').select('id').where('patient_id', '=', patientId).execute();
    assert.equal(before.length, 0, 'nothing was processed before "I agree"');
    await dialog.getByRole('button', { name: 'I agree' }).click();
    const answer = page.getByTestId('ai-answer');
    await answer.waitFor();
    assert.match(await answer.innerText(), /Hemoglobin A1c|LDL/);
    await page.getByRole('heading', { name: 'What was shared' }).waitFor();
    await page.getByText('Lab results (2 records)').waitFor();
    assert.equal(await answer.locator('a, img').count(), 0, 'nothing in the answer is rendered as a link or image');
    await saveScreenshot(page, 'ai-analyze-answer');

    // Decline: nothing is shared.
    await page.getByRole('button', { name: 'Analyze with AI' }).click();
    await dialog.getByRole('button', { name: 'Decline' }).click();
    await page.getByText('You declined. Nothing was shared.').waitFor();
    const after = await env.custos.ctx.db.selectFrom('ai_requests').select('id').where('patient_id', '=', patientId).execute();
    assert.equal(after.length, 1, 'only the agreed request was processed');

    // Revoked: refused at once, with the reason.
    const grants = await api.call<{ grants: Array<{ id: string }> }>('GET', `/api/v1/patients/${patientId}/consent/grants`);
    assert.equal((await api.call('POST', `/api/v1/patients/${patientId}/consent/grants/${grants.body.grants[0]!.id}/revoke`)).status, 200);
    await page.getByRole('button', { name: 'Analyze with AI' }).click();
    await page.getByText(/Why: .*consent\.revoked/).waitFor();
    assertOnlyHttpErrors(problems, [403], 'ai analyze');
    await api.close();
    await signOut(page);
    await page.close();
  });

  it('an administrator adds a provider and records its BAA', async () => {
    const { page, problems } = await env.openPage();
    const admin = await env.createStaff('admin');
    await signIn(page, env, admin);
    await page.goto(`${env.baseUrl}/admin/ai-providers`);
    await page.getByRole('heading', { level: 1, name: 'AI providers' }).waitFor();
    await page.getByRole('cell', { name: 'Not needed (runs on this server)' }).waitFor();
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByText('Give it a name.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill('Azure GPT');
    await page.getByLabel('Service').selectOption('azure_openai');
    await page.getByLabel('Endpoint (optional)').fill('https://example-resource.openai.azure.com/openai/deployments/gpt4o?api-version=2024-06-01');
    await page.getByLabel('Model', { exact: true }).fill('gpt-4o');
    await page.getByLabel('API key (optional)').fill('sk-test-not-a-real-key');
    await page.getByLabel('The account has zero data retention').check();
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByText('Azure GPT added. Record its BAA before PHI may go to it.').waitFor();
    const row = page.getByRole('row', { name: /Azure GPT/ });
    await row.getByText('None', { exact: true }).waitFor();
    await row.getByText('No (de-identified only)').waitFor();
    assert.equal(await page.getByText('sk-test-not-a-real-key').count(), 0, 'the key is never shown');

    await page.getByLabel('Expires on').fill('2027-12-31');
    await page.getByLabel('Where the signed agreement is kept').fill('Contracts folder, BAA 2026-17');
    await page.getByRole('button', { name: 'Save BAA' }).click();
    await page.getByText('BAA for Azure GPT saved.').waitFor();
    await row.getByText('Active, expires 2027-12-31').waitFor();
    await row.getByText('Yes', { exact: true }).waitFor();
    await saveScreenshot(page, 'ai-providers');
    assertOnlyHttpErrors(problems, [], 'ai providers');
    await signOut(page);
    await page.close();
  });

  it('a clinician asks about a care-team patient; a per-instance consent waits for the patient', async () => {
    const { page, problems } = await env.openPage();
    const admin = await env.createStaff('admin');
    const clinician = await env.createStaff('clinician');
    const patient = await env.createPatient({ enroll: true });
    const patientId = (await userRow(env, patient)).patient_id!;
    const adminApi = await apiSignIn(env, admin);
    const team = await adminApi.call<{ careTeam: { id: string } }>('POST', '/api/v1/care-teams', { name: 'Clinic B' });
    assert.equal(team.status, 201);
    await adminApi.call('POST', `/api/v1/care-teams/${team.body.careTeam.id}/members`, { userId: (await userRow(env, clinician)).id });
    await adminApi.call('POST', `/api/v1/care-teams/${team.body.careTeam.id}/patients`, { patientId });
    const patientApi = await apiSignIn(env, patient);
    assert.equal((await patientApi.call('POST', `/api/v1/patients/${patientId}/Observation`, lab('Potassium', 4.2, 'mmol/L'))).status, 201);
    const providers = await patientApi.call<{ providers: Array<{ id: string; adapter: string }> }>('GET', '/api/v1/ai/providers');
    const local = providers.body.providers.find((p) => p.adapter === 'local')!;
    const templates = await patientApi.call<{ templates: Array<{ id: string; key: string; content: { categories: string[] } }> }>('GET', '/api/v1/consent/templates');
    const form = templates.body.templates.find((x) => x.key === 'ai-analysis')!;
    const given = await patientApi.call('POST', `/api/v1/patients/${patientId}/consent/grants`, {
      templateId: form.id,
      recipient: { kind: 'ai_provider', providerConfigId: local.id },
      recipientLabel: 'Custos built-in summarizer',
      purposes: ['treatment'],
      categories: form.content.categories,
      mode: 'per_instance',
      signedName: patient.name,
    });
    assert.equal(given.status, 201, JSON.stringify(given.body));

    await signIn(page, env, clinician);
    await page.goto(`${env.baseUrl}/clinician/ask-ai?patient=${patientId}`);
    await page.getByRole('heading', { level: 1, name: 'Ask the AI about a patient' }).waitFor();
    assert.equal(await page.getByLabel('Patient identifier').inputValue(), patientId);
    await page.getByLabel('Your question').fill('What was the latest potassium value?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByText(/The patient asked to approve each use of their records/).waitFor();
    await saveScreenshot(page, 'ai-ask-waiting');

    const pending = await patientApi.call<{ approvals: Array<{ id: string; status: string }> }>('GET', `/api/v1/patients/${patientId}/consent/approvals`);
    const waiting = pending.body.approvals.find((a) => a.status === 'pending');
    assert.ok(waiting, 'the patient sees the request');
    assert.equal((await patientApi.call('POST', `/api/v1/consent/approvals/${waiting.id}/decision`, { decision: 'approve' })).status, 200);
    await page.getByRole('button', { name: 'Check again' }).click();
    await page.getByTestId('ai-answer').waitFor();
    assert.match(await page.getByTestId('ai-answer').innerText(), /Potassium|4\.2/);
    await saveScreenshot(page, 'ai-ask-answer');

    // A patient outside the clinician's care teams: refused.
    const stranger = await env.createPatient();
    const strangerId = (await userRow(env, stranger)).patient_id!;
    await page.getByLabel('Patient identifier').fill(strangerId);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await page.getByRole('alert').waitFor();
    assert.match(await page.getByRole('alert').innerText(), /care team/i);
    assert.equal(await page.getByTestId('ai-answer').count(), 0, 'no answer for a patient outside the care team');
    assertOnlyHttpErrors(problems, [403], 'ask ai');
    await adminApi.close();
    await patientApi.close();
    await page.close();
  });
});
