import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, startServe } from '../helpers/cli';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/db';
import { httpsRequest } from './harness';

// `custos serve` as a person runs it: a fresh data folder, the real bin, real signals.

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-serve-test-'));
let tdb: TestDatabase | undefined;
after(async () => {
  await tdb?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('custos serve starts on a fresh data folder, answers /healthz, stops on SIGTERM, and reuses its certificate', async () => {
  const port = await freePort();
  const env: Record<string, string> = { CUSTOS_DATA_DIR: dataDir, CUSTOS_PORT: String(port), CUSTOS_HOST: '127.0.0.1', CUSTOS_LOG_LEVEL: 'warn', CUSTOS_ENV: 'development' };
  if (testEngine === 'postgres') {
    tdb = await createTestDatabase('postgres');
    env.DATABASE_URL = tdb.url!;
  }
  const certFile = path.join(dataDir, 'tls', 'localhost.crt');

  const first = await startServe(env);
  assert.match(first.output(), new RegExp(`Custos is listening on https://localhost:${port} \\(started in [\\d.]+ s\\)`));
  const ca = fs.readFileSync(certFile, 'utf8');
  const health = await httpsRequest({ port, ca }, { path: '/healthz' });
  assert.equal(health.status, 200);
  assert.deepEqual(health.json(), { status: 'ok', database: 'ok' });
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0, first.output());
  if (testEngine === 'pglite') assert.equal(fs.existsSync(path.join(dataDir, 'db', 'custos.lock')), false, 'the database lock is released');

  const second = await startServe(env);
  assert.equal(fs.readFileSync(certFile, 'utf8'), ca, 'the certificate is reused');
  assert.equal((await httpsRequest({ port, ca }, { path: '/healthz' })).status, 200);
  second.child.kill('SIGINT');
  assert.equal(await second.exited, 0, second.output());
});
