import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, testEngine, type TestDatabase } from '../helpers/db';
import { httpsRequest } from './harness';

// `custos serve` as a person runs it: a fresh data folder, the real bin, real signals.

const root = path.resolve(import.meta.dirname, '../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-serve-test-'));
let tdb: TestDatabase | undefined;
after(async () => {
  await tdb?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Started {
  child: ChildProcess;
  stdout: () => string;
  exited: Promise<number | null>;
}

async function startServe(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['bin/custos.mjs', 'serve'], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  while (!/Custos is listening on/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`serve did not start:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, stdout: () => out, exited };
}

test('custos serve starts on a fresh data folder, answers /healthz, stops on SIGTERM, and reuses its certificate', async () => {
  const port = await freePort();
  const env: Record<string, string> = { CUSTOS_DATA_DIR: dataDir, CUSTOS_PORT: String(port), CUSTOS_HOST: '127.0.0.1', CUSTOS_LOG_LEVEL: 'warn', CUSTOS_ENV: 'development' };
  if (testEngine === 'postgres') {
    tdb = await createTestDatabase('postgres');
    env.DATABASE_URL = tdb.url!;
  }
  const certFile = path.join(dataDir, 'tls', 'localhost.crt');

  const first = await startServe(env);
  assert.match(first.stdout(), new RegExp(`Custos is listening on https://localhost:${port} \\(started in [\\d.]+ s\\)`));
  const ca = fs.readFileSync(certFile, 'utf8');
  const health = await httpsRequest({ port, ca }, { path: '/healthz' });
  assert.equal(health.status, 200);
  assert.deepEqual(health.json(), { status: 'ok', database: 'ok' });
  first.child.kill('SIGTERM');
  assert.equal(await first.exited, 0, first.stdout());
  if (testEngine === 'pglite') assert.equal(fs.existsSync(path.join(dataDir, 'db', 'custos.lock')), false, 'the database lock is released');

  const second = await startServe(env);
  assert.equal(fs.readFileSync(certFile, 'utf8'), ca, 'the certificate is reused');
  assert.equal((await httpsRequest({ port, ca }, { path: '/healthz' })).status, 200);
  second.child.kill('SIGINT');
  assert.equal(await second.exited, 0, second.stdout());
});
