import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { faker } from '@faker-js/faker';
import { z } from 'zod';
import type { TApp } from '../../src/server/app';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { httpsRequest, parseLines, startTestServer, type TestServer } from './harness';

// DESIGN invariant 7: PHI-looking canaries sent everywhere a client can put data (URL path,
// query string, headers, body) through requests that fail in every way we know of, must show up
// in no log line (at the most verbose level) and no response.

// Synthetic values only: SSNs in the 9xx area are never issued; names and e-mails from faker.
const canaries = {
  ssn: `9${faker.string.numeric(2)}-${faker.string.numeric(2)}-${faker.string.numeric(4)}`,
  name: `${faker.person.firstName()} ${faker.person.lastName()}`,
  email: faker.internet.email({ provider: 'example.test' }).toLowerCase(),
  mrn: `MRN${faker.string.numeric(8)}`,
};

/** Every way a canary could be written down: as sent, encoded for a URL, escaped in JSON, etc. */
function forms(value: string): string[] {
  const all = [value, value.toLowerCase(), encodeURIComponent(value), encodeURIComponent(value).replace(/%20/g, '+'), JSON.stringify(value).slice(1, -1)];
  if (value === canaries.ssn) all.push(value.replace(/-/g, ''));
  return [...new Set(all)];
}
const needles = Object.values(canaries).flatMap(forms);

function routes(app: TApp): void {
  const ZStrict = z.object({ name: z.string(), ssn: z.string().regex(/^\d{9}$/), email: z.email(), note: z.string().max(5) });
  app.post('/v1/test/patients/:mrn/validate', { schema: { params: z.object({ mrn: z.string().regex(/^\d+$/) }), body: ZStrict } }, async () => ({ ok: true }));
  app.post(
    '/v1/test/patients/:mrn/process',
    { schema: { params: z.object({ mrn: z.string() }), querystring: z.object({ email: z.string(), name: z.string() }), body: z.record(z.string(), z.string()) } },
    async (request) => {
      // Like a careless driver or library error that quotes its input.
      throw new Error(`cannot process ${request.params.mrn} ${request.query.email} ${JSON.stringify(request.body)}`);
    },
  );
  app.post('/v1/test/patients/:mrn/parse', { schema: { body: z.object({ note: z.string() }) } }, async (request) => {
    return JSON.parse(request.body.note) as unknown; // throws a SyntaxError that quotes the note
  });
}

let tdb: TestDatabase;
let server: TestServer;

before(async () => {
  tdb = await createTestDatabase();
  server = await startTestServer({ db: tdb.db, registerRoutes: routes, level: 'trace' });
});
after(async () => {
  await server?.close();
  await tdb?.close();
});

test('PHI-looking canaries in path, query, headers and body appear in no log line and no response', async () => {
  const { ssn, name, email, mrn } = canaries;
  const enc = encodeURIComponent;
  const query = `?email=${enc(email)}&name=${enc(name)}&ssn=${enc(ssn)}`;
  const headers = {
    'x-request-id': ssn, // too short to be accepted as a request id
    'x-patient-name': enc(name),
    authorization: `Bearer ${ssn}.${mrn}`,
    cookie: `sid=${enc(email)}`,
    referer: `https://clinic.example.test/chart?mrn=${mrn}`,
    'user-agent': `agent ${enc(name)}`,
  };
  const json = { 'content-type': 'application/json' };
  const fullBody = JSON.stringify({ name, ssn, email, note: `Patient ${name}, MRN ${mrn}` });

  const requests: Array<{ label: string; status: number; method: string; path: string; headers: Record<string, string>; body?: string }> = [
    { label: 'handler throws an error quoting its input', status: 500, method: 'POST', path: `/v1/test/patients/${mrn}/process${query}`, headers: { ...headers, ...json }, body: fullBody },
    { label: 'handler throws a SyntaxError quoting its input', status: 500, method: 'POST', path: `/v1/test/patients/${mrn}/parse${query}`, headers: { ...headers, ...json }, body: JSON.stringify({ note: `{"ssn": ${ssn}, "name": "${name}"` }) },
    { label: 'validation failure', status: 400, method: 'POST', path: `/v1/test/patients/${mrn}/validate${query}`, headers: { ...headers, ...json }, body: JSON.stringify({ name, ssn, email, note: mrn, [email]: name }) },
    { label: 'invalid JSON', status: 400, method: 'POST', path: `/v1/test/patients/${mrn}/process${query}`, headers: { ...headers, ...json }, body: `{"name": "${name}", "ssn": ${ssn} ${email}` },
    { label: 'unknown route', status: 404, method: 'GET', path: `/v1/patients/${mrn}/${enc(name)}/${enc(email)}${query}`, headers },
    { label: 'bad URL encoding', status: 400, method: 'GET', path: `/v1/test/patients/${mrn}%E0%A4%A/${enc(name)}${query}`, headers },
    { label: 'over-long path parameter', status: 400, method: 'POST', path: `/v1/test/patients/${mrn}-${enc(name)}-${'0'.repeat(120)}/process${query}`, headers: { ...headers, ...json }, body: fullBody },
    { label: 'unsupported media type', status: 415, method: 'POST', path: `/v1/test/patients/${mrn}/process${query}`, headers: { ...headers, 'content-type': `text/x-${mrn}` }, body: fullBody },
    { label: 'body too large', status: 413, method: 'POST', path: `/v1/test/patients/${mrn}/process${query}`, headers: { ...headers, ...json }, body: JSON.stringify({ note: `${name} ${ssn} `.repeat(80_000) }) },
  ];

  const requestIds: string[] = [];
  for (const r of requests) {
    const res = await httpsRequest(server, { method: r.method, path: r.path, headers: r.headers, ...(r.body !== undefined ? { body: r.body } : {}) });
    assert.equal(res.status, r.status, r.label);
    const body = res.json();
    assert.deepEqual(Object.keys(body).filter((k) => k !== 'fields').sort(), ['code', 'message', 'requestId'], r.label);
    const sent = res.text + JSON.stringify(res.headers);
    for (const needle of needles) assert.ok(!sent.includes(needle), `${r.label}: the response does not contain a canary`);
    requestIds.push(String(body.requestId));
  }

  // The log captured these requests (so "not found in the log" means something).
  const lines = parseLines(server.lines);
  for (const [i, id] of requestIds.entries()) {
    assert.notEqual(id, canaries.ssn);
    assert.ok(lines.some((l) => l.reqId === id && l.msg === 'request completed'), `${requests[i]!.label}: logged`);
  }
  assert.ok(lines.some((l) => l.level === 50 && l.code === 'internal'), '500s logged at error level by code');
  assert.ok(lines.some((l) => l.level === 20 && Array.isArray(l.frames)), 'stack frames logged at debug level');

  for (const line of server.lines) {
    for (const needle of needles) assert.ok(!line.includes(needle), `a log line contains a canary: ${line.slice(0, 300)}`);
  }
});
