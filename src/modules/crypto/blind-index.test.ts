import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { faker } from '@faker-js/faker';
import { computeBlindIndex, normalizeForBlindIndex } from './blind-index';

test('text normalization: NFKC, trim, collapsed whitespace, lower case', () => {
  assert.equal(normalizeForBlindIndex('  Ann \t  LEE\n'), 'ann lee');
  // Full-width letters and the "ﬁ" ligature become their plain forms under NFKC.
  assert.equal(normalizeForBlindIndex('ＡＮＮ ﬁeld'), 'ann field');
  // Composed and decomposed é index equally.
  assert.equal(normalizeForBlindIndex('Ren\u00e9'), normalizeForBlindIndex('Rene\u0301'));
});

test('email normalization lower-cases and trims but keeps dots and +tags', () => {
  assert.equal(normalizeForBlindIndex('  Ann.Lee+Clinic@Example.ORG ', 'email'), 'ann.lee+clinic@example.org');
  assert.notEqual(normalizeForBlindIndex('a.b@x.org', 'email'), normalizeForBlindIndex('ab@x.org', 'email'));
});

test('digits normalization keeps only digits, including full-width ones', () => {
  assert.equal(normalizeForBlindIndex('(555) 010-2030', 'digits'), '5550102030');
  assert.equal(normalizeForBlindIndex('５５５-０１', 'digits'), '55501');
});

test('exact keeps the value; an empty value after normalization is refused', () => {
  assert.equal(normalizeForBlindIndex(' A ', 'exact'), ' A ');
  assert.throws(() => normalizeForBlindIndex('   '), /non-empty/);
  assert.throws(() => normalizeForBlindIndex('no digits', 'digits'), /non-empty/);
});

test('the index is HMAC-SHA256 over the length-prefixed scope and the value', () => {
  const key = randomBytes(32);
  const value = faker.internet.email().toLowerCase();
  const len = Buffer.alloc(4);
  len.writeUInt32BE(Buffer.byteLength('users.email'));
  const expected = createHmac('sha256', key).update(len).update('users.email').update(value).digest();
  assert.deepEqual(computeBlindIndex(key, 'users.email', value), expected);
});

test('different keys, scopes or values give unrelated indexes; equal inputs equal ones', () => {
  const key = randomBytes(32);
  const a = computeBlindIndex(key, 'users.email', 'x@example.org');
  assert.deepEqual(computeBlindIndex(key, 'users.email', 'x@example.org'), a);
  assert.notDeepEqual(computeBlindIndex(randomBytes(32), 'users.email', 'x@example.org'), a);
  assert.notDeepEqual(computeBlindIndex(key, 'patients.email', 'x@example.org'), a);
  assert.notDeepEqual(computeBlindIndex(key, 'users.email', 'y@example.org'), a);
  // The scope is length-prefixed, so moving characters between scope and value changes the index.
  assert.notDeepEqual(computeBlindIndex(key, 'ab', 'c'), computeBlindIndex(key, 'a', 'bc'));
});

test('no collisions over many distinct synthetic values', () => {
  const key = randomBytes(32);
  const values = new Set(Array.from({ length: 5000 }, () => faker.internet.email()));
  const seen = new Set([...values].map((v) => computeBlindIndex(key, 'users.email', normalizeForBlindIndex(v, 'email')).toString('hex')));
  const normalized = new Set([...values].map((v) => normalizeForBlindIndex(v, 'email')));
  assert.equal(seen.size, normalized.size);
});
