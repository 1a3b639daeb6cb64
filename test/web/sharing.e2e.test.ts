// Sharing with a third party in chromium against the real server: the admin registers a third
// party (and archives another), the patient gives permission to share with it by picking it from
// the registry, the clinician shares a care-team patient's records (a category the permission does
// not cover is refused with the reason shown) and downloads the FHIR file, the compliance officer
// discloses as required by law (opening an audit review from the page), and the patient finds
// it under "Who saw my data" (accounting of disclosures). Every screen gets a screenshot, fits
// 640 px, labels its inputs and breaks no CSP rule.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { saveScreenshot } from '../helpers/browser';
import { assertFits640, assertLabelled, assertOnlyHttpErrors, careTeamChart, signIn, signOut, startWebTestEnv, type WebTestEnv } from './web-harness';

const CLINIC = 'Riverbend Family Clinic';
const CLINIC_EMAIL = 'front.desk@riverbend-clinic.example.test';
const COUNTY = 'County Health Department';
const LAW = 'State reportable condition rule requires the weekly case report';

describe('sharing with a third party in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('admin registers third parties, the patient permits one, the clinician and the compliance officer share and download, the patient sees both', async () => {
    const { ctx } = env.custos;
    const admin = await env.createStaff('admin');
    const clinician = await env.createStaff('clinician');
    const patient = await env.createPatient({ enroll: true });
    const { records, call, patientId } = await careTeamChart(env, clinician, patient, 'Sharing ward');
    const parts = patient.name.split(' ');
    await records.createRecord({ ...call, resourceType: 'Patient', resource: { resourceType: 'Patient', name: [{ text: patient.name, given: parts.slice(0, -1), family: parts.at(-1) }] } });
    const lab = await records.createRecord({ ...call, resourceType: 'Observation', resource: { resourceType: 'Observation', status: 'final', category: [{ coding: [{ code: 'laboratory' }] }], code: { text: 'Glucose' }, valueQuantity: { value: 104, unit: 'mg/dL' } } });
    const condition = await records.createRecord({ ...call, resourceType: 'Condition', resource: { resourceType: 'Condition', code: { text: 'Type 2 diabetes' }, clinicalStatus: { coding: [{ code: 'active' }] } } });
    await records.createRecord({ ...call, resourceType: 'DocumentReference', resource: { resourceType: 'DocumentReference', status: 'current', description: 'Visit note' } });
    const coverage = await records.createRecord({ ...call, resourceType: 'Coverage', resource: { resourceType: 'Coverage', status: 'active', subscriberId: 'MBR-2231', payor: [{ display: 'Synthetic Health Plan' }], text: { status: 'generated', div: '<div>Coverage narrative</div>' } } });
    const officer = await env.createStaff('compliance_officer');

    const { page, problems } = await env.openPage();

    // The admin: the registry, adding one (with the form's checks) and archiving another.
    await signIn(page, env, admin);
    await page.getByRole('link', { name: 'Third parties' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Third parties' }).waitFor();
    await page.getByText('No third parties yet.').waitFor();
    await page.getByRole('button', { name: 'Add third party' }).click();
    await page.getByText('Give the name patients will see.').waitFor();
    await assertLabelled(page, 'third parties', problems);
    await page.getByLabel('Name', { exact: true }).fill('Old Partner Lab');
    await page.getByLabel('Kind').selectOption({ label: 'Other' });
    await page.getByRole('button', { name: 'Add third party' }).click();
    await page.getByText('Old Partner Lab added. Patients can now choose it.').waitFor();
    await page.getByLabel('Name', { exact: true }).fill(CLINIC);
    await page.getByLabel('Kind').selectOption({ label: 'Another health care provider' });
    await page.getByLabel('Agreement on file').selectOption({ label: 'Business associate agreement' });
    await page.getByLabel('E-mail (optional)').fill(CLINIC_EMAIL);
    await page.getByRole('button', { name: 'Add third party' }).click();
    await page.getByText(`${CLINIC} added. Patients can now choose it.`).waitFor();
    await page.getByRole('listitem', { name: CLINIC }).getByText(CLINIC_EMAIL).waitFor();
    await page.getByLabel('Name', { exact: true }).fill(COUNTY);
    await page.getByLabel('Kind').selectOption({ label: 'Public health authority' });
    await page.getByLabel('Agreement on file').selectOption({ label: 'None on file' });
    await page.getByRole('button', { name: 'Add third party' }).click();
    await page.getByText(`${COUNTY} added. Patients can now choose it.`).waitFor();
    await page.getByRole('button', { name: 'Archive Old Partner Lab' }).click();
    await page.getByRole('group', { name: 'Confirm archiving Old Partner Lab' }).waitFor();
    await page.getByRole('button', { name: 'Yes, archive' }).click();
    await page.getByRole('listitem', { name: 'Old Partner Lab' }).getByText('Archived').waitFor();
    await saveScreenshot(page, 'sharing-third-parties');
    await assertFits640(page, 'third parties');
    const stored = await ctx.db.selectFrom('third_parties').select(['contact_ct']).where('name', '=', CLINIC).executeTakeFirstOrThrow();
    assert.ok(stored.contact_ct && !Buffer.from(stored.contact_ct).toString('latin1').includes(CLINIC_EMAIL), 'the e-mail is stored encrypted');
    await signOut(page);

    // The patient: the other-organization form offers the registry's active entries only.
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'My consents' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'My consents' }).waitFor();
    await page.getByLabel('Form', { exact: true }).selectOption({ label: 'Permission to share my health information with another organization' });
    const recipient = page.getByLabel('Who receives it');
    await recipient.waitFor();
    const options = await recipient.locator('option').allTextContents();
    assert.deepEqual(options, [`${COUNTY} (Public health authority)`, `${CLINIC} (Another health care provider)`], 'archived entries are not offered');
    await recipient.selectOption({ label: `${CLINIC} (Another health care provider)` });
    await page.getByLabel('Lab results').check();
    await page.getByLabel('Diagnoses and health problems').check();
    await page.getByLabel('Always allow until it ends').check();
    await page.getByLabel('Type your full name to sign').fill(patient.name);
    await saveScreenshot(page, 'sharing-consent-form');
    await assertLabelled(page, 'consent form', problems);
    await page.getByRole('button', { name: 'Sign and give consent' }).click();
    await page.getByText(`Consent for ${CLINIC} given.`, { exact: false }).waitFor();
    const grant = await ctx.db.selectFrom('consent_grants').select(['recipient_id', 'recipient_kind']).where('patient_id', '=', patientId).executeTakeFirstOrThrow();
    const registered = await ctx.db.selectFrom('third_parties').select(['id']).where('name', '=', CLINIC).executeTakeFirstOrThrow();
    assert.deepEqual(grant, { recipient_id: registered.id, recipient_kind: 'third_party' }, 'the grant names the registry entry');
    await signOut(page);

    // The clinician: a category the permission does not cover is refused, with the reason; then shared.
    await signIn(page, env, clinician);
    await page.getByRole('link', { name: 'Share with a third party' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Share with a third party' }).waitFor();
    await page.getByLabel('Patient', { exact: true }).locator('option', { hasText: patient.name }).waitFor({ state: 'attached' });
    await page.getByLabel('Patient', { exact: true }).selectOption({ label: patient.name });
    await page.getByLabel('Who receives it').selectOption({ label: `${CLINIC} (Another health care provider)` });
    await page.getByLabel('Purpose').selectOption({ label: 'At the patient’s request' });
    await page.getByRole('button', { name: 'Check and share' }).click();
    await page.getByText('Check at least one kind of information.').waitFor();
    await page.getByLabel('Lab results').check();
    await page.getByLabel('Diagnoses and problems').check();
    await page.getByLabel('Clinical notes and documents').check();
    await page.getByRole('button', { name: 'Check and share' }).click();
    await page.getByRole('status', { name: 'Why it was not shared' }).getByText('The patient’s permission does not cover every kind of information chosen.').waitFor();
    await saveScreenshot(page, 'sharing-share-refused');
    await page.getByLabel('Clinical notes and documents').uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Check and share' }).click()]);
    const bundle = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { resourceType: string; type: string; entry: Array<{ resource: { id: string; resourceType: string } }> };
    assert.equal(bundle.resourceType, 'Bundle');
    assert.deepEqual(bundle.entry.map((e) => e.resource.id).sort(), [lab.id, condition.id].sort());
    await page.getByText(`Shared 2 records with ${CLINIC} (another health care provider).`, { exact: false }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Shared' }).waitFor();
    await saveScreenshot(page, 'sharing-share-done');
    await assertLabelled(page, 'share', problems);
    await assertFits640(page, 'share');
    await signOut(page);

    // The compliance officer: required by law, no grant needed; the audit review is opened from the
    // page with the same reason; payment gets the coverage only (minimum necessary).
    await signIn(page, env, officer);
    await page.getByRole('link', { name: 'Share as required by law' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Share with a third party' }).waitFor();
    await page.getByLabel('Patient identifier').fill(patientId);
    await page.getByLabel('Who receives it').selectOption({ label: `${COUNTY} (Public health authority)` });
    await page.getByLabel('Purpose').selectOption({ label: 'Payment' });
    await page.getByLabel('Insurance and billing').check();
    await page.getByLabel('Clinical notes and documents').check();
    await page.getByLabel('Legal basis').selectOption({ label: 'Required by law' });
    await page.getByRole('button', { name: 'Check and share' }).click();
    await page.locator('.field-error', { hasText: 'Say which law, order or request requires it' }).waitFor();
    await page.getByLabel('Which law, order or request requires it').fill(LAW);
    await page.getByRole('button', { name: 'Check and share' }).click();
    await page.getByRole('status', { name: 'Why it was not shared' }).getByText('Open an audit review of this patient first.').waitFor();
    await assertLabelled(page, 'share as officer', problems);
    await saveScreenshot(page, 'sharing-officer-needs-review');
    const [lawful] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Open an audit review and share' }).click()]);
    const reported = JSON.parse(fs.readFileSync((await lawful.path())!, 'utf8')) as { entry: Array<{ resource: { id: string; text?: unknown } }> };
    assert.deepEqual(reported.entry.map((e) => e.resource.id), [coverage.id], 'payment: the coverage, no notes');
    assert.equal(reported.entry[0]!.resource.text, undefined, 'no narrative');
    await page.getByText('Left out (not needed for this purpose)').waitFor();
    await saveScreenshot(page, 'sharing-officer-done');
    await assertFits640(page, 'share as officer');
    await signOut(page);

    // The patient's accounting of disclosures.
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'Who saw my data' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Who saw my data' }).waitFor();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `${CLINIC} (another health care provider)` }) });
    await item.waitFor();
    await item.getByText('Shared with your written permission (authorization)', { exact: false }).waitFor();
    await item.getByText('Lab results', { exact: false }).waitFor();
    const lawItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: `${COUNTY} (a public health authority)` }) });
    await lawItem.getByText('Required by law (45 CFR 164.512(a))', { exact: false }).waitFor();
    await saveScreenshot(page, 'sharing-accounting');
    await assertFits640(page, 'accounting');
    assertOnlyHttpErrors(problems, [403], 'sharing');
    await page.close();
  });
});
