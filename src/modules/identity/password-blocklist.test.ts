import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createPasswordBlocklist, defaultBlocklistFile, normalizeEntry } from './password-blocklist';

describe('password blocklist (shipped list)', () => {
  const blocklist = createPasswordBlocklist();
  const lines = zlib
    .gunzipSync(fs.readFileSync(defaultBlocklistFile()))
    .toString('utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

  it('holds at least 100,000 distinct entries', () => {
    assert.ok(blocklist.size() >= 100_000, `only ${blocklist.size()} entries`);
    // Distinct after case folding, so never more than the file's lines.
    assert.ok(blocklist.size() <= lines.length);
  });

  it('finds entries sampled at random from the data file, whatever their case', () => {
    for (let i = 0; i < 2000; i++) {
      const entry = lines[randomInt(lines.length)]!;
      assert.ok(blocklist.has(entry), `entry #${i} not found`);
      // Upper-casing is not reversible for a few letters (ß → SS); those are checked as they are.
      const upper = entry.toUpperCase();
      if (upper.toLowerCase() === entry.toLowerCase()) assert.ok(blocklist.has(upper), `entry #${i} upper-cased not found`);
    }
  });

  it('knows the classics, in any case or width', () => {
    for (const p of ['password', 'PASSWORD', 'Password', '123456', 'qwerty', 'iloveyou', 'ＰＡＳＳＷＯＲＤ']) {
      assert.ok(blocklist.has(p));
    }
  });

  it('lets random passphrases and random strings through', () => {
    faker.seed(6238);
    let hits = 0;
    for (let i = 0; i < 2000; i++) {
      if (blocklist.has(faker.word.words(4))) hits++;
      if (blocklist.has(randomBytes(12).toString('base64'))) hits++;
    }
    assert.equal(hits, 0);
  });

  it('does not treat an extension of an entry as an entry', () => {
    faker.seed(437);
    for (let i = 0; i < 500; i++) {
      const entry = lines[randomInt(lines.length)]!;
      assert.ok(!blocklist.has(`${entry} ${faker.word.words(3)}`));
    }
  });
});

describe('password blocklist (custom entries)', () => {
  it('normalizes, trims and de-duplicates entries', () => {
    const blocklist = createPasswordBlocklist({ entries: ['Alpha', ' alpha\r', 'ALPHA', 'ｂｅｔａ', '', '   '] });
    assert.equal(blocklist.size(), 2);
    assert.ok(blocklist.has('alpha'));
    assert.ok(blocklist.has('beta'));
    assert.ok(!blocklist.has('gamma'));
  });

  it('is empty-safe', () => {
    const blocklist = createPasswordBlocklist({ entries: [] });
    assert.equal(blocklist.size(), 0);
    assert.ok(!blocklist.has(''));
  });

  it('reads nothing until first used', () => {
    const blocklist = createPasswordBlocklist({ file: '/nonexistent/passwords.txt.gz' });
    assert.throws(() => blocklist.has('x'), /ENOENT/);
  });

  it('normalizes with NFKC and lower case', () => {
    assert.equal(normalizeEntry('ＰａｓｓＷｏｒｄ'), 'password');
    assert.equal(normalizeEntry('ﬁre'), 'fire');
  });
});
