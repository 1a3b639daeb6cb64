import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { z } from 'zod';
import { loadConfig } from '../../src/config';
import { AppError } from '../../src/core/errors';
import type { Database } from '../../src/db/schema';
import { buildApp, startServer, type TApp } from '../../src/server/app';
import { createLogger } from '../../src/server/logger';
import { startCustos } from '../../src/server/start';
import { SECURITY_HEADERS } from '../../src/server/security-headers';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { httpsRequest, parseLines, startTestServer, type TestResponse, type TestServer } from './harness';

// Routes that exist only in this test, added through the registerRoutes hook.
function testRoutes(app: TApp): void {
  app.get(
    '/v1/test/items/:id',
    {
      schema: {
        params: z.object({ id: z.uuid() }),
        querystring: z.object({ limit: z.coerce.number().int().max(10).default(5) }),
        response: { 200: z.object({ id: z.string(), limit: z.number() }) },
      },
    },
    async (request) => ({ id: request.params.id, limit: request.query.limit }),
  );
  app.post(
    '/v1/test/items',
    {
      schema: {
        body: z.strictObject({
          name: z.string().min(2),
          scores: z.record(z.string(), z.number()).optional(),
          lines: z.array(z.object({ code: z.string().length(4) })).optional(),
        }),
        response: { 201: z.object({ ok: z.literal(true) }) },
      },
    },
    async (_request, reply) => reply.code(201).send({ ok: true }),
  );
  app.get('/v1/test/conflict', async () => {
    throw new AppError('conflict', 'The record changed since it was read');
  });
  app.get('/v1/test/crash', async () => {
    throw new Error('database said: relation "secret_table" does not exist at /srv/custos/internal.ts');
  });
  app.get('/v1/test/bad-response', { schema: { response: { 200: z.object({ n: z.number() }) } } }, async () => ({ n: 'not a number' }) as never);
}

const EXPECTED_CSP_DIRECTIVES = ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

function assertSecurityHeaders(res: TestResponse, label: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
    assert.equal(res.headers[name], value, `${label}: ${name}`);
  }
  assert.equal(res.headers['strict-transport-security'], 'max-age=63072000; includeSubDomains', label);
  const csp = String(res.headers['content-security-policy'] ?? '');
  for (const directive of EXPECTED_CSP_DIRECTIVES) assert.ok(csp.includes(directive), `${label}: CSP has ${directive}`);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'), `${label}: CSP allows no inline script`);
  assert.equal(res.headers['cache-control'], 'no-store', `${label}: cache-control`);
  assert.equal(res.headers['x-powered-by'], undefined, `${label}: x-powered-by`);
  assert.equal(res.headers.server, undefined, `${label}: server`);
  assert.match(String(res.headers['x-request-id']), /^[A-Za-z0-9-]{16,128}$/, `${label}: x-request-id`);
}

describe('HTTPS server', () => {
  let tdb: TestDatabase;
  let server: TestServer;

  before(async () => {
    tdb = await createTestDatabase();
    server = await startTestServer({ db: tdb.db, registerRoutes: testRoutes });
  });
  after(async () => {
    await server?.close();
    await tdb?.close();
  });

  test('GET /healthz answers ok for the server and the database', async () => {
    const res = await httpsRequest(server, { path: '/healthz' });
    assert.equal(res.status, 200);
    assert.deepEqual(res.json(), { status: 'ok', database: 'ok' });
    assert.match(String(res.headers['content-type']), /^application\/json/);
  });

  test('GET /healthz is 503 unavailable when the database does not answer', async () => {
    // A real database client pointed at a port nothing listens on.
    const pool = new pg.Pool({ connectionString: 'postgres://custos@127.0.0.1:9/none', connectionTimeoutMillis: 2000 });
    pool.on('error', () => undefined);
    const deadDb = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const config = loadConfig({ CUSTOS_ENV: 'test', CUSTOS_DATA_DIR: server.dataDir });
    const app = await buildApp({ config, logger: createLogger({ level: 'silent' }), deps: { db: deadDb } });
    try {
      const { port } = await startServer(app, { host: '127.0.0.1', port: 0 });
      const res = await httpsRequest({ port, ca: server.ca }, { path: '/healthz' });
      assert.equal(res.status, 503);
      const body = res.json();
      assert.equal(body.code, 'unavailable');
      assert.equal(body.requestId, res.headers['x-request-id']);
      assert.ok(!/ECONNREFUSED|127\.0\.0\.1|9\b/.test(String(body.message)), 'no driver details in the body');
      assertSecurityHeaders(res, 'healthz 503');
    } finally {
      await app.close();
      await deadDb.destroy();
    }
  });

  test('in production the app refuses to start with a self-signed certificate', async () => {
    const tlsDir = path.join(server.dataDir, 'tls');
    const config = loadConfig({
      CUSTOS_ENV: 'production',
      CUSTOS_MASTER_PASSPHRASE: 'correct horse battery staple',
      CUSTOS_DATA_DIR: server.dataDir,
      CUSTOS_TLS_CERT: path.join(tlsDir, 'localhost.crt'),
      CUSTOS_TLS_KEY: path.join(tlsDir, 'localhost.key'),
    });
    await assert.rejects(buildApp({ config, logger: createLogger({ level: 'silent' }), deps: { db: tdb.db } }), (error: AppError) => {
      assert.equal(error.code, 'config_invalid');
      assert.match(error.message, /refuses a self-signed certificate/);
      return true;
    });
  });

  test('in production a self-signed certificate is refused before a database or key file is created', async () => {
    const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-prod-'));
    try {
      const tlsDir = path.join(server.dataDir, 'tls');
      const config = loadConfig({
        CUSTOS_ENV: 'production',
        CUSTOS_MASTER_PASSPHRASE: 'correct horse battery staple',
        CUSTOS_DATA_DIR: fresh,
        CUSTOS_TLS_CERT: path.join(tlsDir, 'localhost.crt'),
        CUSTOS_TLS_KEY: path.join(tlsDir, 'localhost.key'),
      });
      await assert.rejects(startCustos(config, { logger: createLogger({ level: 'silent' }) }), /refuses a self-signed certificate/);
      assert.deepEqual(fs.readdirSync(fresh), [], 'nothing written to the data folder');
    } finally {
      fs.rmSync(fresh, { recursive: true, force: true });
    }
  });

  test('security headers are on successes, client errors, server errors and early framework errors', async () => {
    const cases: Array<[string, { method?: string; path: string; headers?: Record<string, string>; body?: string }, number]> = [
      ['healthz', { path: '/healthz' }, 200],
      ['api success', { path: `/v1/test/items/${randomUUID()}` }, 200],
      ['validation', { path: '/v1/test/items/not-a-uuid' }, 400],
      ['unknown route', { path: '/api/nothing-here' }, 404],
      ['app error', { path: '/v1/test/conflict' }, 409],
      ['crash', { path: '/v1/test/crash' }, 500],
      ['bad url encoding', { path: '/v1/test/items/%E0%A4%A' }, 400],
      ['invalid json', { method: 'POST', path: '/v1/test/items', headers: { 'content-type': 'application/json' }, body: '{"name":' }, 400],
      ['unsupported media type', { method: 'POST', path: '/v1/test/items', headers: { 'content-type': 'application/x-custom' }, body: 'x' }, 415],
    ];
    for (const [label, request, status] of cases) {
      const res = await httpsRequest(server, request);
      assert.equal(res.status, status, label);
      assertSecurityHeaders(res, label);
    }
  });

  test('a well-formed X-Request-Id is echoed and logged; anything else is replaced by a new UUID', async () => {
    for (const incoming of [randomUUID(), randomBytes(16).toString('hex'), 'trace-' + 'A1b2'.repeat(8)]) {
      const res = await httpsRequest(server, { path: '/api/missing', headers: { 'x-request-id': incoming } });
      assert.equal(res.headers['x-request-id'], incoming);
      assert.equal(res.json().requestId, incoming);
      assert.ok(parseLines(server.lines).some((l) => l.reqId === incoming && l.msg === 'request completed'), 'logged under the id');
    }
    const rejected = ['short-id', 'has spaces in it ok ok ok', 'under_score_under_score', 'x'.repeat(129), '900-12-3456', 'é'.repeat(20)];
    for (const incoming of rejected) {
      const res = await httpsRequest(server, { path: '/healthz', headers: { 'x-request-id': encodeURIComponent(incoming) } });
      const id = String(res.headers['x-request-id']);
      assert.notEqual(id, incoming);
      assert.notEqual(id, encodeURIComponent(incoming));
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const a = await httpsRequest(server, { path: '/healthz' });
    const b = await httpsRequest(server, { path: '/healthz' });
    assert.notEqual(a.headers['x-request-id'], b.headers['x-request-id']);
  });

  test('an AppError answers with its status, code and message, and nothing else', async () => {
    const res = await httpsRequest(server, { path: '/v1/test/conflict' });
    assert.equal(res.status, 409);
    assert.deepEqual(res.json(), { code: 'conflict', message: 'The record changed since it was read', requestId: res.headers['x-request-id'] });
  });

  test('an unexpected error is a generic 500 without message, stack or internals', async () => {
    for (const path of ['/v1/test/crash', '/v1/test/bad-response']) {
      const res = await httpsRequest(server, { path });
      assert.equal(res.status, 500, path);
      assert.deepEqual(res.json(), { code: 'internal', message: 'Internal error', requestId: res.headers['x-request-id'] });
      const requestLines = parseLines(server.lines).filter((l) => l.reqId === res.headers['x-request-id']);
      assert.ok(requestLines.some((l) => l.level === 50 && l.code === 'internal'), 'an error line by code');
      assert.ok(!server.lines.some((l) => l.includes('secret_table') || l.includes('internal.ts') || l.includes('not a number')), 'no message in the log');
    }
  });

  test('validation errors name the fields, never the values, and not keys the client invented', async () => {
    const body = { name: 'Q', extraField: 'value-7f3a', scores: { 'key-9c1e': 'value-1b2d' }, lines: [{ code: 'value-6d4f' }] };
    const res = await httpsRequest(server, { method: 'POST', path: '/v1/test/items', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    assert.equal(res.status, 400);
    const json = res.json<{ code: string; message: string; fields: Array<{ location: string; path: string; problem: string }> }>();
    assert.equal(json.code, 'validation_failed');
    const paths = json.fields.map((f) => `${f.location}:${f.path}:${f.problem}`).sort();
    assert.deepEqual(paths, ['body::unrecognized_keys', 'body:lines[0].code:too_big', 'body:name:too_small', 'body:scores.*:invalid_type'].sort());
    for (const secret of ['value-7f3a', 'extraField', 'key-9c1e', 'value-1b2d', 'value-6d4f']) {
      assert.ok(!res.text.includes(secret), `body does not echo ${secret}`);
    }
    const query = await httpsRequest(server, { path: `/v1/test/items/${randomUUID()}?limit=99` });
    assert.equal(query.status, 400);
    assert.deepEqual(query.json().fields, [{ location: 'query', path: 'limit', problem: 'too_big' }]);
  });

  test('unknown routes are 404 not_found in the common error shape without the path', async () => {
    const res = await httpsRequest(server, { method: 'DELETE', path: '/v1/patients/route-marker-5e2b?x=route-marker-8d1c' });
    assert.equal(res.status, 404);
    assert.deepEqual(Object.keys(res.json()).sort(), ['code', 'message', 'requestId']);
    assert.equal(res.json().code, 'not_found');
    assert.ok(!res.text.includes('route-marker'));
  });

  test('/docs/json is an OpenAPI 3.1 document generated from the route schemas, with the error shape declared', async () => {
    const res = await httpsRequest(server, { path: '/docs/json' });
    assert.equal(res.status, 200);
    const doc = res.json<OpenApiDoc>();
    assert.equal(doc.openapi, '3.1.0');
    assert.equal(typeof doc.info.title, 'string');
    assert.equal(typeof doc.info.version, 'string');
    assert.ok(doc.paths['/healthz']?.get, 'lists /healthz');
    assert.ok(doc.paths['/v1/test/items/{id}']?.get, 'lists a route added through registerRoutes');
    assert.match(JSON.stringify(doc.paths['/healthz']!.get!.responses['200']), /#\/components\/schemas\/Health"/);
    const health = doc.components?.schemas?.Health as { properties?: Record<string, unknown> } | undefined;
    assert.deepEqual(Object.keys(health?.properties ?? {}).sort(), ['database', 'status']);
    const errorSchema = doc.components?.schemas?.Error as { properties?: Record<string, unknown>; required?: string[] } | undefined;
    assert.deepEqual(errorSchema?.required?.slice().sort(), ['code', 'message', 'requestId']);
    assert.equal(doc.components?.schemas?.ErrorInput, undefined, 'no unused input twin of the error shape');
    for (const [route, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        for (const status of ['4XX', '5XX']) {
          assert.match(JSON.stringify(operation.responses[status] ?? null), /#\/components\/schemas\/Error/, `${method} ${route} declares ${status}`);
        }
      }
    }
    assert.ok(!Object.keys(doc.paths).some((p) => p.startsWith('/docs')), 'the docs routes are not part of the API');
    assertRefsResolve(doc);
    const post = doc.paths['/v1/test/items']?.post as { requestBody?: unknown } | undefined;
    assert.match(JSON.stringify(post?.requestBody), /"name"/, 'request body schema comes from zod');
  });

  test('/docs serves swagger-ui under a CSP that still forbids inline script', async () => {
    const res = await httpsRequest(server, { path: '/docs/' });
    assert.equal(res.status, 200);
    assert.match(res.text, /swagger-ui-bundle\.js/);
    const csp = String(res.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.ok(!csp.includes('unsafe-inline'));
    const asset = await httpsRequest(server, { path: '/docs/static/swagger-ui-bundle.js' });
    assert.equal(asset.status, 200);
    assert.match(String(asset.headers['content-type']), /javascript/);
    assert.equal(asset.headers['strict-transport-security'], SECURITY_HEADERS['strict-transport-security']);
  });

  test('TLS 1.2 and 1.3 handshakes succeed and verify the certificate for localhost and 127.0.0.1', async () => {
    for (const version of ['TLSv1.2', 'TLSv1.3'] as const) {
      for (const servername of ['localhost', undefined]) {
        const outcome = await handshake(server.port, { minVersion: version, maxVersion: version, ca: server.ca, ...(servername ? { servername } : {}) });
        assert.deepEqual(outcome, { ok: true, protocol: version, authorized: true }, `${version} ${servername ?? 'by IP'}`);
      }
    }
  });

  test('TLS 1.0 and 1.1 handshakes are refused, although the same client completes them with a server that allows them', async () => {
    // OpenSSL 3 only speaks TLS < 1.2 at security level 0; the client is set up to try its best.
    const oldClient = { ciphers: 'DEFAULT@SECLEVEL=0', rejectUnauthorized: false } as const;
    const tlsDir = path.join(server.dataDir, 'tls');
    const permissive = tls.createServer(
      { key: fs.readFileSync(path.join(tlsDir, 'localhost.key')), cert: server.ca, minVersion: 'TLSv1', ciphers: 'DEFAULT@SECLEVEL=0' },
      (socket) => socket.end(),
    );
    await new Promise<void>((resolve) => permissive.listen(0, '127.0.0.1', resolve));
    try {
      const permissivePort = (permissive.address() as { port: number }).port;
      for (const version of ['TLSv1', 'TLSv1.1'] as const) {
        const control = await handshake(permissivePort, { ...oldClient, minVersion: version, maxVersion: version });
        assert.deepEqual(control, { ok: true, protocol: version, authorized: false }, `control: the client can speak ${version}`);
        const refused = await handshake(server.port, { ...oldClient, minVersion: version, maxVersion: version });
        assert.equal(refused.ok, false, `${version} is refused`);
        assert.match(String(refused.error), /protocol version|unsupported protocol|wrong version/i);
      }
    } finally {
      permissive.close();
    }
  });

  test('request log lines hold the route pattern, never the raw URL', async () => {
    const id = randomUUID();
    const res = await httpsRequest(server, { path: `/v1/test/items/${id}?limit=3` });
    assert.equal(res.status, 200);
    const line = parseLines(server.lines).find((l) => l.reqId === res.headers['x-request-id'] && l.msg === 'request completed');
    assert.ok(line, 'a line for the request');
    assert.equal(line.route, '/v1/test/items/:id');
    assert.equal(line.status, 200);
    assert.equal(line.method, 'GET');
    assert.equal(typeof line.durationMs, 'number');
    assert.ok(!server.lines.some((l) => l.includes(id) || l.includes('limit=3')));
  });
});

type HandshakeOutcome = { ok: true; protocol: string | null; authorized: boolean } | { ok: false; error: string };

function handshake(port: number, options: tls.ConnectionOptions): Promise<HandshakeOutcome> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, ...options }, () => {
      resolve({ ok: true, protocol: socket.getProtocol(), authorized: socket.authorized });
      socket.destroy();
    });
    socket.on('error', (error) => resolve({ ok: false, error: error.message }));
  });
}

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
  components?: { schemas?: Record<string, unknown> };
}

/** Every local $ref points at something that exists in the document. */
function assertRefsResolve(doc: OpenApiDoc): void {
  const refs: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === '$ref' && typeof v === 'string') refs.push(v);
        else walk(v);
      }
    }
  };
  walk(doc);
  assert.ok(refs.length > 0, 'the document uses references');
  for (const ref of refs) {
    assert.ok(ref.startsWith('#/'), `local ref ${ref}`);
    let target: unknown = doc;
    for (const part of ref.slice(2).split('/')) target = (target as Record<string, unknown> | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')];
    assert.ok(target !== undefined, `ref ${ref} resolves`);
  }
}
