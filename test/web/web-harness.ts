// Shared set-up of the browser tests: the web app built, the real HTTPS server serving it (with
// the fake identity API until the real one lands), a migrated test database, and chromium.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { registerWebApp } from '../../src/server/web';
import { launchBrowser, watchPage, type PageProblems, type TestBrowser } from '../helpers/browser';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startTestServer, type TestServer } from '../server/harness';
import { createFakeIdentityApi, type FakeIdentityApi } from './fake-identity-api';

const root = path.resolve(import.meta.dirname, '../..');

export interface WebTestEnv {
  server: TestServer;
  identity: FakeIdentityApi;
  browser: TestBrowser;
  /** https://localhost:<port> */
  baseUrl: string;
  /** A new tab whose console errors and CSP violations are collected. */
  openPage(): Promise<{ page: Page; problems: PageProblems }>;
  close(): Promise<void>;
}

/**
 * Builds web/dist if stale (quick when fresh), starts the server and launches chromium.
 *
 * @example
 *   let env: WebTestEnv;
 *   before(async () => (env = await startWebTestEnv()));
 *   after(() => env.close());
 */
export async function startWebTestEnv(): Promise<WebTestEnv> {
  // A child process, as `npm start` runs it; it takes turns with other test files through a lock.
  execFileSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
  const db: TestDatabase = await createTestDatabase();
  const identity = createFakeIdentityApi();
  let server: TestServer | undefined;
  let browser: TestBrowser | undefined;
  try {
    server = await startTestServer({
      db: db.db,
      registerRoutes: (app) => {
        identity.register(app);
        registerWebApp(app);
      },
    });
    browser = await launchBrowser({ ignoreHttpsErrors: true });
  } catch (error) {
    await server?.close();
    await db.close();
    throw error;
  }
  const running = { server, browser };
  return {
    server,
    identity,
    browser,
    baseUrl: `https://localhost:${server.port}`,
    openPage: async () => {
      const page = await running.browser.newPage();
      const problems = await watchPage(page);
      return { page, problems };
    },
    close: async () => {
      await running.browser.close();
      await running.server.close();
      await db.close();
    },
  };
}
