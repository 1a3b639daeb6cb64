// "Upload a lab result" in chromium against the real Custos: a patient finds the page from their
// home, uploads a PDF (progress shown), sees it listed and can download it as an attachment; a
// disguised file is refused with a clear message. Screenshot: test-results/screenshots/upload-lab-result.png.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { saveScreenshot } from '../helpers/browser';
import { assertOnlyHttpErrors, signIn, startWebTestEnv, type WebTestEnv } from './web-harness';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n% synthetic lab report\n'), Buffer.alloc(200_000, 0x41), Buffer.from('\n%%EOF\n')]);

describe('upload a lab result in chromium against the real server', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('a patient uploads a PDF, sees it listed and downloads it; a disguised file is refused', async () => {
    const { page, problems } = await env.openPage();
    const patient = await env.createPatient({ enroll: true });
    await signIn(page, env, patient);
    await page.getByRole('link', { name: 'Upload a lab result' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Upload a lab result' }).waitFor();
    await page.getByText('You have not uploaded anything yet.').waitFor();

    await page.getByLabel('File to upload').setInputFiles({ name: 'glucose-panel.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText('Your file was uploaded and added to your health record.').waitFor();
    const item = page.getByRole('listitem', { name: 'glucose-panel.pdf' });
    await item.waitFor();
    await item.getByText(/PDF, 19\d KB/).waitFor();
    await saveScreenshot(page, 'upload-lab-result');

    const href = await item.getByRole('link', { name: 'Download' }).getAttribute('href');
    assert.ok(href && /^\/api\/v1\/patients\/[0-9a-f-]+\/uploads\/[0-9a-f-]+$/.test(href), 'only opaque ids in the URL');
    const download = await page.context().request.get(env.baseUrl + href);
    assert.equal(download.status(), 200);
    assert.match(download.headers()['content-disposition'] ?? '', /^attachment;/);
    assert.equal(download.headers()['x-content-type-options'], 'nosniff');
    assert.ok(Buffer.from(await download.body()).equals(PDF));

    // An HTML page renamed to .txt: the server looks at the content and refuses it (415).
    await page.getByLabel('File to upload').setInputFiles({ name: 'result.txt', mimeType: 'text/plain', buffer: Buffer.from('<!doctype html><script>alert(1)</script>') });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('alert').getByText(/not what its type says/).waitFor();
    await saveScreenshot(page, 'upload-lab-result-refused');
    assert.equal(await page.getByRole('listitem').filter({ hasText: 'result.txt' }).count(), 0);

    const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')].filter((el) => el.labels.length === 0).map((el) => el.id || el.name)`);
    assert.deepEqual(unlabelled, []);
    assertOnlyHttpErrors(problems, [415], 'upload page');
  });
});
