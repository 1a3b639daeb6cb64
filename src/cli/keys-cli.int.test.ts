// `custos keys` as an operator runs it: rotation on a live installation keeps every value
// readable, and each key operation lands in the audit log, which still verifies.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createCliTestEnv, runCustos, type CliTestEnv } from '../../test/helpers/cli';
import { openDatabase } from '../db/client';
import { testEngine } from '../../test/helpers/db';

describe(`custos keys (${testEngine})`, () => {
  let cli: CliTestEnv;
  let env: Record<string, string>;
  let dataDir: string;

  before(async () => {
    cli = await createCliTestEnv('custos-keys-cli-');
    ({ env } = cli);
    dataDir = env.CUSTOS_DATA_DIR!;
  });
  after(() => cli.close());

  it('rotates keys, keeps encrypted values readable, and audits each operation', async () => {
    const email = faker.internet.email().toLowerCase();
    const created = await runCustos(['admin', 'create', '--email', email], env);
    assert.equal(created.code, 0, created.stderr);

    const rotated = await runCustos(['keys', 'rotate', '--grace-seconds', '0'], env);
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(rotated.stdout, /rotation to KEK v2/);

    const status = await runCustos(['keys', 'status', '--json'], env);
    assert.equal(status.code, 0, status.stderr);
    const s = JSON.parse(status.stdout) as { currentKekVersion: number; lastRotation: { status: string } };
    assert.equal(s.currentKekVersion, 2);
    assert.equal(s.lastRotation.status, 'done');

    const sweep = await runCustos(['keys', 'sweep'], env);
    assert.equal(sweep.code, 0, sweep.stderr);
    assert.match(sweep.stdout, /nothing to sweep/);

    // The invitation mail was re-encrypted under the new keys: the outbox still reads.
    const outbox = await runCustos(['admin', 'list-outbox'], env);
    assert.equal(outbox.code, 0, outbox.stderr);
    assert.ok(outbox.stdout.includes(email), 'the re-encrypted outbox mail still decrypts');

    const verify = await runCustos(['audit', 'verify', '--json'], env);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    const result = JSON.parse(verify.stdout) as { ok: boolean; lastSeq: number };
    assert.equal(result.ok, true);
    const handle = await openDatabase(env.DATABASE_URL ? { engine: 'postgres', url: env.DATABASE_URL } : { engine: 'pglite', dataDir: path.join(dataDir, 'db') });
    try {
      const rows = await handle.db.selectFrom('audit_log').select(['seq', 'action', 'actor_role', 'outcome']).orderBy('seq').execute();
      // The empty sweep records nothing.
      assert.deepEqual(
        rows.map((r) => r.action),
        ['user.invited', 'key.rotate', 'mail.outbox_listed'],
      );
      assert.equal(result.lastSeq, rows.length);
      assert.deepEqual(rows[1], { seq: 2, action: 'key.rotate', actor_role: 'system', outcome: 'allow' });
    } finally {
      await handle.close();
    }
  });
});
