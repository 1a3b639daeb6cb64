// Browser tests drive Debian's chromium (/usr/bin/chromium, installed by .ci/run) through
// playwright-core; `npx playwright install` cannot download browsers here. Each launch gets a
// fresh profile directory, removed again by close().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CUSTOS_CHROMIUM ?? '/usr/bin/chromium';

// The flags that work on this machine type (see shared ENVIRONMENT.md); --headless and
// --user-data-dir are passed by playwright itself (headless: true, the profile directory).
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go; `npm test` empties test-results/ first, and CI keeps it as artifacts. */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

export interface TestBrowser {
  context: BrowserContext;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Launches chromium with a fresh profile. `ignoreHttpsErrors` accepts the server's self-signed
 * certificate; everything else (CSP included) is enforced as in a user's browser.
 *
 * @example
 *   const browser = await launchBrowser({ ignoreHttpsErrors: true });
 *   after(() => browser.close());
 *   const page = await browser.newPage();
 */
export async function launchBrowser(
  options: { ignoreHttpsErrors?: boolean; viewport?: { width: number; height: number }; deviceScaleFactor?: number } = {},
): Promise<TestBrowser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No chromium at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (.ci/run does) or set CUSTOS_CHROMIUM`);
  }
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
      ignoreHTTPSErrors: options.ignoreHttpsErrors ?? false,
      viewport: options.viewport ?? { width: 1280, height: 900 },
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: 'en-US',
      timezoneId: 'UTC',
      acceptDownloads: true,
    });
  } catch (error) {
    fs.rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close().catch(() => undefined);
      fs.rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export interface PageProblems {
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Content-Security-Policy violations reported by the page (securitypolicyviolation events). */
  cspViolations: string[];
  /** Clears both lists (e.g. after a step that is expected to log an error). */
  clear(): void;
}

/**
 * Collects console errors, uncaught exceptions and CSP violations of a page. Call it before the
 * first navigation: the CSP listener is installed as an init script in every document.
 *
 * @example
 *   const problems = await watchPage(page);
 *   await page.goto(url);
 *   assert.deepEqual(problems.errors, []);
 */
export async function watchPage(page: Page): Promise<PageProblems> {
  const errors: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  await page.exposeBinding('__custosReportCspViolation', (_source, text: string) => void cspViolations.push(text));
  // Init scripts run through the DevTools protocol, so the page's CSP does not block this one.
  // (A string: the test code is type-checked without the DOM library.)
  await page.addInitScript({
    content: `document.addEventListener('securitypolicyviolation', (e) => {
      window.__custosReportCspViolation(e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)') + ' at ' + e.sourceFile + ':' + e.lineNumber);
    });`,
  });
  return {
    errors,
    cspViolations,
    clear: () => {
      errors.length = 0;
      cspViolations.length = 0;
    },
  };
}

/**
 * Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path.
 *
 * @example
 *   await saveScreenshot(page, 'sign-in');
 */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
