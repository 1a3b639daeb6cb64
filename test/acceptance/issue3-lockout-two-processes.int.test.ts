// Issue 3 acceptance, "an account locks after repeated failures, and the lockout holds when requests
// alternate between two server instances on one PostgreSQL", with the instances as separate OS
// processes: two real `custos serve` on one PostgreSQL database and one key file, sign-in attempts
// alternating between them over real HTTPS. (throttle.int.test.ts covers the same with two
// instances inside one process.) PostgreSQL only: the embedded database is single-process.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/client';
import { THROTTLE_RULES } from '../../src/modules/identity/throttle';
import { createCliTestEnv, freePort, runCustos, startServe, type CliTestEnv, type Serving } from '../helpers/cli';
import { testEngine } from '../helpers/db';
import { httpsRequest, type TestResponse } from '../server/harness';

describe('issue 3: lockout across two server processes on one PostgreSQL', { skip: testEngine !== 'postgres' && 'PGlite is single-process' }, () => {
  let cli: CliTestEnv;
  const servers: (Serving & { port: number })[] = [];
  let ca: string;
  before(async () => {
    cli = await createCliTestEnv('custos-issue3-lockout-', 'warn');
    // The first process creates the key file and certificate; the second reuses them.
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      servers.push({ port, ...(await startServe({ ...cli.env, CUSTOS_PORT: String(port), CUSTOS_HOST: '127.0.0.1' })) });
    }
    ca = fs.readFileSync(path.join(cli.env.CUSTOS_DATA_DIR!, 'tls', 'localhost.crt'), 'utf8');
  });
  after(async () => {
    for (const s of servers) {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    await cli?.close();
  });

  const post = (i: number, p: string, body: unknown): Promise<TestResponse> =>
    httpsRequest({ port: servers[i % 2]!.port, ca }, { method: 'POST', path: `/api/v1/auth${p}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('failures alternating between the processes lock the account on both, and the lockout is audited once', async () => {
    assert.notEqual(servers[0]!.child.pid, servers[1]!.child.pid);
    const patient = {
      name: `${faker.person.firstName()} ${faker.person.lastName()}`,
      email: faker.internet.email({ provider: 'example.org' }).toLowerCase(),
      dateOfBirth: faker.date.birthdate({ min: 20, max: 80, mode: 'age' }).toISOString().slice(0, 10),
      password: `${faker.lorem.word()} harbor ${faker.lorem.word()} meadow ${faker.number.int({ min: 10, max: 99 })}`,
    };
    assert.equal((await post(0, '/register', patient)).status, 202);

    const { maxFailures } = THROTTLE_RULES.account;
    const statuses: number[] = [];
    for (let i = 0; i < maxFailures; i++) statuses.push((await post(i, '/login', { email: patient.email, password: 'not the right passphrase' })).status);
    assert.deepEqual(statuses.slice(0, -1), Array(maxFailures - 1).fill(401), `statuses: ${statuses.join(',')}`);
    assert.equal(statuses.at(-1), 429, `the failure that reaches the limit answers with the lockout: ${statuses.join(',')}`);

    // The right password is refused on both processes while locked, with when to retry.
    for (const i of [0, 1]) {
      const res = await post(i, '/login', { email: patient.email, password: patient.password });
      assert.equal(res.status, 429, `process ${i}: ${res.text}`);
      assert.equal(res.json().code, 'rate_limited');
      assert.match(res.json<{ message: string }>().message, /Try again in \d+ minutes?/);
      assert.ok(Number(res.headers['retry-after']) > 0);
    }

    const handle = await openDatabase({ engine: 'postgres', url: cli.databaseUrl! });
    try {
      // Entries are appended by either process and sequenced in the background: wait for them.
      const deadline = Date.now() + 30_000;
      let lockouts = 0;
      let failures = 0;
      while (Date.now() < deadline) {
        const rows = await sql<{ action: string; n: number }>`select action, count(*)::int as n from (
          select action from audit_log union all select action from audit_pending) a group by action`.execute(handle.db);
        const count = Object.fromEntries(rows.rows.map((r) => [r.action, r.n]));
        lockouts = count['auth.lockout'] ?? 0;
        failures = count['auth.login_failed'] ?? 0;
        if (lockouts >= 1 && failures >= maxFailures) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      assert.equal(lockouts, 1, 'one lockout, audited once, though two processes counted');
      assert.ok(failures >= maxFailures, `failed sign-ins audited: ${failures}`);
    } finally {
      await handle.close();
    }
  });

  it('`custos audit verify` passes over what both processes wrote', async () => {
    for (const s of servers.splice(0)) {
      s.child.kill('SIGTERM');
      assert.equal(await s.exited, 0, s.output());
    }
    const verify = await runCustos(['audit', 'verify'], cli.env);
    assert.equal(verify.code, 0, `${verify.stdout}\n${verify.stderr}`);
    assert.match(verify.stdout, /Audit log intact: \d+ entries/);
  });
});
