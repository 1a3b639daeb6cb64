import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { createPseudonymVault } from './pseudonym-vault';

describe('pseudonym vault', () => {
  it('gives one token per value (any case or spacing) and reverses only its own tokens', () => {
    const vault = createPseudonymVault({ key: randomBytes(32) });
    const a = vault.pseudonymize('NAME', 'Mary  Jones');
    assert.equal(vault.pseudonymize('NAME', 'MARY JONES'), a);
    assert.match(a, /^\[NAME-[A-Z2-7]{8}\]$/);
    assert.ok(!a.toLowerCase().includes('mary'));
    const b = vault.pseudonymize('PHONE', '617-555-0142');
    assert.equal(vault.size, 2);
    const foreign = '[NAME-AAAAAAAA]';
    assert.equal(vault.reidentify(`${a} called from ${b}; ${foreign}`), `Mary  Jones called from 617-555-0142; ${foreign}`);
  });
  it('tokens depend on the key: another vault cannot reverse them', () => {
    const one = createPseudonymVault({ key: randomBytes(32) });
    const two = createPseudonymVault({ key: randomBytes(32) });
    const t = one.pseudonymize('MRN', '00482913');
    assert.notEqual(two.pseudonymize('MRN', '00482913'), t);
    assert.equal(createPseudonymVault({ key: randomBytes(32) }).reidentify(t), t);
  });
  it('refuses short keys', () => {
    assert.throws(() => createPseudonymVault({ key: Buffer.alloc(8) }), RangeError);
  });
});
