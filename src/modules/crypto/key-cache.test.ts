import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKeyCache } from './key-cache';

const fakeClock = (start = 1_000) => {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
};

test('entries expire after the TTL', () => {
  const clock = fakeClock();
  const cache = createKeyCache<string>({ clock, ttlMs: 100, maxEntries: 10 });
  cache.set('a', 'A');
  clock.advance(99);
  assert.equal(cache.get('a'), 'A');
  clock.advance(1);
  assert.equal(cache.get('a'), undefined);
  assert.equal(cache.size, 0);
});

test('reading does not extend the TTL', () => {
  const clock = fakeClock();
  const cache = createKeyCache<string>({ clock, ttlMs: 100, maxEntries: 10 });
  cache.set('a', 'A');
  for (let i = 0; i < 5; i++) {
    clock.advance(30);
    cache.get('a');
  }
  assert.equal(cache.get('a'), undefined);
});

test('the size bound evicts the oldest insertion; setting a key again renews it', () => {
  const cache = createKeyCache<number>({ clock: fakeClock(), ttlMs: 1000, maxEntries: 3 });
  cache.set('a', 1);
  cache.set('b', 2);
  cache.set('c', 3);
  cache.set('a', 10); // a is now the newest insertion
  cache.set('d', 4);
  assert.equal(cache.size, 3);
  assert.equal(cache.get('b'), undefined);
  assert.equal(cache.get('a'), 10);
  assert.equal(cache.get('c'), 3);
  assert.equal(cache.get('d'), 4);
  cache.set('e', 5);
  assert.equal(cache.get('c'), undefined);
});

test('delete, deletePrefix and clear', () => {
  const cache = createKeyCache<number>({ clock: fakeClock(), ttlMs: 1000, maxEntries: 100 });
  for (const k of ['org1/a', 'org1/b', 'org2/a', 'org10/a']) cache.set(k, 1);
  cache.deletePrefix('org1/');
  assert.deepEqual(['org1/a', 'org1/b', 'org2/a', 'org10/a'].map((k) => cache.get(k)), [undefined, undefined, 1, 1]);
  cache.delete('org2/a');
  assert.equal(cache.get('org2/a'), undefined);
  cache.clear();
  assert.equal(cache.size, 0);
});

test('a TTL or size of zero disables caching', () => {
  for (const o of [{ ttlMs: 0, maxEntries: 10 }, { ttlMs: 100, maxEntries: 0 }]) {
    const cache = createKeyCache<number>({ clock: fakeClock(), ...o });
    cache.set('a', 1);
    assert.equal(cache.get('a'), undefined);
  }
});
