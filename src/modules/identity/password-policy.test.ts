import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { faker } from '@faker-js/faker';
import { createPasswordBlocklist } from './password-blocklist';
import { checkPassword, normalizePassword, passwordContext, type PasswordProblemCode } from './password-policy';

// Most cases use a tiny list so that each rule is tested on its own; the shipped list is used where
// the acceptance criteria name it.
const small = createPasswordBlocklist({ entries: ['password', 'sunshine', 'dragon', 'letmein'] });
const codes = (password: string, context?: string[]): PasswordProblemCode[] =>
  checkPassword(password, { blocklist: small, context }).problems.map((p) => p.code);

describe('password policy: length', () => {
  it('refuses 7 characters and says why', () => {
    const result = checkPassword('tqbv9mz', { blocklist: small });
    assert.equal(result.ok, false);
    assert.equal(result.length, 7);
    assert.deepEqual(result.problems.map((p) => p.code), ['too_short']);
    assert.match(result.problems[0]!.message, /at least 8 characters/);
  });

  it('accepts 8 characters without any composition rule', () => {
    assert.deepEqual(codes('tqbvmzkw'), []);
    assert.deepEqual(codes('plum owl'), []);
  });

  it('counts code points, not UTF-16 units', () => {
    const seven = '🦊🌵🎻🧭🍋🛶🪁';
    assert.equal(seven.length, 14);
    assert.deepEqual(codes(seven), ['too_short']);
    assert.deepEqual(codes(seven + '🐢'), []);
  });

  it('counts after NFKC normalization', () => {
    // U+FB03 (ﬃ) is one code point that NFKC expands to three.
    assert.equal(checkPassword('ﬃﬃ', { blocklist: small }).length, 6);
    assert.equal(normalizePassword('ﬃ'), 'ffi');
    // Composed and decomposed é normalize alike.
    assert.equal(normalizePassword('e\u0301'), normalizePassword('\u00e9'));
  });

  it('accepts a 64-character Unicode passphrase from the shipped list check', () => {
    const blocklist = createPasswordBlocklist();
    faker.seed(64);
    let phrase = '';
    while ([...phrase].length < 64) phrase += `${faker.word.sample()} ☂ ü `;
    phrase = [...phrase].slice(0, 64).join('');
    const result = checkPassword(phrase, { blocklist });
    assert.equal(result.length, 64);
    assert.deepEqual(result.problems, []);
  });

  it('accepts 128 code points and refuses 129', () => {
    faker.seed(128);
    const long = [...faker.string.alphanumeric(200)].slice(0, 128).join('');
    assert.deepEqual(codes(long), []);
    assert.deepEqual(codes(long + 'q'), ['too_long']);
  });
});

describe('password policy: characters', () => {
  it('allows spaces, punctuation, emoji and any script', () => {
    for (const p of ['глокая куздра', 'ひらがなとカタカナ', 'mañana, café & té', '  leading and trailing  ']) {
      assert.deepEqual(codes(p), [], p);
    }
  });

  it('refuses control characters and lone surrogates', () => {
    assert.deepEqual(codes('tulip\norbit'), ['invalid_characters']);
    assert.deepEqual(codes('tulip\u0000orbit'), ['invalid_characters']);
    assert.deepEqual(codes('tulip\ud800orbit'), ['invalid_characters']);
  });
});

describe('password policy: blocklist', () => {
  const blocklist = createPasswordBlocklist();
  const blocked = (p: string) => checkPassword(p, { blocklist }).problems.some((x) => x.code === 'blocklisted');

  it('refuses list entries with a message a person can act on', () => {
    const result = checkPassword('iloveyou', { blocklist });
    assert.equal(result.ok, false);
    const problem = result.problems.find((p) => p.code === 'blocklisted');
    assert.ok(problem);
    assert.match(problem.message, /list of passwords that attackers try first/);
  });

  it('sees through case, leet speak, spacing and short suffixes', () => {
    for (const p of ['SUNSHINE', 'P@ssw0rd', 'p@$$w0rd', 'Sun Shine', 'sunshine2024!', 'dragon#1', 'trustno1', 'l3tm31n']) {
      assert.ok(blocked(p), p);
    }
  });

  it('does not strip long suffixes or refuse good passphrases', () => {
    for (const p of ['dragon 48291047', 'pelican ultra marble stove', 'sunshine over the quiet harbour']) {
      assert.ok(!blocked(p), p);
    }
  });
});

describe('password policy: personal information', () => {
  faker.seed(800);
  const people = Array.from({ length: 20 }, () => {
    const first = faker.person.firstName().toLowerCase().replace(/[^a-z]/g, '');
    const last = faker.person.lastName().toLowerCase().replace(/[^a-z]/g, '');
    return { first, last };
  }).filter((p) => p.first.length >= 3 && p.last.length >= 3);

  it('refuses names, emails and dates of birth in disguise', () => {
    assert.ok(people.length >= 10);
    for (const { first, last } of people) {
      const email = `${first}.${last}@example.org`;
      const context = passwordContext({ email, name: `${first} ${last}`, dateOfBirth: '1985-03-17' });
      const leet = `${first}${last}`.replace(/a/g, '4').replace(/e/g, '3').replace(/o/g, '0');
      const variants = [
        email,
        `${first}${last}`,
        `${first[0]!.toUpperCase()}${first.slice(1)}.${last}!`,
        `${last}${first}1`,
        `${first}1985`,
        `${first}${last}19850317`,
        `${first[0]}${last}2024`,
        leet,
        [...`${first}${last}`].reverse().join(''),
        `${first}${last}12345678`,
      ];
      for (const v of variants) {
        assert.ok(codes(v, context).includes('personal_information'), `variant ${variants.indexOf(v)} of a name accepted: ${v} ${codes(v, context)}`);
      }
    }
  });

  it('accepts a passphrase that merely contains the name', () => {
    for (const { first, last } of people) {
      const context = passwordContext({ email: `${first}@example.org`, name: `${first} ${last}` });
      assert.ok(!codes(`${first} plants kale under the violet bridge`, context).includes('personal_information'));
    }
  });

  it('has no effect without context', () => {
    assert.deepEqual(codes('maryjones'), []);
  });

  it('never repeats the password or the context in its messages', () => {
    const context = passwordContext({ email: 'quill.morrow@example.org', name: 'Quill Morrow', dateOfBirth: '1990-11-02' });
    for (const p of ['quillmorrow', 'quill1990', 'morrow!!', '19901102', 'qm1990']) {
      const problems = checkPassword(p, { blocklist: small, context }).problems;
      assert.ok(problems.length > 0, p);
      for (const problem of problems) {
        for (const secret of [p, 'quill', 'morrow', '1990', '1102']) assert.ok(!problem.message.toLowerCase().includes(secret));
      }
    }
  });

  it('builds date-of-birth forms only from a valid ISO date', () => {
    assert.ok(passwordContext({ dateOfBirth: '1985-03-17' }).includes('03171985'));
    assert.deepEqual(passwordContext({ dateOfBirth: 'March 1985' }), []);
  });
});

describe('password policy: repetitive and sequential', () => {
  it('refuses repetition', () => {
    for (const p of ['aaaaaaaa', 'abababab', 'abcabcabc', '!!!!!!!!!', 'horsehorse', 'zzzzzzzz1', '12121212']) {
      assert.ok(codes(p).includes('repetitive'), p);
    }
  });

  it('refuses sequences and keyboard walks, also behind symbols', () => {
    for (const p of ['12345678', 'abcdefgh', '87654321', 'zyxwvuts', 'qwertyui', 'asdfghjkl', '1qaz2wsx3edc', 'acegikmo', '12345678!', '-abcdefgh-']) {
      assert.ok(codes(p).includes('sequential'), p);
    }
  });

  it('lets ordinary text through', () => {
    for (const p of ['bookkeeper lane', 'mississippi river', 'abcdxyz7', 'deeds and seeds', 'correct tulip orbit']) {
      assert.deepEqual(codes(p), [], p);
    }
  });
});
