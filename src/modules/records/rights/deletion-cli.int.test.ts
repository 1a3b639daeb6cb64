// `custos patients complete-deletions` as an operator runs it, on PGlite (a data directory) or
// PostgreSQL: a pending request whose hold was lifted is completed once (a second run finds
// nothing), one still held stays pending, the output is counts only and the audit chain verifies.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../config';
import { openCustos } from '../../../context';
import { createCliTestEnv, runCustos, type CliTestEnv } from '../../../../test/helpers/cli';
import { testEngine } from '../../../../test/helpers/db';
import { createUser } from '../../../../test/fixtures/identity-fixtures';
import { findPatientRow } from '../patients.repo';
import { LEGAL_HOLD_TABLE } from './holds.service';
import { insertDeletionRequest, insertLegalHold } from './rights.repo';

describe(`custos patients complete-deletions (${testEngine})`, () => {
  let cli: CliTestEnv;
  let env: Record<string, string>;

  before(async () => {
    cli = await createCliTestEnv('custos-deletions-cli-', 'info');
    ({ env } = cli);
  });
  after(() => cli.close());

  it('completes a request nothing blocks any more, once; a held one stays pending', async () => {
    // Two patients whose requests wait: one for a hold lifted since, one for a hold still in place.
    const ctx = await openCustos(loadConfig(env));
    let freed: string;
    let held: string;
    try {
      const organizationId = ctx.defaultOrganization.id;
      const now = ctx.clock.now();
      const pending = async () => {
        const user = await createUser(ctx, { role: 'patient' });
        await insertDeletionRequest(ctx.db, { id: randomUUID(), organization_id: organizationId, patient_id: user.patientId!, status: 'pending', requested_by: user.id, requested_at: now, completed_at: null, receipt: null, blocked_by: 'legal_hold', earliest_at: null });
        return user;
      };
      freed = (await pending()).patientId!;
      const heldUser = await pending();
      held = heldUser.patientId!;
      const officer = await createUser(ctx, { role: 'compliance_officer' });
      const holdId = randomUUID();
      const reason_ct = await ctx.crypto.encryptForSubject(ctx.db, { organizationId, subjectId: held, table: LEGAL_HOLD_TABLE, column: 'reason_ct', rowId: holdId }, Buffer.from('Litigation LH-9', 'utf8'));
      await insertLegalHold(ctx.db, { id: holdId, organization_id: organizationId, patient_id: held, reason_ct, placed_by: officer.id, placed_at: now });
      await ctx.flushAudit();
    } finally {
      await ctx.close();
    }

    const first = await runCustos(['patients', 'complete-deletions', '--json'], env);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(JSON.parse(first.stdout), { completed: 1, stillPending: 1, skipped: 0, failed: 0 });
    const second = await runCustos(['patients', 'complete-deletions'], env);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /^0 completed, 1 still pending, 0 skipped, 0 failed/);
    assert.doesNotMatch(first.stdout + first.stderr + second.stdout + second.stderr, new RegExp(`${freed}|${held}`), 'no patient ids in the output');
    assert.equal((await runCustos(['patients', 'nonsense'], env)).code, 2);

    const check = await openCustos(loadConfig(env));
    try {
      assert.equal((await findPatientRow(check.db, freed))?.status, 'deleted');
      assert.equal((await findPatientRow(check.db, held))?.status, 'active');
    } finally {
      await check.close();
    }
    const verify = await runCustos(['audit', 'verify'], env);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
  });
});
