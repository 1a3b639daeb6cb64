// `custos admin create` and `custos admin list-outbox` as an operator runs them on a fresh
// installation: separate processes, configuration from the environment, on this suite's engine.
// The printed link is then accepted over HTTPS against the same data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { loadConfig } from '../config';
import { openCustos } from '../context';
import { publicKeyFileFor, readPublicKeys } from '../modules/audit/checkpoint-file';
import { verifyAudit } from '../modules/audit/verify-audit';
import { startAccountServer } from '../modules/identity/account.test-fixtures';
import { createTestBrowser, fakePassphrase } from '../modules/identity/login.test-fixtures';
import { runCustos } from '../../test/helpers/cli';
import { createTestDatabase, testEngine } from '../../test/helpers/db';


const custos = runCustos;

const linkOf = (text: string): string | undefined => /https:\/\/custos\.test\/accept-invitation#token=([A-Za-z0-9_]+)/.exec(text)?.[1];

describe(`custos admin (${testEngine})`, () => {
  let dataDir: string;
  let env: Record<string, string>;
  let dropDatabase = async (): Promise<void> => undefined;

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-admin-cli-'));
    env = { CUSTOS_DATA_DIR: dataDir, CUSTOS_PUBLIC_URL: 'https://custos.test', CUSTOS_LOG_LEVEL: 'silent' };
    if (testEngine === 'postgres') {
      // An empty database: the CLI migrates it, as on a first start.
      const tdb = await createTestDatabase('postgres');
      await tdb.db.schema.dropSchema('public').cascade().execute();
      await tdb.db.schema.createSchema('public').execute();
      env.DATABASE_URL = tdb.url!;
      dropDatabase = tdb.close;
    }
  });
  after(async () => {
    await dropDatabase().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses to run without an email address (usage error, exit 2)', async () => {
    const run = await custos(['admin', 'create'], env);
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /--email/);
  });

  const email = faker.internet.email().toLowerCase();
  const name = faker.person.fullName();
  let oldToken: string | undefined;
  let token: string;

  it('invites the first administrator on a fresh installation and prints a one-time link', async () => {
    const first = await custos(['admin', 'create', '--email', email, '--name', name], env);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /expires in 72 hours/);
    oldToken = linkOf(first.stdout);
    assert.ok(oldToken, first.stdout);
    // Asking again before it was used replaces the link.
    const second = await custos(['admin', 'create', '--email', email], env);
    assert.equal(second.code, 0, second.stderr);
    token = linkOf(second.stdout)!;
    assert.notEqual(token, oldToken);

    const outbox = await custos(['admin', 'list-outbox'], env);
    assert.equal(outbox.code, 0, outbox.stderr);
    assert.ok(outbox.stdout.includes(email));
    assert.ok(outbox.stdout.includes(token), 'the headless outbox shows the link');
  });

  it('the printed link works once over HTTPS; a second create for an active account is refused', async () => {
    assert.ok(token && oldToken, 'the previous test printed the links');
    const ctx = await openCustos(loadConfig(env));
    const server = await startAccountServer(ctx, { smtp: false });
    try {
      const admin = await ctx.db.selectFrom('users').selectAll().where('role', '=', 'admin').execute();
      assert.equal(admin.length, 1);
      assert.equal(admin[0]!.status, 'invited');
      const browser = createTestBrowser(server.server);
      const password = fakePassphrase();
      assert.equal((await browser.call('POST', '/api/v1/auth/invitations/accept', { token: oldToken, name, password })).status, 400, 'the replaced link');
      assert.equal((await browser.call('POST', '/api/v1/auth/invitations/accept', { token, name, password })).status, 204);
      assert.equal((await browser.call('POST', '/api/v1/auth/invitations/accept', { token, name, password })).status, 400, 'single use');
      const login = await browser.call('POST', '/api/v1/auth/login', { email, password });
      assert.deepEqual(login.json(), { status: 'mfa_enrollment_required' });
      await ctx.flushAudit();
      const invited = await ctx.db.selectFrom('audit_log').select(['actor_id', 'actor_role', 'reason']).where('action', '=', 'user.invited').execute();
      assert.deepEqual(invited[0], { actor_id: null, actor_role: 'system', reason: 'cli_admin_create' });
    } finally {
      await server.close();
      await ctx.close();
    }

    const again = await custos(['admin', 'create', '--email', email], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
  });

  it('leaves an audit log that `custos audit verify` accepts', async () => {
    const run = await custos(['audit', 'verify'], env);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const ctx = await openCustos(loadConfig(env));
    try {
      await ctx.flushAudit();
      const result = await verifyAudit({ db: ctx.db, checkpointFile: ctx.config.auditCheckpointFile, publicKeys: await readPublicKeys(publicKeyFileFor(ctx.config.auditCheckpointFile)) });
      assert.equal(result.ok, true, JSON.stringify(result.failure));
      assert.ok(result.entriesChecked >= 4);
    } finally {
      await ctx.close();
    }
  });
});
