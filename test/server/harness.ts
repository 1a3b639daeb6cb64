import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import type { Db } from '../../src/db/client';
import { buildApp, startServer, type TApp } from '../../src/server/app';
import { createLogger, type LogLevel } from '../../src/server/logger';

export interface TestServer {
  app: TApp;
  port: number;
  /** PEM of the server's self-signed certificate, to trust it as the only CA. */
  ca: string;
  dataDir: string;
  /** Every log line written so far, raw. */
  lines: string[];
  close(): Promise<void>;
}

/**
 * The real app over real HTTPS on 127.0.0.1 and a free port, logging into `lines`.
 *
 * @example
 *   const server = await startTestServer({ db: tdb.db });
 *   const res = await httpsRequest(server, { path: '/healthz' });
 */
export async function startTestServer(options: {
  db: Db;
  registerRoutes?: (app: TApp) => void | Promise<void>;
  level?: LogLevel;
}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-server-test-'));
  const config = loadConfig({ CUSTOS_ENV: 'test', CUSTOS_DATA_DIR: dataDir, CUSTOS_HOST: '127.0.0.1' });
  const lines: string[] = [];
  const logger = createLogger({ level: options.level ?? 'info', destination: { write: (line: string) => void lines.push(line) } });
  const app = await buildApp({ config, logger, deps: { db: options.db }, ...(options.registerRoutes ? { registerRoutes: options.registerRoutes } : {}) });
  const { port } = await startServer(app, { host: '127.0.0.1', port: 0 });
  const ca = fs.readFileSync(path.join(dataDir, 'tls', 'localhost.crt'), 'utf8');
  return {
    app,
    port,
    ca,
    dataDir,
    lines,
    close: async () => {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/**
 * One HTTPS request that trusts only the server's certificate (verification stays on).
 * `path` is sent as given, so tests can send raw, oddly encoded paths.
 */
export function httpsRequest(
  server: Pick<TestServer, 'port' | 'ca'>,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<TestResponse> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        servername: 'localhost',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
        ca: server.ca,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: <T>() => JSON.parse(text) as T });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The parsed JSON log lines. */
export function parseLines(lines: readonly string[]): Array<Record<string, unknown>> {
  return lines.flatMap((l) => l.split('\n')).filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}
