import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase, testEngine, type TestDatabase } from './helpers/db';

describe(`database (${testEngine})`, () => {
  let tdb: TestDatabase;
  before(async () => {
    tdb = await createTestDatabase();
  });
  after(() => tdb.close());

  it('runs on the engine the suite asked for', async () => {
    const { rows } = await sql<{ v: string }>`select version() as v`.execute(tdb.db);
    assert.match(rows[0]!.v, /PostgreSQL/);
    assert.equal(tdb.engine, testEngine);
    // PGlite reports itself as a wasm build; a real server does not.
    assert.equal(/wasm|emscripten/i.test(rows[0]!.v), testEngine === 'pglite');
  });

  it('returns bytea as bytes and int8 as numbers on both engines', async () => {
    const { rows } = await sql<{ b: Uint8Array; n: number }>`select '\\x0102ff'::bytea as b, 9007199254740991::int8 as n`.execute(tdb.db);
    assert.deepEqual(Buffer.from(rows[0]!.b), Buffer.from([1, 2, 255]));
    assert.equal(rows[0]!.n, 9007199254740991);
  });
});
