// The web app as the server delivers it, over real HTTPS: SPA fallback, caching, compression,
// the strict CSP with nothing inline, and the API's own JSON 404s left alone.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../src/server/security-headers';
import { DEFAULT_WEB_DIST_DIR, registerWebApp } from '../../src/server/web';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { httpsRequest, startTestServer, type TestServer } from '../server/harness';

const root = path.resolve(import.meta.dirname, '../..');

describe('web app serving', () => {
  let tdb: TestDatabase;
  let server: TestServer;
  let assetPaths: string[];

  before(async () => {
    execFileSync(process.execPath, [path.join(root, 'scripts/build-web.mjs')], { cwd: root, stdio: 'inherit' });
    assetPaths = fs.readdirSync(path.join(DEFAULT_WEB_DIST_DIR, 'assets')).map((f) => `/assets/${f}`);
    tdb = await createTestDatabase();
    server = await startTestServer({ db: tdb.db, registerRoutes: (app) => registerWebApp(app) });
  });
  after(async () => {
    await server?.close();
    await tdb?.close();
  });

  it('answers app paths and deep links with index.html, never cached, under the strict CSP', async () => {
    const index = fs.readFileSync(path.join(DEFAULT_WEB_DIST_DIR, 'index.html'), 'utf8');
    for (const p of ['/', '/sign-in', '/account/security', '/privacy?from=footer', '/no/such/page', '/index.html']) {
      const res = await httpsRequest(server, { path: p });
      assert.equal(res.status, 200, p);
      assert.equal(res.headers['content-type'], 'text/html; charset=utf-8', p);
      assert.equal(res.text, index, p);
      assert.equal(res.headers['cache-control'], 'no-store', p);
      assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, p);
    }
    const head = await httpsRequest(server, { method: 'HEAD', path: '/register' });
    assert.equal(head.status, 200);
  });

  it('builds HTML with no inline script, inline style or style attribute', () => {
    const html = fs.readFileSync(path.join(DEFAULT_WEB_DIST_DIR, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    assert.ok(scripts.length > 0, 'the entry script is referenced');
    for (const [tag, body] of scripts) {
      assert.match(tag, /\bsrc="\/assets\/[^"]+\.js"/, 'scripts are files');
      assert.equal(body!.trim(), '', 'no inline code');
    }
    assert.doesNotMatch(html, /<style\b/i);
    assert.doesNotMatch(html, /\sstyle=/i);
    assert.doesNotMatch(html, /\b(href|src)="data:/i);
    assert.match(html, /<link rel="stylesheet"[^>]*href="\/assets\/[^"]+\.css"/);
  });

  it('serves hashed assets with a long immutable cache, gzipped when the client accepts it', async () => {
    assert.ok(assetPaths.some((p) => p.endsWith('.js')) && assetPaths.some((p) => p.endsWith('.css')));
    for (const p of assetPaths) {
      const file = fs.readFileSync(path.join(DEFAULT_WEB_DIST_DIR, p));
      const plain = await httpsRequest(server, { path: p });
      assert.equal(plain.status, 200, p);
      assert.equal(plain.headers['cache-control'], 'public, max-age=31536000, immutable', p);
      assert.equal(plain.headers['content-encoding'], undefined, p);
      assert.equal(plain.text, file.toString('utf8'), p);
      assert.match(String(plain.headers['content-type']), p.endsWith('.js') ? /^text\/javascript/ : /^text\/css/);
      assert.equal(plain.headers['content-security-policy'], CONTENT_SECURITY_POLICY);

      const zipped = await rawGet(server, p, { 'accept-encoding': 'gzip, br' });
      assert.equal(zipped.headers['content-encoding'], 'gzip', p);
      assert.equal(zipped.headers.vary, 'accept-encoding');
      assert.ok(zipped.body.length < file.length, 'smaller than the file');
      assert.deepEqual(gunzipSync(zipped.body), file);
    }
  });

  it('keeps JSON 404s for API and server paths, unknown assets and non-GET methods', async () => {
    const cases: Array<[string, string]> = [
      ['GET', '/api/v1/no-such-route'],
      ['GET', '/api'],
      ['GET', '/v1/records/123'],
      ['GET', '/docs/no-such-page'],
      ['GET', '/healthz/extra'],
      ['GET', '/assets/index-00000000.js'],
      ['GET', '/assets/..%2f..%2fpackage.json'],
      ['GET', '/assets/../../package.json'],
      ['GET', '/robots.txt'],
      ['GET', '/.env'],
      ['POST', '/sign-in'],
      ['DELETE', '/'],
    ];
    for (const [method, p] of cases) {
      const res = await httpsRequest(server, { method, path: p });
      assert.equal(res.status, 404, `${method} ${p}`);
      assert.match(String(res.headers['content-type']), /^application\/json/, `${method} ${p}`);
      const body = res.json<{ code: string; requestId: string }>();
      assert.equal(body.code, 'not_found');
      assert.equal(body.requestId, res.headers['x-request-id']);
      assert.doesNotMatch(res.text, /package\.json|no-such|records/, 'the path is not echoed');
    }
    // The server's own routes still answer.
    assert.equal((await httpsRequest(server, { path: '/healthz' })).status, 200);
    assert.equal((await httpsRequest(server, { path: '/docs/json' })).status, 200);
  });

  it('answers 503 with a how-to message when the app was never built, and the API still works', async () => {
    const emptyDist = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-empty-dist-'));
    const bare = await startTestServer({ db: tdb.db, registerRoutes: (app) => registerWebApp(app, { distDir: emptyDist }) });
    try {
      const res = await httpsRequest(bare, { path: '/sign-in' });
      assert.equal(res.status, 503);
      assert.equal(res.json<{ code: string }>().code, 'unavailable');
      assert.match(res.json<{ message: string }>().message, /npm run build:web/);
      assert.equal((await httpsRequest(bare, { path: '/api/v1/nothing' })).status, 404);
      assert.equal((await httpsRequest(bare, { path: '/healthz' })).status, 200);
    } finally {
      await bare.close();
      fs.rmSync(emptyDist, { recursive: true, force: true });
    }
  });
});

/** A GET that keeps the body as bytes (httpsRequest decodes to text). */
async function rawGet(server: TestServer, p: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const https = await import('node:https');
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', servername: 'localhost', port: server.port, path: p, headers, ca: server.ca, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
