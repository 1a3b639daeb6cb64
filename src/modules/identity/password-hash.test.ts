import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { isAppError } from '../../core/errors';
import { createPasswordHasher, DEFAULT_ARGON2_PARAMS } from './password-hash';

describe('password hashing (argon2id)', () => {
  const hasher = createPasswordHasher();
  faker.seed(9106);
  const password = faker.word.words(4);

  it('produces an argon2id PHC string with the OWASP parameters and a fresh salt', async () => {
    const a = await hasher.hash(password);
    const b = await hasher.hash(password);
    const { memoryCost, timeCost, parallelism } = DEFAULT_ARGON2_PARAMS;
    const [, algorithm, version, params] = a.split('$');
    assert.equal(algorithm, 'argon2id');
    assert.equal(version, 'v=19');
    const parsed = Object.fromEntries(params!.split(',').map((kv) => kv.split('=')));
    assert.deepEqual(parsed, { m: String(memoryCost), t: String(timeCost), p: String(parallelism) });
    assert.equal(memoryCost, 19 * 1024);
    assert.notEqual(a, b);
    assert.ok(!a.includes(password));
  });

  it('verifies the right password and refuses near misses', async () => {
    const stored = await hasher.hash(password);
    assert.equal(await hasher.verify(stored, password), true);
    assert.equal(await hasher.verify(stored, password.toUpperCase()), false);
    assert.equal(await hasher.verify(stored, password + ' '), false);
    assert.equal(await hasher.verify(stored, password.slice(0, -1)), false);
    assert.equal(await hasher.verify(stored, ''), false);
  });

  it('compares NFKC-normalized passwords', async () => {
    const stored = await hasher.hash('caf\u00e9 ｏｒｂｉｔ');
    assert.equal(await hasher.verify(stored, 'cafe\u0301 orbit'), true);
  });

  it('asks for a rehash when parameters or algorithm change', async () => {
    const weak = createPasswordHasher({ params: { memoryCost: 8192, timeCost: 1, parallelism: 1 } });
    const weakHash = await weak.hash(password);
    assert.equal(await hasher.verify(weakHash, password), true, 'old hashes still verify');
    assert.equal(hasher.needsRehash(weakHash), true);
    assert.equal(weak.needsRehash(weakHash), false);
    assert.equal(hasher.needsRehash(await hasher.hash(password)), false);
    assert.equal(hasher.needsRehash(weakHash.replace('$argon2id$', '$argon2i$')), true);
    assert.equal(hasher.needsRehash('$2b$12$abcdefghijklmnopqrstuv'), true);
    assert.equal(hasher.needsRehash('garbage'), true);
  });

  it('refuses oversized input without hashing it', async () => {
    const huge = 'x'.repeat(10_000);
    await assert.rejects(hasher.hash(huge), (e) => isAppError(e) && e.code === 'validation_failed');
    const stored = await hasher.hash(password);
    assert.equal(await hasher.verify(stored, huge), false);
  });

  it('fails loudly on an unreadable stored hash, without echoing it', async () => {
    await assert.rejects(hasher.verify('not-a-hash', password), (e) => isAppError(e) && e.code === 'internal' && !e.message.includes(password));
    await assert.rejects(hasher.verify('$argon2id$v=19$m=19456,t=2,p=1$broken', password), (e) => isAppError(e) && e.code === 'internal');
  });

  it('spends about as long on an unknown account as on a real one', async () => {
    const stored = await hasher.hash(password);
    await hasher.verifyUnknownAccount(password); // builds the dummy hash once
    const time = async (fn: () => Promise<unknown>) => {
      const start = process.hrtime.bigint();
      await fn();
      return Number(process.hrtime.bigint() - start);
    };
    const real: number[] = [];
    const dummy: number[] = [];
    for (let i = 0; i < 5; i++) {
      real.push(await time(() => hasher.verify(stored, 'wrong guess')));
      dummy.push(await time(() => hasher.verifyUnknownAccount('wrong guess')));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
    const ratio = median(dummy) / median(real);
    // Loose bounds: the machine is shared; an early return would be ~1000x faster.
    assert.ok(ratio > 0.33 && ratio < 3, `dummy/real time ratio ${ratio.toFixed(2)}`);
    assert.equal(await hasher.verifyUnknownAccount(password), false);
  });
});
