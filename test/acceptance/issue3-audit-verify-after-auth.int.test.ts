// Issue 3 acceptance, "`custos audit verify` passes after the whole suite", tried as an operator
// would: the real `custos admin create` and `custos serve` processes on a fresh data folder (or a
// fresh PostgreSQL database), authentication traffic over real HTTPS (registration, a duplicate
// registration, failed sign-ins up to a lockout, an unknown account), the server stopped, then the
// real `custos audit verify` command: it must exit 0 over a log holding those events.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/client';
import { THROTTLE_RULES } from '../../src/modules/identity/throttle';
import { createCliTestEnv, freePort, runCustos, startServe, type CliTestEnv } from '../helpers/cli';
import { testEngine } from '../helpers/db';
import { httpsRequest, type TestResponse } from '../server/harness';

describe(`issue 3: custos audit verify passes after authentication traffic on a real server (${testEngine})`, () => {
  let cli: CliTestEnv;
  let env: Record<string, string>;
  let port: number;
  before(async () => {
    cli = await createCliTestEnv('custos-issue3-verify-', 'warn');
    port = await freePort();
    env = { ...cli.env, CUSTOS_PORT: String(port), CUSTOS_HOST: '127.0.0.1', CUSTOS_PUBLIC_URL: `https://localhost:${port}` };
  });
  after(() => cli?.close());

  it('admin create, registration, failed sign-ins and a lockout leave a log that `custos audit verify` passes', async () => {
    // Before the first start (PGlite: one process at a time), as the README says.
    const invite = await runCustos(['admin', 'create', '--email', faker.internet.email({ provider: 'example.org' }).toLowerCase()], env);
    assert.equal(invite.code, 0, invite.stderr);
    assert.match(invite.stdout, /accept-invitation#token=cus_inv_/);

    const serving = await startServe(env);
    try {
      const ca = fs.readFileSync(path.join(env.CUSTOS_DATA_DIR!, 'tls', 'localhost.crt'), 'utf8');
      const post = (p: string, body: unknown): Promise<TestResponse> =>
        httpsRequest({ port, ca }, { method: 'POST', path: `/api/v1/auth${p}`, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

      const patient = {
        name: `${faker.person.firstName()} ${faker.person.lastName()}`,
        email: faker.internet.email({ provider: 'example.org' }).toLowerCase(),
        dateOfBirth: faker.date.birthdate({ min: 20, max: 80, mode: 'age' }).toISOString().slice(0, 10),
        password: `${faker.lorem.word()} lantern ${faker.lorem.word()} orbit ${faker.number.int({ min: 10, max: 99 })}`,
      };
      assert.equal((await post('/register', patient)).status, 202);
      assert.equal((await post('/register', patient)).status, 202, 'a known address answers like a new one');
      const { maxFailures } = THROTTLE_RULES.account;
      const statuses: number[] = [];
      for (let i = 0; i < maxFailures + 1; i++) statuses.push((await post('/login', { email: patient.email, password: 'not the right passphrase' })).status);
      assert.equal(statuses.at(-1), 429, `locked out after repeated failures: ${statuses.join(',')}`);
      assert.equal((await post('/login', { email: faker.internet.email({ provider: 'example.org' }), password: 'whatever it is here' })).status, 401);
      assert.equal((await post('/logout', {})).status < 500, true);
    } finally {
      serving.child.kill('SIGTERM');
      assert.equal(await serving.exited, 0, serving.output());
    }

    const verify = await runCustos(['audit', 'verify'], env);
    assert.equal(verify.code, 0, `${verify.stdout}\n${verify.stderr}`);
    const intact = /Audit log intact: (\d+) entries/.exec(verify.stdout);
    assert.ok(intact, verify.stdout);

    // The log the command passed holds the events above (read after the command, engine as configured).
    const handle = env.DATABASE_URL
      ? await openDatabase({ engine: 'postgres', url: env.DATABASE_URL })
      : await openDatabase({ engine: 'pglite', dataDir: path.join(env.CUSTOS_DATA_DIR!, 'db') });
    try {
      const rows = await sql<{ action: string; n: number }>`select action, count(*)::int as n from audit_log group by action`.execute(handle.db);
      const count = Object.fromEntries(rows.rows.map((r) => [r.action, r.n]));
      for (const action of ['user.invited', 'user.registered', 'auth.login_failed', 'auth.lockout']) assert.ok((count[action] ?? 0) >= 1, `${action} in ${JSON.stringify(count)}`);
      const total = rows.rows.reduce((s, r) => s + r.n, 0);
      assert.equal(Number(intact[1]), total, 'verify checked every entry');
    } finally {
      await handle.close();
    }

    // And the command can fail: one edited entry makes it exit 1.
    const again = env.DATABASE_URL
      ? await openDatabase({ engine: 'postgres', url: env.DATABASE_URL })
      : await openDatabase({ engine: 'pglite', dataDir: path.join(env.CUSTOS_DATA_DIR!, 'db') });
    try {
      await again.db.transaction().execute(async (trx) => {
        await sql`alter table audit_log disable trigger user`.execute(trx);
        await sql`update audit_log set reason = 'edited afterwards' where seq = (select min(seq) from audit_log where action = 'auth.lockout')`.execute(trx);
        await sql`alter table audit_log enable trigger user`.execute(trx);
      });
    } finally {
      await again.close();
    }
    const broken = await runCustos(['audit', 'verify'], env);
    assert.equal(broken.code, 1, broken.stdout);
    assert.match(broken.stdout, /AUDIT LOG INTEGRITY FAILURE at seq \d+ \(edited\)/);
  });
});
