// Runs the `custos` command as an operator would: a separate process, configuration only from
// the environment given (none of this process's CUSTOS_* or DATABASE_URL leaks in).
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, testEngine } from './db';

const root = path.resolve(import.meta.dirname, '../..');

/** This process's environment without its Custos settings, plus the given ones. */
function operatorEnv(env: Record<string, string>): Record<string, string | undefined> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CUSTOS_') && k !== 'DATABASE_URL'));
  return { ...base, ...env };
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * @example
 *   const run = await runCustos(['audit', 'verify'], { CUSTOS_DATA_DIR: dir });
 *   assert.equal(run.code, 0, run.stderr);
 */
export function runCustos(args: string[], env: Record<string, string>): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/custos.mjs', ...args], { cwd: root, env: operatorEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface CliTestEnv {
  /** A fresh temporary folder; the data directory is `<dir>/data`. */
  dir: string;
  /** The environment for runCustos: data directory, public URL, log level, and DATABASE_URL on PostgreSQL. */
  env: Record<string, string>;
  /** The PostgreSQL database's URL on that engine, else undefined. */
  databaseUrl: string | undefined;
  /** Drops the database and removes the folder. */
  close(): Promise<void>;
}

/**
 * A place for a CLI test to run `custos` in, on the engine under test (CUSTOS_TEST_DB).
 *
 * @example
 *   let cli: CliTestEnv;
 *   before(async () => (cli = await createCliTestEnv('custos-keys-cli-')));
 *   after(() => cli.close());
 */
export async function createCliTestEnv(prefix: string, logLevel = 'silent'): Promise<CliTestEnv> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const env: Record<string, string> = { CUSTOS_DATA_DIR: path.join(dir, 'data'), CUSTOS_PUBLIC_URL: 'https://custos.test', CUSTOS_LOG_LEVEL: logLevel };
  const database = testEngine === 'postgres' ? await createTestDatabase('postgres') : undefined;
  if (database) env.DATABASE_URL = database.url!;
  return {
    dir,
    env,
    databaseUrl: database?.url,
    close: async () => {
      await database?.close().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface Serving {
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr. */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * `custos serve` in its own process, resolved once it says it is listening (killed if it exits
 * first or takes longer than two minutes).
 *
 * @example
 *   const serving = await startServe({ ...cli.env, CUSTOS_PORT: String(await freePort()) });
 *   serving.child.kill('SIGTERM');
 *   await serving.exited;
 */
export async function startServe(env: Record<string, string>): Promise<Serving> {
  const child = spawn(process.execPath, ['bin/custos.mjs', 'serve'], { cwd: root, env: operatorEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 120_000;
  while (!/Custos is listening on/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`serve did not start:\n${out}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => out, exited };
}
