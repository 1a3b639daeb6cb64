#!/usr/bin/env node
// `npm test`: unit tests, then the integration tests once on embedded PGlite and once on a real
// PostgreSQL (127.0.0.1:5432 unless CUSTOS_TEST_PG_URL says otherwise), both runs at the same time.
// Writes test-results/<suite>.json; .ci/run checks that the PostgreSQL suite really ran.
//
//   npm test                      everything
//   npm test -- crypto audit      only test files whose path contains one of the words
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const filters = process.argv.slice(2);
const files = ['src', 'test', 'bench']
  .flatMap((dir) => walk(path.join(root, dir)))
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .map((f) => path.relative(root, f))
  .sort();
const integration = files.filter((f) => /\.(int|e2e)\.test\.ts$/.test(f));
const unit = files.filter((f) => !integration.includes(f));

function walk(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p) : [p];
  });
}

async function postgresReachable() {
  const url = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch (error) {
    console.error(`PostgreSQL at ${url} is not reachable: ${error.message}`);
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function runSuite(name, suiteFiles, env) {
  if (suiteFiles.length === 0) return Promise.resolve({ name, pass: 0, fail: 0, code: 0 });
  const tap = path.join(resultsDir, `${name}.tap`);
  const args = [
    '--import', 'tsx',
    '--test', '--test-concurrency=2', '--test-timeout=180000',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`,
    ...suiteFiles,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${name}] `;
    const pipe = (stream, out) => {
      let buf = '';
      stream.on('data', (d) => {
        buf += d;
        const lines = buf.split('\n');
        buf = lines.pop();
        for (const line of lines) out.write(prefix + line + '\n');
      });
      stream.on('end', () => buf && out.write(prefix + buf + '\n'));
    };
    pipe(child.stdout, process.stdout);
    pipe(child.stderr, process.stderr);
    child.on('close', (code) => {
      const text = fs.existsSync(tap) ? fs.readFileSync(tap, 'utf8') : '';
      const count = (k) => Number(text.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
      const result = { name, pass: count('pass'), fail: count('fail'), cancelled: count('cancelled'), code };
      fs.writeFileSync(path.join(resultsDir, `${name}.json`), JSON.stringify(result) + '\n');
      resolve(result);
    });
  });
}

const suites = [runSuite('unit+pglite', [...unit, ...integration], { CUSTOS_TEST_DB: 'pglite' })];
let postgresOk = integration.length === 0 || (await postgresReachable());
if (postgresOk && integration.length > 0) {
  suites.push(runSuite('postgres', integration.filter((f) => !f.endsWith('.e2e.test.ts')), { CUSTOS_TEST_DB: 'postgres' }));
}
const results = await Promise.all(suites);
let pass = 0;
let fail = 0;
for (const r of results) {
  pass += r.pass;
  fail += r.fail + (r.cancelled ?? 0);
  console.log(`suite ${r.name}: ${r.pass} passed, ${r.fail} failed${r.cancelled ? `, ${r.cancelled} cancelled` : ''} (exit ${r.code})`);
  if (r.code !== 0 && r.fail === 0) fail += 1; // a crash outside any test still fails the run
}
if (!postgresOk) {
  console.error('The PostgreSQL suite did not run: start PostgreSQL or set CUSTOS_TEST_PG_URL.');
  fail += 1;
}
console.log(`tests: ${pass} passed, ${fail} failed`);
process.exit(fail === 0 && pass > 0 ? 0 : 1);
