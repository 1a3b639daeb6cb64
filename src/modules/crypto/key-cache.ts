// A small in-memory cache of unwrapped keys: bounded in size and age, so a key stays in memory only
// briefly and a shred or rotation in another instance takes effect within the TTL. Evicted keys are
// not overwritten: a caller may still hold one across an await, and encrypting under zeroed bytes
// would lose data; the garbage collector reclaims them.
import type { Clock } from './crypto.types';

export interface KeyCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  delete(key: string): void;
  /** Drops every entry whose key starts with the prefix (e.g. one organization). */
  deletePrefix(prefix: string): void;
  clear(): void;
  readonly size: number;
}

export interface KeyCacheOptions {
  clock: Clock;
  ttlMs: number;
  maxEntries: number;
}

/**
 * A cache with a time-to-live counted from insertion; when full, the oldest insertion goes first.
 * (No least-recently-used reordering: it would cost a Map delete and insert on every hit, on the
 * hot path of every field encryption, and the TTL already bounds how long anything stays.)
 *
 * @example
 *   const cache = createKeyCache<FieldKey>({ clock: Date, ttlMs: 60_000, maxEntries: 10_000 });
 */
export function createKeyCache<V>(o: KeyCacheOptions): KeyCache<V> {
  const entries = new Map<string, { value: V; expiresAt: number }>();
  const evict = (key: string): void => {
    entries.delete(key);
  };
  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (o.clock.now() >= entry.expiresAt) {
        evict(key);
        return undefined;
      }
      return entry.value;
    },
    set(key, value) {
      if (o.ttlMs <= 0 || o.maxEntries <= 0) return;
      entries.delete(key);
      entries.set(key, { value, expiresAt: o.clock.now() + o.ttlMs });
      while (entries.size > o.maxEntries) evict(entries.keys().next().value as string);
    },
    delete: evict,
    deletePrefix(prefix) {
      for (const key of [...entries.keys()]) if (key.startsWith(prefix)) evict(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
