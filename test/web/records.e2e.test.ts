// The records pages in chromium against the real server: the patient's "My health record" (with
// a correction request), "Who saw my data", "Download my data" and "Delete my account"; the
// clinician's "My patients" and chart (deciding the correction). Data is seeded through the
// records door; every screen gets a screenshot, fits 640 px, labels its inputs and breaks no CSP rule.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { DISCLOSURE_AUDIT_ACTION } from '../../src/modules/consent/consent.contract';
import { createRecordsService } from '../../src/modules/records/records.service';
import { createAmendmentService } from '../../src/modules/records/rights/amendments.service';
import { findRetentionYears, upsertRetentionYears } from '../../src/modules/records/rights/rights.repo';
import { saveScreenshot } from '../helpers/browser';
import { assertOnlyHttpErrors, careTeamChart, signIn, startWebTestEnv, userRowOf, type WebTestEnv, assertFits640, assertLabelled, signOut } from './web-harness';

describe('records pages in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('a patient reads their record, asks for a correction, sees who saw it, downloads it; the clinician decides; the patient deletes the account', async () => {
    const { ctx } = env.custos;
    const org = ctx.defaultOrganization.id;
    const clinician = await env.createStaff('clinician');
    const patient = await env.createPatient({ enroll: true });
    // The chart, written by the clinician through the door (for treatment).
    const { records, call, patientId, clinicianRow } = await careTeamChart(env, clinician, patient, 'Records ward');
    const parts = patient.name.split(' ');
    await records.createRecord({ ...call, resourceType: 'Patient', resource: { resourceType: 'Patient', name: [{ text: patient.name, given: parts.slice(0, -1), family: parts.at(-1) }] } });
    await records.createRecord({ ...call, resourceType: 'Observation', resource: { resourceType: 'Observation', status: 'final', category: [{ coding: [{ code: 'laboratory' }] }], code: { text: 'Glucose' }, valueQuantity: { value: 104, unit: 'mg/dL' }, effectiveDateTime: '2026-02-10T08:00:00Z' } });
    await records.createRecord({ ...call, resourceType: 'Observation', resource: { resourceType: 'Observation', status: 'final', category: [{ coding: [{ code: 'vital-signs' }] }], code: { text: 'Blood pressure' }, component: [{ code: { text: 'Systolic' }, valueQuantity: { value: 128, unit: 'mmHg' } }, { code: { text: 'Diastolic' }, valueQuantity: { value: 82, unit: 'mmHg' } }] } });
    const condition = await records.createRecord({ ...call, resourceType: 'Condition', resource: { resourceType: 'Condition', code: { text: 'Type 2 diabetes' }, clinicalStatus: { coding: [{ code: 'active' }] }, onsetDateTime: '2024-05-01' } });
    await records.createRecord({ ...call, resourceType: 'MedicationStatement', resource: { resourceType: 'MedicationStatement', status: 'active', medicationCodeableConcept: { text: 'Metformin 500 mg' }, dosage: [{ text: 'Twice a day with meals' }] } });
    await records.createRecord({ ...call, resourceType: 'Observation', resource: { resourceType: 'Observation', status: 'final', meta: { tag: [{ system: 'https://custos.dev/fhir/record-category', code: 'healthcare_adjacent' }] }, code: { text: 'Steps' }, valueQuantity: { value: 8042, unit: 'steps' } } });
    await ctx.db.transaction().execute((trx) =>
      ctx.audit.appendAudit(trx, {
        organizationId: org, actorId: clinicianRow.id, actorRole: 'clinician', action: DISCLOSURE_AUDIT_ACTION.ai_provider, resourceType: 'Disclosure', subjectId: patientId, purpose: 'treatment', outcome: 'allow',
        details: { recipientLabel: 'Example AI (BAA on file)', purpose: 'treatment', categories: ['lab_results'], recordIds: [condition.id], identifiable: false, consentGrantId: null, approvalId: null, baaId: null, task: 'Explain these lab results' },
      }),
    );

    // My health record.
    const { page, problems } = await env.openPage();
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'My health record' }).click();
    await page.getByRole('heading', { level: 1, name: 'My health record' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Lab results' }).waitFor();
    await page.getByText('Glucose: 104 mg/dL').waitFor();
    await page.getByText('Blood pressure: Systolic 128 mmHg, Diastolic 82 mmHg').waitFor();
    await page.getByText('Metformin 500 mg: active · Twice a day with meals').waitFor();
    await page.getByRole('heading', { level: 2, name: 'From wearables and home devices (not clinical records)' }).waitFor();
    const adjacent = page.locator('section', { has: page.getByRole('heading', { name: /From wearables/ }) });
    await adjacent.getByText('Steps: 8042 steps').waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: 'Lab results' }).locator('xpath=..').getByText('Steps').count(), 0, 'wearable data is not listed as a lab result');
    await saveScreenshot(page, 'records-my-health-record');
    await assertFits640(page, 'my record');

    await page.getByRole('button', { name: 'Ask for a correction of Type 2 diabetes' }).click();
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.getByText('Say what is wrong and what it should say.').waitFor();
    await page.getByLabel('What is wrong, and what should it say?').fill('I was told this was prediabetes, not diabetes.');
    await saveScreenshot(page, 'records-amendment-form');
    await assertLabelled(page, 'amendment form', problems);
    await page.getByRole('button', { name: 'Send the request' }).click();
    await page.getByText('Your correction request was sent to your care team.').waitFor();
    await page.getByText('Waiting for your care team').waitFor();
    await page.getByText(/^Type 2 diabetes, asked/).waitFor();

    // Who saw my data.
    await page.getByRole('link', { name: 'Who saw my data' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Who saw my data' }).waitFor();
    await page.getByRole('cell', { name: `${clinician.name} (Clinician)` }).first().waitFor();
    await page.getByRole('cell', { name: 'Added a record (6 times)' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Example AI (BAA on file)' }).waitFor();
    await page.getByText('De-identified (without your name or identifiers)').waitFor();
    await saveScreenshot(page, 'records-who-saw-my-data');
    await assertFits640(page, 'access log');

    // Download my data.
    await page.goto(`${env.baseUrl}/records/download`);
    await page.getByRole('heading', { level: 1, name: 'Download my data' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my records' }).click()]);
    assert.equal(download.suggestedFilename(), 'custos-health-record.json');
    const bundle = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as { resourceType: string; type: string; entry: Array<{ resource: { resourceType: string } }> };
    assert.equal(bundle.resourceType, 'Bundle');
    assert.equal(bundle.type, 'collection');
    assert.equal(bundle.entry.length, 6);
    await page.getByText('Your download has started: 6 records in one file.').waitFor();
    await saveScreenshot(page, 'records-download');
    await assertFits640(page, 'download');
    assertOnlyHttpErrors(problems, [], 'patient pages');
    await signOut(page);

    // The clinician: my patients, the chart, the decision.
    await signIn(page, env, clinician);
    await page.getByRole('link', { name: 'My patients' }).click();
    await page.getByRole('heading', { level: 1, name: 'My patients' }).waitFor();
    await page.getByRole('link', { name: patient.name }).waitFor();
    await saveScreenshot(page, 'records-clinician-patients');
    await assertFits640(page, 'my patients');
    await page.getByRole('link', { name: patient.name }).click();
    await page.getByRole('heading', { level: 1, name: 'Patient chart' }).waitFor();
    assert.equal(new URL(page.url()).search, `?patient=${patientId}`, 'only the opaque id is in the URL');
    await page.getByText(`Chart of ${patient.name}`).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Correction requests (1 waiting)' }).waitFor();
    await page.getByText('Waiting for a decision').waitFor();
    await page.getByText('Glucose: 104 mg/dL').waitFor();
    await page.getByLabel('Reason shown to the patient').fill('Your HbA1c of 7.1% in 2024 confirms diabetes.');
    await saveScreenshot(page, 'records-clinician-chart');
    await assertLabelled(page, 'chart', problems);
    await assertFits640(page, 'chart');
    await page.getByRole('button', { name: 'Decline' }).click();
    await page.getByText('The request was declined; the patient sees your reason.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Correction requests' }).waitFor();
    assertOnlyHttpErrors(problems, [], 'clinician pages');
    await signOut(page);

    // The patient sees the outcome, then asks for deletion: retention first holds it back.
    await signIn(page, env, patient);
    await page.goto(`${env.baseUrl}/records`);
    await page.getByText('Not accepted').waitFor();
    await page.getByText('Your HbA1c of 7.1% in 2024 confirms diabetes.').waitFor();

    await upsertRetentionYears(ctx.db, { organizationId: org, years: 10, updatedBy: clinicianRow.id, at: ctx.clock.now() });
    await page.goto(`${env.baseUrl}/records/delete`);
    await page.getByRole('heading', { level: 1, name: 'Delete my account' }).waitFor();
    await page.getByText('We keep medical records for 10 years after they were last updated', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Delete my account and records' }).click();
    await page.getByText('Type DELETE in capital letters to confirm.').waitFor();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete my account and records' }).click();
    await page.getByText('Your request is saved but cannot be carried out yet.').waitFor();
    await saveScreenshot(page, 'records-delete-pending');
    await assertFits640(page, 'delete (pending)');
    await assertLabelled(page, 'delete', problems);

    await upsertRetentionYears(ctx.db, { organizationId: org, years: 0, updatedBy: clinicianRow.id, at: ctx.clock.now() });
    await page.reload();
    await page.getByText('Nothing holds your request back today: it will be carried out at once.').waitFor();
    await page.getByLabel('Type DELETE to confirm').fill('DELETE');
    await page.getByRole('button', { name: 'Delete my account and records' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account was deleted' }).waitFor();
    await page.getByText('Care teams you were removed from: 1').waitFor();
    await saveScreenshot(page, 'records-delete-receipt');
    await assertFits640(page, 'receipt');
    const state = await ctx.db.selectFrom('patients').select('status').where('id', '=', patientId).executeTakeFirstOrThrow();
    assert.equal(state.status, 'deleted');
    assert.deepEqual(problems.cspViolations, []);
  });

  it('the compliance officer follows corrections and places and lifts a legal hold; the administrator sets retention', async () => {
    const { ctx } = env.custos;
    const org = ctx.defaultOrganization.id;
    const officer = await env.createStaff('compliance_officer');
    const admin = await env.createStaff('admin');
    const clinician = await env.createStaff('clinician');
    const patient = await env.createPatient();
    const { deps, patientId, clinicianRow, patientRow } = await careTeamChart(env, clinician, patient, 'Oversight ward');
    const requestContext = { requestId: randomUUID(), clientAddress: '127.0.0.1' };
    const record = await createRecordsService(deps).createRecord({
      auth: { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: clinicianRow.id, organizationId: org, role: 'clinician', patientId: null },
      purpose: 'treatment', patientId, resourceType: 'Condition', resource: { resourceType: 'Condition', code: { text: 'Asthma' } }, requestContext,
    });
    const secretText = `Oversight-canary ${randomUUID()}`;
    await createAmendmentService(deps).requestAmendment({
      auth: { kind: 'session', sessionId: randomUUID(), stage: 'full', userId: patientRow.id, organizationId: org, role: 'patient', patientId },
      patientId, resourceType: 'Condition', recordId: record.id, text: secretText, requestContext,
    });

    const { page, problems } = await env.openPage();
    await signIn(page, env, officer);
    await page.getByRole('link', { name: 'Corrections and legal holds' }).click();
    await page.getByRole('heading', { level: 1, name: 'Corrections and legal holds' }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(patientId) });
    await row.getByRole('cell', { name: 'Waiting' }).waitFor();
    assert.equal(await page.getByText(secretText).count(), 0, 'the queue shows no request text');
    await page.getByRole('button', { name: 'Show holds' }).click();
    await page.getByText('Enter a patient id, such as').waitFor();
    await page.getByLabel('Patient id').fill(patientId);
    await page.getByRole('button', { name: 'Show holds' }).click();
    await page.getByText('This patient has no legal holds.').waitFor();
    await page.getByRole('button', { name: 'Place a legal hold' }).click();
    await page.getByText('Give the case reference or reason for the hold.').waitFor();
    await page.getByLabel('Reason for a new hold (case reference)').fill('Case LH-2026-31, records preservation letter');
    await page.getByRole('button', { name: 'Place a legal hold' }).click();
    await page.getByText('The legal hold is in place.', { exact: false }).waitFor();
    await page.getByText('In place', { exact: true }).waitFor();
    await saveScreenshot(page, 'records-compliance-oversight');
    await assertFits640(page, 'oversight');
    await assertLabelled(page, 'oversight', problems);
    await page.getByRole('button', { name: 'Lift this hold' }).click();
    await page.getByText('The legal hold was lifted.').waitFor();
    await page.getByText(/^Lifted /).waitFor();
    assertOnlyHttpErrors(problems, [], 'oversight');
    await signOut(page);

    await signIn(page, env, admin);
    await page.getByRole('link', { name: 'Record retention' }).click();
    await page.getByRole('heading', { level: 1, name: 'Record retention' }).waitFor();
    await page.getByLabel('Years to keep records after their last update').fill('abc');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a whole number of years from 0 to 100.').waitFor();
    await page.getByLabel('Years to keep records after their last update').fill('6');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved: records are kept 6 years after their last update.').waitFor();
    assert.equal(await findRetentionYears(ctx.db, org), 6);
    await saveScreenshot(page, 'records-admin-retention');
    await assertFits640(page, 'retention');
    await assertLabelled(page, 'retention', problems);
    assertOnlyHttpErrors(problems, [], 'retention');
    await upsertRetentionYears(ctx.db, { organizationId: org, years: 0, updatedBy: (await userRowOf(env, admin)).id, at: ctx.clock.now() });
  });
});
