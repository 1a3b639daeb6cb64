import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, testEngine, type TestDatabase } from '../../../test/helpers/db';
import { ensureDefaultOrganization } from './organizations.service';
import { listOrganizations } from './organizations.repo';

describe(`default organization (${testEngine})`, () => {
  let tdb: TestDatabase;
  before(async () => {
    tdb = await createTestDatabase();
  });
  after(() => tdb.close());

  it('is created once, even when several starts race', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => ensureDefaultOrganization(tdb.db)));
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.equal(new Set(results.map((r) => r.organization.id)).size, 1);
    const again = await ensureDefaultOrganization(tdb.db);
    assert.equal(again.created, false);
    assert.equal((await listOrganizations(tdb.db)).length, 1);
  });
});
