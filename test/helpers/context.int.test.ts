import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testEngine } from './db';
import { createTestClock, createTestContext, type TestContext } from './context';

describe(`test context helper (${testEngine})`, () => {
  const clock = createTestClock();
  let first: TestContext;
  let second: TestContext;
  before(async () => {
    first = await createTestContext({ clock });
    second = await createTestContext({ clock, shareWith: first });
  });
  after(async () => {
    await second.close();
    await first.close();
  });

  it('gives two instances one database, one organization and one key file, with a shared audit chain', async () => {
    assert.equal(second.ctx.defaultOrganization.id, first.ctx.defaultOrganization.id);
    assert.equal(first.ctx.clock.now().getTime(), clock.now().getTime());
    const entry = { organizationId: first.ctx.defaultOrganization.id, actorRole: 'system', action: 'test.helper', resourceType: 'test', purpose: 'operations', outcome: 'allow' as const, details: { n: 1 } };
    await first.ctx.audit.appendAudit(first.ctx.db, entry);
    await second.ctx.audit.appendAudit(second.ctx.db, { ...entry, details: { n: 2 } });
    clock.advance(5_000);
    await second.ctx.flushAudit();
    const page = await first.ctx.audit.queryAudit(first.ctx.db, { organizationId: first.ctx.defaultOrganization.id, action: 'test.helper' });
    assert.equal(page.entries.length, 2);
    // Details sealed by one instance open in the other: same key file, same organization key.
    const details = await first.ctx.audit.readAuditDetails(first.ctx.db, { organizationId: first.ctx.defaultOrganization.id, id: page.entries[0]!.id });
    assert.ok(details && typeof details.n === 'number');
    const result = await first.verifyAudit();
    assert.equal(result.ok, true, JSON.stringify(result.failure));
    assert.equal(result.entriesChecked, 2);
  });
});
