import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planCheckpointRanges } from './sequence-pending';

const at = new Date('2025-03-01T09:00:00.000Z');
const plan = (headSeq: number, checkpointSeq: number, elapsedMs: number) =>
  planCheckpointRanges({ headSeq, checkpointSeq, checkpointAt: at, now: new Date(at.getTime() + elapsedMs), everyEntries: 1000, everyMs: 1000 });

describe('checkpoint planning', () => {
  it('seals one checkpoint per full block of entries', () => {
    assert.deepEqual(plan(2500, 0, 10), [
      { from: 0, to: 1000 },
      { from: 1000, to: 2000 },
    ]);
    assert.deepEqual(plan(999, 0, 10), []);
    assert.deepEqual(plan(1000, 0, 0), [{ from: 0, to: 1000 }]);
  });

  it('seals the remainder once the interval has passed, and nothing without new entries', () => {
    assert.deepEqual(plan(2500, 0, 1000), [
      { from: 0, to: 1000 },
      { from: 1000, to: 2000 },
      { from: 2000, to: 2500 },
    ]);
    assert.deepEqual(plan(1, 0, 999), []);
    assert.deepEqual(plan(1, 0, 1000), [{ from: 0, to: 1 }]);
    assert.deepEqual(plan(500, 500, 60_000), []);
  });
});
