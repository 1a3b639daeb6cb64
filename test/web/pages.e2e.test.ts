// Every page of the web app in a real chromium against the real HTTPS server: it renders, logs
// no error, breaks no CSP rule, labels its inputs, fits a 200%-zoom window, and deep links and
// in-app navigation work. One screenshot per page goes to test-results/screenshots/.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { saveScreenshot, type PageProblems } from '../helpers/browser';
import { startWebTestEnv, type WebTestEnv } from './web-harness';

// Path -> the h1 a signed-out visitor sees there.
const SIGNED_OUT_PAGES: Array<[string, string]> = [
  ['/', 'Your health information, with AI you can trust'],
  ['/register', 'Create your account'],
  ['/verify-email', 'Confirm your email address'],
  ['/sign-in', 'Sign in'],
  ['/privacy', 'Notice of Privacy Practices'],
  ['/security-tips', 'Security tips'],
  ['/recovery-codes', 'Recovery codes'],
  ['/sign-out', 'You are signed out'],
  ['/account/security', 'Account security'],
  ['/reset-password', 'Reset your password'],
  ['/accept-invitation', 'Accept your invitation'],
  ['/account/tokens', 'Access tokens'],
  ['/admin/users', 'Users'],
  ['/admin/outbox', 'Mail outbox'],
  ['/admin/settings', 'Security settings'],
  ['/admin/care-teams', 'Care teams'],
  ['/clinician/break-glass', 'Emergency access'],
  ['/compliance/break-glass-reviews', 'Emergency access reviews'],
  ['/patient', 'Patient home'],
  ['/clinician', 'Clinician home'],
  ['/compliance', 'Compliance officer home'],
  ['/admin', 'Administrator home'],
  ['/records', 'My health record'],
  ['/records/upload', 'Upload a lab result'],
  ['/records/access-log', 'Who saw my data'],
  ['/records/download', 'Download my data'],
  ['/records/delete', 'Delete my account'],
  ['/consent', 'My consents'],
  ['/ai/analyze', 'Analyze my lab results with AI'],
  ['/clinician/patients', 'My patients'],
  ['/clinician/chart', 'Patient chart'],
  ['/clinician/ask-ai', 'Ask the AI about a patient'],
  ['/compliance/patient-rights', 'Corrections and legal holds'],
  ['/admin/retention', 'Record retention'],
  ['/admin/ai-providers', 'AI providers'],
  ['/admin/third-parties', 'Third parties'],
  ['/clinician/share', 'Share with a third party'],
  ['/no-such-page', 'Page not found'],
];

/** Waits for the page's h1 and checks what every page must have. */
export async function assertWellFormedPage(page: Page, problems: PageProblems, heading: string, label: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 10_000 });
  assert.equal(await page.locator('h1').count(), 1, `${label}: one h1`);
  assert.equal(await page.title(), `${heading} · Custos`, `${label}: title`);
  assert.equal(await page.locator('main#main').count(), 1, `${label}: main landmark`);
  assert.equal(await page.getByRole('link', { name: 'Notice of Privacy Practices' }).first().isVisible(), true, `${label}: privacy link`);
  const unlabelled = await page.evaluate(`[...document.querySelectorAll('input, select, textarea')].filter((el) => el.labels.length === 0).map((el) => el.id || el.name)`);
  assert.deepEqual(unlabelled, [], `${label}: every input has a label`);
  assert.deepEqual(problems.errors, [], `${label}: console errors`);
  assert.deepEqual(problems.cspViolations, [], `${label}: CSP violations`);
}

describe('web pages in chromium', () => {
  let env: WebTestEnv;
  before(async () => {
    env = await startWebTestEnv();
  });
  after(async () => {
    await env?.close();
  });

  it('renders every page signed out, without console errors or CSP violations', async () => {
    const { page, problems } = await env.openPage();
    for (const [path, heading] of SIGNED_OUT_PAGES) {
      await page.goto(env.baseUrl + path);
      await assertWellFormedPage(page, problems, heading, path);
      // The stylesheet applied (a blocked or missing CSS file would leave the default white).
      assert.equal(await page.evaluate(`getComputedStyle(document.documentElement).backgroundColor`), 'rgb(246, 244, 239)', path);
      await saveScreenshot(page, `page${path === '/' ? '-home' : path.replace(/\//g, '-')}`);
    }
    await page.close();
  });

  it('fits a window as narrow as 200% zoom without horizontal scrolling', async () => {
    const { page, problems } = await env.openPage();
    // 1280 x 900 at 200% zoom lays out like a 640 x 450 window.
    await page.setViewportSize({ width: 640, height: 450 });
    for (const [path, heading] of SIGNED_OUT_PAGES) {
      await page.goto(env.baseUrl + path);
      await assertWellFormedPage(page, problems, heading, `${path} at 200%`);
      const overflow = await page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`);
      assert.equal(overflow, 0, `${path}: no horizontal scroll at 200% zoom`);
    }
    await page.goto(env.baseUrl + '/register');
    await saveScreenshot(page, 'zoom-200-register');
    await page.goto(env.baseUrl + '/privacy');
    await saveScreenshot(page, 'zoom-200-privacy');
    await page.close();
  });

  it('loads deep links, navigates inside the app without reloading, and the back button works', async () => {
    const { page, problems } = await env.openPage();
    await page.goto(`${env.baseUrl}/privacy`);
    await assertWellFormedPage(page, problems, 'Notice of Privacy Practices', 'deep link');
    await page.evaluate('window.__sameDocument = true');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Security tips' }).click();
    await page.getByRole('heading', { level: 1, name: 'Security tips' }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/security-tips');
    assert.equal(await page.evaluate('window.__sameDocument === true'), true, 'no full page load');
    assert.equal(await page.evaluate(`document.activeElement?.tagName`), 'H1', 'focus moves to the new heading');
    assert.equal(await page.getByRole('link', { name: 'Security tips', exact: true }).first().getAttribute('aria-current'), 'page');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Notice of Privacy Practices' }).waitFor();
    assert.equal(await page.evaluate('window.__sameDocument === true'), true);

    // A reload of a deep link is served by the server's fallback, not by the in-memory app.
    await page.goto(`${env.baseUrl}/security-tips`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Security tips' }).waitFor();
    assert.equal(await page.evaluate('window.__sameDocument === true'), false);
    assert.deepEqual(problems.errors, []);
    assert.deepEqual(problems.cspViolations, []);
    await page.close();
  });

  it('reports a CSP violation when one happens (the watcher itself works)', async () => {
    const { page, problems } = await env.openPage();
    await page.goto(`${env.baseUrl}/`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    // An inline style element is what the policy forbids; the page must refuse and report it.
    await page.evaluate(`{ const s = document.createElement('style'); s.textContent = 'body { background: red }'; document.head.append(s); }`);
    await page.waitForTimeout(200);
    assert.ok(problems.cspViolations.some((v) => v.startsWith('style-src')), JSON.stringify(problems.cspViolations));
    assert.notEqual(await page.evaluate(`getComputedStyle(document.body).backgroundColor`), 'rgb(255, 0, 0)');
    await page.close();
  });

  it('keeps JSON 404s for unknown API paths in the browser too', async () => {
    const { page } = await env.openPage();
    const response = await page.goto(`${env.baseUrl}/api/v1/no-such-thing`);
    assert.equal(response?.status(), 404);
    assert.match((await response?.headerValue('content-type')) ?? '', /^application\/json/);
    const body = JSON.parse((await response?.text()) ?? '{}') as { code?: string; requestId?: string };
    assert.equal(body.code, 'not_found');
    assert.ok(body.requestId);
    await page.close();
  });
});
