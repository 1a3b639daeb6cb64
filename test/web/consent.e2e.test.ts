// The patient's consent page in chromium against the real Custos: reading a form, giving consent
// with a typed-name signature (and the form's own checks), answering an approval request in the
// pop-up (exactly what, with whom, why), downloading a signed receipt that verifies, and revoking
// after a confirmation, which stops sharing at once.
import assert from 'node:assert/strict';
import { createPublicKey } from 'node:crypto';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { randomUUID } from 'node:crypto';
import { emailBlindIndex } from '../../src/modules/identity/user-fields';
import { findUserByEmailIndex } from '../../src/modules/identity/users.repo';
import { createConsentGate } from '../../src/modules/consent/consent.service';
import { loadReceiptSigningKey, verifyReceipt } from '../../src/modules/consent/consent-receipts';
import { saveScreenshot } from '../helpers/browser';
import { assertOnlyHttpErrors, signIn, startWebTestEnv, type TestUser, type WebTestEnv, assertFits640, assertLabelled } from './web-harness';

async function patientIdOf(env: WebTestEnv, user: TestUser): Promise<string> {
  const { ctx } = env.custos;
  const row = await findUserByEmailIndex(ctx.db, ctx.defaultOrganization.id, await emailBlindIndex(ctx.crypto, ctx.db, ctx.defaultOrganization.id, user.email));
  assert.ok(row?.patient_id);
  return row.patient_id;
}

describe('consent pages in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('a patient gives consent, answers a request in the pop-up, downloads a receipt and revokes', async () => {
    const { ctx } = env.custos;
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient({ enroll: true });
    const patientId = await patientIdOf(env, patient);
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'My consents' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My consents' }).waitFor();
    await page.getByText('You have no active consents.').waitFor();

    // The form in plain language, with every element of a HIPAA authorization.
    const form = page.getByLabel('The form');
    for (const heading of ['What will be shared', 'Who shares it', 'Who receives it', 'Why', 'When it ends', 'Your right to revoke', 'Your care does not depend on it', 'Sharing again', 'Signature and date']) {
      await form.getByText(heading, { exact: true }).waitFor();
    }
    await saveScreenshot(page, 'consent-form');
    await assertLabelled(page, 'consent form');

    // The form's own checks, then a signed consent.
    await page.getByRole('button', { name: 'Sign and give consent' }).click();
    await page.getByText('Check at least one kind of information.').waitFor();
    await page.locator('.field-error', { hasText: 'Type your full name to sign.' }).waitFor();
    await saveScreenshot(page, 'consent-form-errors');
    await page.getByLabel('Lab results').check();
    await page.getByLabel('Type your full name to sign').fill(patient.name);
    await page.getByRole('button', { name: 'Sign and give consent' }).click();
    await page.getByText(/Consent for .* given\./).waitFor();
    const card = page.getByRole('listitem', { name: /^Consent for / }).first();
    await card.getByText('Active', { exact: true }).waitFor();
    await card.getByText('Ask me each time').waitFor();

    // The AI gateway asks (as it does for "Analyze with AI"): a pending request appears.
    const grants = await env.custos.ctx.db.selectFrom('consent_grants').select(['recipient_id']).where('patient_id', '=', patientId).execute();
    assert.equal(grants.length, 1);
    const gate = createConsentGate({ crypto: ctx.crypto, audit: ctx.audit, clock: env.clock });
    const recordIds = [randomUUID(), randomUUID(), randomUUID()];
    const request = {
      organizationId: ctx.defaultOrganization.id,
      patientId,
      recipient: { kind: 'ai_provider' as const, providerConfigId: grants[0]!.recipient_id },
      recipientLabel: 'Custos built-in summarizer (runs on this server; nothing leaves it)',
      purpose: 'patient_request' as const,
      categories: ['lab_results' as const],
      recordIds,
      task: 'Explain these lab results in plain language',
      identifiable: true,
      requestedBy: { userId: null, role: 'patient' },
    };
    const pending = await gate.checkDisclosure(ctx.db, request);
    assert.equal(pending.kind, 'approval_required');
    await page.reload();
    await page.getByRole('heading', { name: 'Waiting for your answer' }).waitFor();
    await page.getByRole('button', { name: 'Review and answer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Do you agree to share this?' });
    await dialog.waitFor();
    await dialog.getByText('3 records').waitFor();
    await dialog.getByText('Lab results', { exact: true }).waitFor();
    await dialog.getByText(request.recipientLabel).waitFor();
    await dialog.getByText(request.task).waitFor();
    await dialog.getByText(/Yes\. Your name/).waitFor();
    assert.equal(await page.evaluate(`document.activeElement?.closest('dialog') !== null`), true, 'focus moved into the dialog');
    await saveScreenshot(page, 'consent-approval-dialog');
    await dialog.getByRole('button', { name: 'I agree' }).click();
    await page.getByText('You agreed. This one request may now go ahead.').waitFor();
    const used = await gate.checkDisclosure(ctx.db, { ...request, approvalId: pending.kind === 'approval_required' ? pending.approvalId : '' });
    assert.equal(used.kind, 'granted', 'the approval works once');

    // A receipt downloads and verifies against the server's receipt key.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download receipt/ }).first().click()]);
    const file = await download.path();
    const receipt = JSON.parse(fs.readFileSync(file, 'utf8')) as { body: { patientId: string } };
    const key = await loadReceiptSigningKey(ctx.db, ctx.secrets);
    assert.deepEqual(verifyReceipt(receipt, key.publicKey), { valid: true });
    assert.equal(receipt.body.patientId, patientId);
    const tampered = { ...receipt, body: { ...receipt.body, patientId: randomUUID() } };
    assert.equal(verifyReceipt(tampered, createPublicKey(key.publicKeyPem)).valid, false);

    // Revoke, after a confirmation; sharing stops at once.
    await card.getByRole('button', { name: /^Revoke/ }).click();
    await page.getByRole('group', { name: 'Confirm revocation' }).waitFor();
    await saveScreenshot(page, 'consent-revoke-confirm');
    await page.getByRole('button', { name: 'Keep it' }).click();
    await card.getByText('Active', { exact: true }).waitFor();
    await card.getByRole('button', { name: /^Revoke/ }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByText(/revoked\.$/).waitFor();
    await page.getByRole('heading', { name: 'Revoked and ended' }).waitFor();
    await page.getByRole('listitem', { name: /^Consent for / }).getByText('Revoked', { exact: true }).first().waitFor();
    assert.deepEqual((await gate.checkDisclosure(ctx.db, request)).reasons, ['consent.revoked']);
    await page.getByText('You revoked consent', { exact: false }).waitFor();
    await saveScreenshot(page, 'consent-history');
    await assertFits640(page, 'consent');
    assertOnlyHttpErrors(problems, [], 'consent');
    await page.close();
  });
});
